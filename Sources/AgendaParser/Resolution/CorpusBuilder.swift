/// Runs the extractors over the read documents and resolves their facts into a `Corpus`.
struct CorpusBuilder {
    var documents: [ReadDocument]

    func build() -> Corpus {
        var diagnostics = documents.flatMap(\.diagnostics)
        let byName = Dictionary(documents.map { ($0.document.name, $0) }, uniquingKeysWith: { first, _ in first })
        let passages = documents.filter { $0.document.role == .corpus }.flatMap(\.passages)

        let (index, indexDiagnostics) = CuratedIndex.read(documents)
        diagnostics += indexDiagnostics + index.verify(against: byName)

        var challenges = ChallengeExtractor(documents: documents, index: index).extract()
        diagnostics += challenges.diagnostics
        challenges.challenges = SectionReferenceResolver(agendas: challenges.agendas, passages: passages)
            .attach(to: challenges.challenges)

        let pairs = ConceptExtractor(documents: documents, index: index).pairs()
        let names = NameOccurrences(names: pairs.flatMap(\.names), passages: passages)
        let concepts = ConceptMerger(pairs: pairs, frequency: names.counts).merge().map(names.attachOccurrences)

        let (works, citationDiagnostics) = CitationExtractor(documents: documents.filter { $0.document.role == .corpus }).extract()
        diagnostics += citationDiagnostics

        diagnostics.sort { ($0.document, $0.source?.line ?? 0, $0.id) < ($1.document, $1.source?.line ?? 0, $1.id) }
        return Corpus(
            documents: documents.map(\.document), agendas: challenges.agendas, categories: challenges.categories,
            challenges: challenges.challenges, concepts: concepts, works: works, passages: passages, diagnostics: diagnostics)
    }
}

/// Adds each section reference (`第2.4.5节`) in an agenda's documents to the
/// challenge it falls under (`2.4`) as a place where it is discussed.
struct SectionReferenceResolver {
    var agendas: [Agenda]
    var passages: [Passage]

    func attach(to challenges: [Challenge]) -> [Challenge] {
        var challenges = challenges
        var position: [String: Int] = [:]
        for (index, challenge) in challenges.enumerated() { position["\(challenge.agenda)/\(challenge.id)"] = index }
        let agendaOf = Dictionary(agendas.flatMap { agenda in agenda.documents.map { ($0, agenda.id) } }, uniquingKeysWith: { first, _ in first })
        for passage in passages {
            guard let agenda = agendaOf[passage.lines.document] else { continue }
            for reference in SectionReferences.find(in: passage) {
                let parts = reference.number.split(separator: ".")
                guard parts.count >= 2, let index = position["\(agenda)/\(parts[0]).\(parts[1])"] else { continue }
                if challenges[index].source != reference.source, !challenges[index].discussedAt.contains(reference.source) {
                    challenges[index].discussedAt.append(reference.source)
                }
            }
        }
        for index in challenges.indices { challenges[index].discussedAt.sort() }
        return challenges
    }
}

/// Where each candidate name occurs, found in one scan of all passages: how
/// often (to pick a concept's preferred term) and on which lines (its occurrences).
struct NameOccurrences {
    private(set) var counts: [String: Int] = [:]
    private var lines: [String: Set<SourceLocation>] = [:]

    init(names: [String], passages: [Passage]) {
        let distinct = Array(Set(names))
        let scanner = NameScanner(names: distinct.map { [$0] })
        var counts = Array(repeating: 0, count: distinct.count)
        var found = Array(repeating: Set<SourceLocation>(), count: distinct.count)
        for passage in passages {
            scanner.scan(passage.text) { owner, offset in
                counts[owner] += 1
                found[owner].insert(passage.lines.source(atUTF8Offset: offset))
            }
        }
        for (index, name) in distinct.enumerated() {
            self.counts[name] = counts[index]
            self.lines[name] = found[index]
        }
    }

    func attachOccurrences(_ concept: Concept) -> Concept {
        var concept = concept
        concept.occurrences = concept.names.reduce(into: Set<SourceLocation>()) { $0.formUnion(lines[$1] ?? []) }.sorted()
        return concept
    }
}
