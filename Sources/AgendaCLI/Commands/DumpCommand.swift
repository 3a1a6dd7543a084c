import AgendaExport
import AgendaParser

/// `agenda dump --json`: the whole model, the documented contract of README "JSON output".
enum DumpCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "dump",
        abstract: "Print the whole model as JSON: documents, agendas, categories, challenges, concepts, works.",
        options: [SharedOptions.json, SharedOptions.output, SharedOptions.force])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus()
        try ExportDestination.deliver(try JSONOutput.encode(ModelDump(corpus: corpus)), invocation: invocation, what: "the model")
    }
}

/// `{"schemaVersion": 1, "documents": …, "works": …}` with sorted keys and explicit nulls.
struct ModelDump: Encodable {
    static let schemaVersion = 1
    var corpus: Corpus

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(Self.schemaVersion, "schemaVersion")
        try container.put(corpus.documents.map { DocumentView(document: $0) }, "documents")
        try container.put(corpus.agendas.map(AgendaView.init), "agendas")
        try container.put(corpus.categories.map { CategoryView(category: $0) }, "categories")
        try container.put(corpus.challenges.map(ChallengeView.init), "challenges")
        try container.put(corpus.concepts.map(ConceptView.init), "concepts")
        try container.put(corpus.works.map(WorkView.init), "works")
    }
}

struct WorkView: Encodable {
    var work: Work

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(work.key, "key")
        try container.put(work.kind.rawValue, "kind")
        try container.put(work.authors, "authors")
        try container.put(work.authorNames, "authorNames")
        try container.put(work.year, "year")
        try container.put(work.title, "title")
        try container.put(work.titleZh, "titleZh")
        try container.put(work.venue, "venue")
        try container.put(work.details, "details")
        try container.put(work.arxiv, "arxiv")
        try container.put(work.doi, "doi")
        try container.put(work.url, "url")
        try container.put(work.mentions.map(MentionView.init), "mentions")
        try container.put(work.mergedBy.map(\.rawValue), "mergedBy")
    }
}

struct MentionView: Encodable {
    var mention: Mention

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(mention.source.document, "document")
        try container.put(mention.source.line, "line")
        try container.put(mention.text, "text")
        try container.put(mention.kind.rawValue, "kind")
        try container.put(mention.locator, "locator")
    }
}
