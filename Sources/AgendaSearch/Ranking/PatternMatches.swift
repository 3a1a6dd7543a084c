import AgendaParser
import Foundation

/// Where one pattern occurs in a `FieldedCollection`, verified.
struct PatternMatches: Sendable {
    /// Texts holding at least one occurrence, ascending, and how many each holds.
    var texts: [Int32] = []
    var counts: [Int32] = []
    /// Units owning those texts, ascending (the BM25 document frequency is their count).
    var units: [Int32] = []
    /// Whether the index had every term of the pattern (only the exact string was missing).
    var termsFound = false

    /// For a pattern found in many texts, its counts by text and whether each unit
    /// holds it, so that ranking looks them up directly (empty: search `texts`).
    private var countByText: [Int32] = []
    private var unitHolds: [Bool] = []

    /// Occurrences in text `text`, 0 if none.
    func count(in text: Int) -> Int {
        if !countByText.isEmpty { return Int(countByText[text]) }
        guard let index = PatternMatches.find(Int32(text), in: texts) else { return 0 }
        return Int(counts[index])
    }

    func holds(unit: Int) -> Bool {
        if !unitHolds.isEmpty { return unitHolds[unit] }
        return PatternMatches.find(Int32(unit), in: units) != nil
    }

    /// Builds the direct look-ups when the pattern is in enough of `textCount` texts to pay for them.
    mutating func index(textCount: Int, unitCount: Int) {
        guard texts.count >= 1024, texts.count * 16 >= textCount else { return }
        countByText = [Int32](repeating: 0, count: textCount)
        for (text, count) in zip(texts, counts) { countByText[Int(text)] = count }
        unitHolds = [Bool](repeating: false, count: unitCount)
        for unit in units { unitHolds[Int(unit)] = true }
    }

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

    /// Candidates from the postings, each verified as an exact occurrence;
    /// many candidates are verified in parallel, in pieces joined in order.
    func matches(of pattern: KeywordPattern) -> PatternMatches {
        if let scanned = texts.scanned {
            // Found as the texts were scanned; `termsFound` is unknown, and false.
            guard !pattern.lookups.isEmpty else { return PatternMatches() }
            let found = scanned.occurrences(of: pattern)
            var result = PatternMatches()
            (result.texts, result.counts) = (found.texts, found.counts)
            for text in found.texts {
                let unit = Int32(unit(of: Int(text)))
                if result.units.last != unit { result.units.append(unit) }
            }
            return result
        }
        if let term = exactTerm(pattern) { return counted(term) }
        var lists = pattern.lookups.map(texts.postings(of:))
        guard !lists.isEmpty else { return PatternMatches() }
        let termsFound = lists.allSatisfy { !$0.isEmpty }
        lists.sort { $0.count < $1.count }
        let candidates = lists.dropFirst().reduce(lists[0], TextCollection.intersect)
        return verified(pattern, candidates, termsFound: termsFound)
    }

    /// The matches of `pattern` among `candidates` (ascending), each verified.
    private func verified(_ pattern: KeywordPattern, _ candidates: [Int32], termsFound: Bool) -> PatternMatches {
        let found = candidates.concurrentMapPieces(minimum: Self.parallelCandidates) { verify(pattern, $0) }
        var result = PatternMatches()
        result.termsFound = termsFound
        for piece in found {
            result.texts += piece.texts
            result.counts += piece.counts
            for unit in piece.units where result.units.last != unit { result.units.append(unit) }
        }
        return result
    }

    /// The term whose postings are exactly the pattern's occurrences, with their
    /// counts: a lone CJK character, or two different ones (`对齐`; `哈哈` is not,
    /// as its bigrams overlap in `哈哈哈` where the pattern occurs once). CJK
    /// matches anywhere, so no text needs to be read.
    private func exactTerm(_ pattern: KeywordPattern) -> Int32? {
        let lookups = pattern.lookups
        guard lookups.count == 1 else { return nil }
        switch lookups[0] {
        case .unigram(let value, _) where pattern.scalars == [value]:
            return texts.terms.value(for: TermKey.unigram(value)) ?? -1
        case .bigram(let first, let second, _) where pattern.scalars == [first, second] && first != second:
            return texts.terms.value(for: TermKey.bigram(first, second)) ?? -1
        default:
            return nil
        }
    }

    /// The matches of an exact term (-1: a term the index does not have).
    private func counted(_ term: Int32) -> PatternMatches {
        var result = PatternMatches()
        guard term >= 0 else { return result }
        (result.texts, result.counts) = texts.countedPostings(of: term)
        result.termsFound = !result.texts.isEmpty
        for text in result.texts {
            let unit = Int32(unit(of: Int(text)))
            if result.units.last != unit { result.units.append(unit) }
        }
        return result
    }

    /// Candidates below this many are verified on one thread.
    static let parallelCandidates = 20_000

    private func verify(_ pattern: KeywordPattern, _ candidates: ArraySlice<Int32>) -> PatternMatches {
        var result = PatternMatches()
        let wholeWord = pattern.requiringWholeWord()
        var known = 0..<0
        for candidate in candidates {
            let text = Int(candidate)
            // Two calls rather than a choice of pattern, so that neither is copied.
            let count =
                field(of: text) == .identifier
                ? texts.occurrenceCount(of: wholeWord, in: text, known: &known)
                : texts.occurrenceCount(of: pattern, in: text, known: &known)
            guard count > 0 else { continue }
            result.texts.append(candidate)
            result.counts.append(Int32(count))
            let unit = Int32(unit(of: text))
            if result.units.last != unit { result.units.append(unit) }
        }
        return result
    }
}
