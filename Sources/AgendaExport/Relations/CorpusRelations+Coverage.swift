import AgendaParser

extension CorpusRelations {
    /// The challenge × document matrix; see `CoverageMatrix` for what counts.
    public func coverage() -> CoverageMatrix {
        let documents = corpus.documents.filter { $0.role == .corpus }.map(\.name)
        let included = Set(documents)
        let texts = corpus.passages.map { TextMatcher.folded($0.text) }
        var cells: [CoverageCell] = []
        var seenChallenges = Set<String>()
        for challenge in corpus.challenges where seenChallenges.insert(challenge.id).inserted {
            var evidence = Set<CoverageEvidence>()
            evidence.insert(CoverageEvidence(basis: .statement, source: challenge.source))
            for place in challenge.discussedAt {
                evidence.insert(CoverageEvidence(basis: .sectionReference, source: place))
            }
            for title in [challenge.title] + (challenge.titleEn.map { [$0] } ?? []) {
                guard let matcher = TextMatcher(title) else { continue }
                for (index, text) in texts.enumerated() {
                    for offset in matcher.offsets(in: text) {
                        let source = corpus.passages[index].lines.source(atUTF8Offset: offset)
                        evidence.insert(CoverageEvidence(basis: .title, source: source, term: title))
                    }
                }
            }
            for match in concepts(involvedIn: challenge.id) {
                for place in match.concept.occurrences {
                    evidence.insert(CoverageEvidence(basis: .concept, source: place, term: match.concept.term))
                }
            }
            let byDocument = Dictionary(grouping: evidence.filter { included.contains($0.source.document) }) {
                $0.source.document
            }
            for document in documents {
                guard let list = byDocument[document] else { continue }
                cells.append(CoverageCell(challenge: challenge.id, document: document, evidence: list.sorted()))
            }
        }
        return CoverageMatrix(challenges: corpus.challenges.map(\.id).uniqued(), documents: documents, cells: cells)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
