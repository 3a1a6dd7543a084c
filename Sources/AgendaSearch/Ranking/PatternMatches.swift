/// Where one pattern occurs in a `FieldedCollection`, verified.
struct PatternMatches: Sendable {
    /// Text number → byte ranges in its normalised text.
    var byText: [Int: [Range<Int>]] = [:]
    /// Units holding at least one occurrence (the BM25 document frequency).
    var units: Set<Int> = []
    /// Whether the index had every term of the pattern (only the exact string was missing).
    var termsFound = false
}

extension FieldedCollection {
    /// Candidates from the postings, each verified as an exact occurrence.
    func matches(of pattern: KeywordPattern) -> PatternMatches {
        var result = PatternMatches()
        let lookups = pattern.lookups
        var lists = lookups.map(texts.postings(of:))
        guard !lists.isEmpty else { return result }
        result.termsFound = lists.allSatisfy { !$0.isEmpty }
        lists.sort { $0.count < $1.count }
        let candidates = lists.dropFirst().reduce(lists[0], TextCollection.intersect)
        let strict = pattern.requiringWholeWord()
        for candidate in candidates {
            let text = Int(candidate)
            let occurrences = texts.occurrences(of: field(of: text) == .identifier ? strict : pattern, in: text)
            guard !occurrences.isEmpty else { continue }
            result.byText[text] = occurrences
            result.units.insert(unit(of: text))
        }
        return result
    }
}
