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
        let frequency = TermFrequency.count(Set(pairs.map(\.term)), in: passages)
        var concepts = ConceptMerger(pairs: pairs, frequency: frequency).merge()
        concepts = OccurrenceResolver(passages: passages).attach(to: concepts)

        diagnostics.sort { ($0.document, $0.source?.line ?? 0, $0.id) < ($1.document, $1.source?.line ?? 0, $1.id) }
        return Corpus(
            documents: documents.map(\.document), agendas: challenges.agendas, categories: challenges.categories,
            challenges: challenges.challenges, concepts: concepts, works: [], passages: passages, diagnostics: diagnostics)
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

/// Fills each concept's `occurrences`: every line where one of its names appears.
struct OccurrenceResolver {
    var passages: [Passage]

    func attach(to concepts: [Concept]) -> [Concept] {
        let scanner = NameScanner(names: concepts.map(\.names))
        var found = Array(repeating: Set<SourceLocation>(), count: concepts.count)
        for passage in passages {
            scanner.scan(passage.text) { owner, offset in
                found[owner].insert(passage.lines.source(atUTF8Offset: offset))
            }
        }
        var concepts = concepts
        for index in concepts.indices { concepts[index].occurrences = found[index].sorted() }
        return concepts
    }
}

/// How many times each name occurs in the passages.
enum TermFrequency {
    static func count(_ names: Set<String>, in passages: [Passage]) -> [String: Int] {
        let list = Array(names)
        let scanner = NameScanner(names: list.map { [$0] })
        var counts = Array(repeating: 0, count: list.count)
        for passage in passages {
            scanner.scan(passage.text) { owner, _ in counts[owner] += 1 }
        }
        return Dictionary(uniqueKeysWithValues: zip(list, counts))
    }
}
