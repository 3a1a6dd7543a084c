/// Runs the extractors over the read documents and resolves their facts into a `Corpus`.
struct CorpusBuilder {
    var documents: [ReadDocument]

    /// Builds the corpus, dropping each document's lines and blocks once no extractor needs them.
    mutating func build() -> Corpus { build(parts: .all) }

    /// Builds the `parts` of the corpus (see `CorpusParts`); the rest is left empty
    /// and not extracted. Challenges are always built, with the section references
    /// found in the passages of their agendas' documents.
    mutating func build(parts: CorpusParts) -> Corpus {
        var diagnostics = documents.flatMap(\.diagnostics)
        let (index, indexDiagnostics) = CuratedIndex.read(documents)
        diagnostics += indexDiagnostics
        do {
            let byName = Dictionary(documents.map { ($0.document.name, $0) }, uniquingKeysWith: { first, _ in first })
            diagnostics += index.verify(against: byName)
        }
        var challenges = ChallengeExtractor(documents: documents, index: index).extract()
        diagnostics += challenges.diagnostics
        makeReferencePassages(of: Set(challenges.agendas.flatMap(\.documents)))
        // An index has no passages (see `DocumentReader`); taken out, they are not held twice.
        let passages = documents.flatMap(taking: \.passages)
        // Only the index check and the challenges (a curated row's line) read lines.
        for position in documents.indices { documents[position].lines = [] }
        let needsConcepts = parts.contains(.concepts)
        let needsCitations = parts.needsCitations
        let pairs = needsConcepts ? ConceptExtractor(documents: documents, index: index).pairs() : []
        for position in documents.indices { documents[position].termPairs = nil }
        var citations: (facts: [CitationFact], diagnostics: [Diagnostic]) = ([], [])
        if needsCitations {
            let extractor = CitationExtractor(documents: documents.filter { $0.document.role == .corpus })
            // The extractor's copy holds the facts read early alone, so they are let go as they are joined.
            for position in documents.indices { documents[position].citations = nil }
            citations = extractor.read()
            diagnostics += citations.diagnostics
        }
        // The extractors are done with the blocks; what follows reads facts and passages.
        // Concepts and works take their memory once the blocks are freed and the pages
        // handed back; a listing, with nothing large to follow, lets them go in the background.
        if needsConcepts || needsCitations {
            for position in documents.indices { documents[position].blocks = [] }
            FreedMemory.returnToTheSystem()
        } else {
            discardBlocksInTheBackground()
        }
        // Work resolution runs on one core; the concepts and section references run beside it.
        let (resolved, (concepts, attached)) = concurrently {
            guard needsCitations else { return (works: [Work](), diagnostics: [Diagnostic]()) }
            // The resolver is handed the only copy of the facts, which it lets go once the works are made.
            let resolver = WorkResolver(facts: citations.facts, diagnosing: parts.contains(.diagnostics))
            citations.facts = []
            return resolver.resolve()
        } _: {
            var concepts: [Concept] = []
            if needsConcepts {
                let names = NameOccurrences(names: pairs.flatMap(\.names), passages: passages)
                concepts = ConceptMerger(pairs: pairs, frequency: names.counts).merge().map(names.attachOccurrences)
            }
            let attached = SectionReferenceResolver(agendas: challenges.agendas, passages: passages)
                .attach(to: challenges.challenges)
            return (concepts, attached)
        }
        challenges.challenges = attached
        diagnostics += resolved.diagnostics
        diagnostics.sort { ($0.document, $0.source?.line ?? 0, $0.id) < ($1.document, $1.source?.line ?? 0, $1.id) }
        var kept: [Passage] = []
        if parts.contains(.passages) { kept = consume passages } else { BackgroundRelease.release(consume passages) }
        return Corpus(
            documents: documents.map(\.document), agendas: challenges.agendas, categories: challenges.categories,
            challenges: challenges.challenges, concepts: concepts, works: parts.contains(.works) ? resolved.works : [],
            passages: kept,
            diagnostics: parts.contains(.diagnostics) ? diagnostics : diagnostics.filter(\.isAboutLoading))
    }

    /// Empties every document's blocks; the old ones are freed in the background.
    private mutating func discardBlocksInTheBackground() {
        var taken: [[Block]] = []
        taken.reserveCapacity(documents.count)
        for position in documents.indices {
            taken.append(documents[position].blocks)
            documents[position].blocks = []
        }
        BackgroundRelease.release(consume taken)
    }

    /// Makes the passages of the `names`d documents where the reader made none
    /// (see `DocumentReader.read(_:makingPassages:)`), for their section references,
    /// their only use in such a parse: so only of blocks that may hold one
    /// (`SectionReferences.mayOccur(in:)`). Making them again where there are none gives none.
    private mutating func makeReferencePassages(of names: Set<String>) {
        let missing = documents.indices.filter { position in
            let read = documents[position]
            return read.document.role == .corpus && read.passages.isEmpty && names.contains(read.document.name)
        }
        let made = missing.concurrentMap { position in
            let read = documents[position]
            return DocumentReader.makePassages(
                read.blocks.filter(SectionReferences.mayOccur), document: read.document.name,
                format: read.document.format)
        }
        for (position, passages) in zip(missing, made) { documents[position].passages = passages }
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
        let agendaOf = Dictionary(
            agendas.flatMap { agenda in agenda.documents.map { ($0, agenda.id) } },
            uniquingKeysWith: { first, _ in first })
        // Found in parallel pieces, attached in passage order.
        let found = passages.concurrentMapPieces(minimum: 512) { piece in
            // By index, so that each passage is read in place rather than copied.
            piece.indices.flatMap { index -> [(agenda: String, reference: SectionReferences.Reference)] in
                guard let agenda = agendaOf[piece[index].lines.document] else { return [] }
                return SectionReferences.find(in: piece[index]).map { (agenda, $0) }
            }
        }
        for (agenda, reference) in found.joined() {
            let parts = reference.number.split(separator: ".")
            guard parts.count >= 2, let index = position["\(agenda)/\(parts[0]).\(parts[1])"] else { continue }
            if challenges[index].source != reference.source, !challenges[index].discussedAt.contains(reference.source) {
                challenges[index].discussedAt.append(reference.source)
            }
        }
        for index in challenges.indices { challenges[index].discussedAt.sort() }
        return challenges
    }
}

/// Where each candidate name occurs, found in one scan of all passages: how
/// often (to pick a concept's preferred term) and on which lines (its occurrences).
///
/// Passages are scanned in parallel chunks; a match is kept as integers (name,
/// document, line) and turned into `SourceLocation`s once per distinct place.
struct NameOccurrences {
    private(set) var counts: [String: Int] = [:]
    /// Per name, its places as `document number << 32 | line`, where document numbers
    /// follow the names' order, so the integers sort as `SourceLocation`s do.
    private var places: [String: Set<Int64>] = [:]
    private var documentNames: [String] = []

    private struct Match {
        var owner: Int32
        var document: Int32
        var line: Int32
    }

    init(names: [String], passages: [Passage]) {
        let distinct = Array(Set(names))
        let scanner = NameScanner(names: distinct.map { [$0] })
        let numbering = DocumentNumbering(passages) { $0.lines.document }
        documentNames = numbering.names
        let passageDocuments = numbering.numbers
        let chunkSize = max(256, passages.count / 16)
        let chunks = Array(stride(from: 0, to: passages.count, by: chunkSize))
        let matches = chunks.concurrentMap { start in
            var found: [Match] = []
            for index in start..<min(start + chunkSize, passages.count) {
                // Read in place: a copy of the passage would retain all its fields.
                scanner.scan(passages[index].text) { owner, offset in
                    found.append(
                        Match(
                            owner: Int32(owner), document: passageDocuments[index],
                            line: Int32(passages[index].lines.line(atUTF8Offset: offset))))
                }
            }
            return found
        }
        var counts = Array(repeating: 0, count: distinct.count)
        var places = Array(repeating: Set<Int64>(), count: distinct.count)
        for chunk in matches {
            for match in chunk {
                counts[Int(match.owner)] += 1
                places[Int(match.owner)].insert(Int64(match.document) << 32 | Int64(match.line))
            }
        }
        for (index, name) in distinct.enumerated() {
            self.counts[name] = counts[index]
            self.places[name] = places[index]
        }
    }

    func attachOccurrences(_ concept: Concept) -> Concept {
        var concept = concept
        var union = Set<Int64>()
        for name in concept.names { union.formUnion(places[name] ?? []) }
        concept.occurrences = union.sorted().map {
            SourceLocation(document: documentNames[Int($0 >> 32)], line: Int($0 & 0xFFFF_FFFF))
        }
        return concept
    }
}
