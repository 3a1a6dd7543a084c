import AgendaExport
import AgendaParser

/// `agenda dump --json`: the whole model, the documented contract of README "JSON output".
enum DumpCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "dump",
        abstract: "Print the whole model as JSON: documents, agendas, categories, challenges, concepts, works.",
        options: [SharedOptions.json, SharedOptions.output, SharedOptions.force])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus([.concepts, .works])
        try ExportDestination.deliver(
            try JSONOutput.encode(ModelDump(corpus: corpus)), invocation: invocation, what: "the model")
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
        try container.put(ConcurrentJSONArray(corpus.concepts.map(ConceptView.init)), "concepts")
        try container.put(ConcurrentJSONArray(corpus.works.map { WorkRecord(work: $0) }), "works")
    }
}
