extension SearchIndex {
    /// Least similarity for a suggestion.
    static let suggestionThreshold = 0.5
    static let suggestionLimit = 5

    /// Names and words near the query or the keywords in `missing`: concept names (with
    /// their other-language name), challenge titles, headings and words of
    /// the corpus text, best first.
    func suggestions(for query: ParsedQuery, missing: Set<KeywordPattern>) -> [Suggestion] {
        var normaliser = Normaliser()
        func normalised(_ text: String) -> [UInt32] {
            var scalars: [UInt32] = []
            normaliser.normalise(text, into: &scalars)
            return scalars
        }
        let keywords = query.clauses.flatMap { $0.alternatives.first?.keywords ?? [] }
        var probes = keywords.filter(missing.contains).map(\.scalars)
        if keywords.count > 1 { probes.insert(normalised(query.clauses.map(\.text).joined(separator: " ")), at: 0) }
        guard !probes.isEmpty else { return [] }
        let probeSet = Set(probes)

        var found: [Suggestion] = []
        func consider(_ kind: Suggestion.Kind, _ text: String, other: String?, names: [String]) {
            var best = 0.0
            for name in names {
                let scalars = normalised(name)
                guard !probeSet.contains(scalars) else { return }
                for probe in probes { best = max(best, Similarity.score(probe, scalars)) }
            }
            if best >= SearchIndex.suggestionThreshold {
                found.append(Suggestion(kind: kind, text: text, otherName: other, similarity: best))
            }
        }
        for concept in records.concepts.all {
            consider(.concept, concept.term, other: concept.english, names: concept.names)
        }
        for challenge in records.challenges.all {
            consider(
                .challenge, challenge.title, other: challenge.titleEn,
                names: [challenge.title] + (challenge.titleEn.map { [$0] } ?? []))
        }
        var headings = Set<String>()
        for outline in records.outlines.all {
            for heading in outline where headings.insert(heading.title).inserted {
                consider(.heading, heading.title, other: nil, names: [heading.title])
            }
        }
        let latinProbes = probes.filter { !$0.contains(where: ScriptClass.isCJK) }
        if !latinProbes.isEmpty {
            for word in passages.texts.words where word.unicodeScalars.count >= 3 {
                let scalars = word.unicodeScalars.map(\.value)
                guard !probeSet.contains(scalars) else { continue }
                let best = latinProbes.map { Similarity.score($0, scalars) }.max() ?? 0
                if best >= SearchIndex.suggestionThreshold {
                    found.append(Suggestion(kind: .word, text: word, otherName: nil, similarity: best))
                }
            }
        }
        let order: [Suggestion.Kind] = [.concept, .challenge, .heading, .word]
        found.sort {
            $0.similarity != $1.similarity
                ? $0.similarity > $1.similarity
                : (order.firstIndex(of: $0.kind)!, $0.text) < (order.firstIndex(of: $1.kind)!, $1.text)
        }
        var seen = Set<String>()
        return Array(found.filter { seen.insert($0.description).inserted }.prefix(SearchIndex.suggestionLimit))
    }
}
