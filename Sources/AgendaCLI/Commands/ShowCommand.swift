import AgendaExport
import AgendaParser

/// `agenda show <challenge>`: the summary card of one challenge.
enum ShowCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "show",
        abstract:
            "Summarise a challenge: titles, category, description, sub-questions, concepts, works, where it is discussed.",
        discussion: "CHALLENGE is an id (2.4, S1), a title, or an unambiguous part of a title in either language.",
        options: [SharedOptions.json],
        positionals: [PositionalSpec("challenge", help: "Id, title or part of a title.", variadic: true)],
        examples: [
            .init("agenda show 2.4", "By id."),
            .init("agenda show 越狱", "By part of the Chinese title."),
            .init("agenda show reasoning", "By part of the English title."),
        ])

    static func run(_ invocation: Invocation) throws {
        let query = invocation.command.positionalValues("challenge").joined(separator: " ")
        func challenge(in corpus: Corpus) throws -> Challenge {
            try invocation.lookup(query, Lookups.challenge, in: corpus.challenges, what: "challenge")
        }
        // Only the passages and works of the documents the challenge is stated and discussed in.
        let corpus = try invocation.corpus([.concepts, .works, .passages]) { base in
            try challenge(in: base).documents
        }
        let challenge = try challenge(in: corpus)
        let summary = ChallengeSummary(challenge: challenge, relations: CorpusRelations(corpus: corpus))
        if invocation.wantsJSON {
            invocation.console.write(try JSONOutput.encode(summary))
        } else {
            invocation.console.write(ChallengeCard(summary: summary, console: invocation.console).render())
        }
    }
}

extension Challenge {
    /// The documents it is stated and discussed in.
    var documents: Set<String> { Set(([source] + discussedAt).map(\.document)) }
}

/// Everything `show` says about a challenge, gathered from the model.
struct ChallengeSummary: Encodable {
    var challenge: Challenge
    var agenda: Agenda?
    var category: Category?
    var concepts: [ConceptMatch]
    var citations: [WorkCitation]
    /// The statement, then every section reference, in document order.
    var places: [Place]

    struct Place: Encodable {
        enum Kind: String { case statement, sectionReference = "section-reference" }
        var kind: Kind
        var source: SourceLocation
        var text: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.put(kind.rawValue, "kind")
            try container.put(source.document, "document")
            try container.put(source.line, "line")
            try container.put(text, "text")
        }
    }

    init(challenge: Challenge, relations: CorpusRelations) {
        let corpus = relations.corpus
        self.challenge = challenge
        agenda = corpus.agendas.first { $0.id == challenge.agenda }
        category = corpus.categories.first { $0.agenda == challenge.agenda && $0.id == challenge.category }
        concepts = relations.concepts(involvedIn: challenge.id)
        citations = relations.citations(for: challenge.id)
        let lineText = PassageLines(corpus: corpus, at: Set([challenge.source] + challenge.discussedAt))
        places =
            [Place(kind: .statement, source: challenge.source, text: lineText[challenge.source])]
            + challenge.discussedAt.map { Place(kind: .sectionReference, source: $0, text: lineText[$0]) }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(ChallengeView(challenge: challenge), "challenge")
        try container.put(agenda.map(AgendaView.init), "agenda")
        try container.put(category.map { CategoryView(category: $0) }, "category")
        try container.put(concepts.map(ConceptMatchView.init), "concepts")
        try container.put(citations.map(CitationView.init), "works")
        try container.put(places, "discussedAt")
    }
}

/// The text of any corpus line, from the passage that holds it.
/// The text of given lines, as the passages hold it (a line's part of each passage
/// on it). Only the lines asked for are cut out: a corpus has millions.
struct PassageLines {
    private var texts: [SourceLocation: String] = [:]

    init(corpus: Corpus, at sources: Set<SourceLocation>) {
        let documents = Set(sources.map(\.document))
        for passage in corpus.passages where documents.contains(passage.lines.document) {
            let lines = passage.lines
            // Most passages hold none of the lines: they are told without making arrays.
            var holdsOne = false
            lines.forEachLine { _, line in
                holdsOne = holdsOne || sources.contains(SourceLocation(document: lines.document, line: line))
            }
            guard holdsOne else { continue }
            let (starts, numbers) = (lines.starts, lines.lineNumbers)
            let utf8 = Array(passage.text.utf8)
            for (index, start) in starts.enumerated() {
                let source = SourceLocation(document: lines.document, line: numbers[index])
                guard sources.contains(source) else { continue }
                let end = index + 1 < starts.count ? starts[index + 1] : utf8.count
                texts[source, default: ""] += String(
                    decoding: utf8[min(start, utf8.count)..<min(end, utf8.count)], as: UTF8.self)
            }
        }
    }

    subscript(_ source: SourceLocation) -> String? { texts[source] }
}

struct ConceptMatchView: Encodable {
    var match: ConceptMatch

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(match.concept.term, "term")
        try container.put(match.concept.english, "english")
        try container.put(match.name, "matched")
        try container.put(match.field.rawValue, "field")
        try container.put(match.concept.definedAt.first.map(SourceView.init), "definedAt")
    }
}

struct CitationView: Encodable {
    var citation: WorkCitation

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(citation.key, "key")
        try container.put(citation.work.shortCitation, "citation")
        try container.put(citation.work.title ?? citation.work.titleZh, "title")
        try container.put(citation.mentions.map { SourceView(source: $0.source) }, "mentions")
    }
}
