/// Where one pattern occurs in a `FieldedCollection`, verified.
struct PatternMatches: Sendable {
    /// Texts holding at least one occurrence, ascending, and how many each holds.
    var texts: [Int32] = []
    var counts: [Int32] = []
    /// Units owning those texts, ascending (the BM25 document frequency is their count).
    var units: [Int32] = []
    /// Whether the index had every term of the pattern (only the exact string was missing).
    var termsFound = false

    /// Occurrences in text `text`, 0 if none.
    func count(in text: Int) -> Int {
        guard let index = PatternMatches.find(Int32(text), in: texts) else { return 0 }
        return Int(counts[index])
    }

    func holds(unit: Int) -> Bool { PatternMatches.find(Int32(unit), in: units) != nil }

    private static func find(_ value: Int32, in sorted: [Int32]) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value ? low : nil
    }
}

extension FieldedCollection {
    /// The pattern to verify in text `text`: identifiers need whole words.
    func pattern(_ pattern: KeywordPattern, for text: Int) -> KeywordPattern {
        field(of: text) == .identifier ? pattern.requiringWholeWord() : pattern
    }

    /// Candidates from the postings, each verified as an exact occurrence.
    func matches(of pattern: KeywordPattern) -> PatternMatches {
        var result = PatternMatches()
        var lists = pattern.lookups.map(texts.postings(of:))
        guard !lists.isEmpty else { return result }
        result.termsFound = lists.allSatisfy { !$0.isEmpty }
        lists.sort { $0.count < $1.count }
        let candidates = lists.dropFirst().reduce(lists[0], TextCollection.intersect)
        for candidate in candidates {
            let text = Int(candidate)
            let count = texts.occurrences(of: self.pattern(pattern, for: text), in: text).count
            guard count > 0 else { continue }
            result.texts.append(candidate)
            result.counts.append(Int32(count))
            let unit = Int32(unit(of: text))
            if result.units.last != unit { result.units.append(unit) }
        }
        return result
    }
}
