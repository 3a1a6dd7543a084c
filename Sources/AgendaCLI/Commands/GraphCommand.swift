import AgendaExport

/// `agenda graph`: challenges, documents, concepts and works as a graph for dot or Mermaid.
enum GraphCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "graph",
        abstract:
            "Export the citation graph: documents discuss challenges, challenges cite works, documents define concepts.",
        options: [
            OptionSpec(
                "--format", short: "f", value: "format", help: "Graph format (default: dot).",
                allowedValues: GraphFormat.allCases.map(\.rawValue)),
            OptionSpec("--no-concepts", help: "Leave concept nodes out."),
            OptionSpec("--no-works", help: "Leave work nodes out."),
            OptionSpec(
                "--no-document-citations",
                help: "Only works cited where a challenge is discussed, without document → work edges."),
            SharedOptions.output, SharedOptions.force, SharedOptions.json,
        ],
        examples: [.init("agenda graph | dot -Tsvg -o agenda.svg", "Draw the agenda with Graphviz.")])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus([.concepts, .works, .passages])
        let command = invocation.command
        let format =
            invocation.wantsJSON ? .json : (command.value("--format").flatMap(GraphFormat.init(rawValue:)) ?? .dot)
        let options = CitationGraph.Options(
            concepts: !command.has("--no-concepts"), works: !command.has("--no-works"),
            documentCitations: !command.has("--no-document-citations"))
        let graph = CitationGraph(relations: CorpusRelations(corpus: corpus), options: options)
        try ExportDestination.deliver(
            format.render(graph), invocation: invocation,
            what:
                "\(English.count(graph.nodes.count, "node")), \(English.count(graph.edges.count, "edge")) (\(format.rawValue))"
        )
    }
}
