import AgendaExport
import AgendaParser

/// `agenda concepts`: the glossary — 中文, English, aliases, where defined.
enum ConceptsCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "concepts",
        abstract: "List the glossary: Chinese and English names, aliases, where each term is defined.",
        discussion:
            "FILTER keeps concepts with a name containing it (Chinese or English, case-insensitive); use 'agenda search' to find passages.",
        options: [SharedOptions.document, SharedOptions.json],
        positionals: [PositionalSpec("filter", help: "Only concepts whose names contain this.", optional: true)],
        examples: [
            .init("agenda concepts --document xiong", "Terms the survey defines."),
            .init("agenda concepts 对齐", "Every concept named with 对齐."),
        ],
        aliases: ["glossary"])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus([.concepts])
        var concepts = corpus.concepts
        var subject = "concept"
        if let query = invocation.command.value("--document") {
            let document = try invocation.lookup(query, Lookups.document, in: corpus.documents, what: "document")
            concepts = concepts.filter { $0.definedAt.contains { $0.document == document.name } }
            subject += " defined in \(document.name)"
        }
        let filter = invocation.command.positional("filter")
        if let filter {
            let wanted = NameMatcher<Concept>.fold(filter)
            concepts = concepts.filter { $0.names.contains { NameMatcher<Concept>.fold($0).contains(wanted) } }
        }
        guard !concepts.isEmpty else {
            guard let filter else { throw CommandFailure.notFound("no \(subject)") }
            throw CommandFailure.notFound(
                "no \(subject) has a name containing '\(filter)'; 'agenda search \(filter)' also looks through the texts"
            )
        }
        if invocation.wantsJSON {
            invocation.console.write(try JSONOutput.encode(ConcurrentJSONArray(concepts.map(ConceptView.init))))
            return
        }
        // Where the term is first given with its translation (`--json` lists every place).
        let places = concepts.map { $0.definedAt.first?.description ?? "—" }
        let table = TableRenderer(columns: [
            TableColumn("中文", minWidth: 6, maxWidth: 16),
            TableColumn("English", minWidth: 10, maxWidth: 26),
            TableColumn("Aliases", minWidth: 8),
            .unbroken("Defined at", values: places, cap: 38, terminal: invocation.terminal),
        ])
        let rows = zip(concepts, places).map { concept, place in
            [
                concept.term, concept.english ?? "—",
                concept.aliases.isEmpty ? "—" : concept.aliases.joined(separator: ", "), place,
            ]
        }
        invocation.console.write(table.string(rows, terminal: invocation.terminal))
    }
}
