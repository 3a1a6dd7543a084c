import AgendaParser

extension SearchIndex {
    /// The hit for a scored unit, with match ranges in the original text.
    func hit(_ kind: SearchHit.Kind, _ score: UnitScore, explain: Bool) -> SearchHit {
        let collection = collection(kind)
        let textNumber = score.bestText ?? collection.texts(of: score.unit).lowerBound
        let field = collection.field(of: textNumber)
        let passage = kind == .passage ? records.passages[score.unit] : nil
        let original = passage?.text ?? collection.originals[textNumber]
        let matches = SearchIndex.originalRanges(score.ranges[textNumber] ?? [], in: original)
        var hit = SearchHit(
            kind: kind, id: "", title: "", text: original, matches: matches, field: field, score: score.score,
            via: score.via, source: SourceLocation(document: "", line: 0), sources: [], passageKind: nil,
            explanation: explain ? HitExplanation(terms: score.terms) : nil)
        switch kind {
        case .concept:
            let concept = records.concepts[score.unit]
            hit.id = concept.term
            hit.title = SearchIndex.title(of: concept)
            hit.source = SearchIndex.source(of: concept, field: field, via: score.via)
            hit.sources = concept.occurrences
        case .challenge:
            let challenge = records.challenges[score.unit]
            hit.id = challenge.id
            hit.title = SearchIndex.title(of: challenge)
            hit.source = challenge.source
            hit.sources = challenge.discussedAt
        case .work:
            let work = records.works[score.unit]
            hit.id = work.key
            hit.title = SearchIndex.title(of: work)
            hit.source = SearchIndex.source(of: work)
            hit.sources = work.mentions.map(\.source)
        case .passage:
            guard let passage else { break }
            hit.id = passage.source.description
            hit.title = sectionTitle(of: passage)
            hit.source = passage.lines.source(atUTF8Offset: matches.first?.start ?? 0)
            hit.passageKind = passage.kind
        }
        return hit
    }

    /// Maps byte ranges of the normalised form of `original` back to UTF-8
    /// ranges of `original`, merged where they overlap or touch.
    static func originalRanges(_ normalisedRanges: [Range<Int>], in original: String) -> [TextRange] {
        guard !normalisedRanges.isEmpty else { return [] }
        var normaliser = Normaliser()
        let (scalars, origins) = normaliser.normaliseWithOrigins(original)
        // Byte offset in the normalised text where each scalar starts.
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for value in scalars {
            offsets.append(offset)
            offset += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        offsets.append(offset)
        var mapped: [TextRange] = []
        for range in normalisedRanges {
            let first = scalarIndex(startingAt: range.lowerBound, offsets)
            let last = scalarIndex(startingAt: range.upperBound, offsets) - 1
            guard first <= last, last < origins.count else { continue }
            mapped.append(TextRange(start: Int(origins[first].lowerBound), end: Int(origins[last].upperBound)))
        }
        mapped.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var merged: [TextRange] = []
        for range in mapped {
            if let last = merged.last, range.start <= last.end {
                merged[merged.count - 1].end = max(last.end, range.end)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The index of the first scalar starting at or after byte `offset`.
    private static func scalarIndex(startingAt offset: Int, _ offsets: [Int]) -> Int {
        var low = 0
        var high = offsets.count - 1
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
