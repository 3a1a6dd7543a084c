import AgendaExport
import AgendaParser

/// `agenda coverage`: a challenge × document table of how often each document treats each challenge.
enum CoverageCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "coverage",
        abstract:
            "Show how often each document discusses each challenge (statement, section reference, title, concepts).",
        discussion: "Each count is the number of distinct lines; --json lists the evidence behind every count.",
        options: [SharedOptions.agenda, SharedOptions.json])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus([.concepts, .works, .passages])
        var matrix = CorpusRelations(corpus: corpus).coverage()
        if let query = invocation.command.value("--agenda") {
            let agenda = try invocation.lookup(query, Lookups.agenda, in: corpus.agendas, what: "agenda")
            let ids = Set(corpus.challenges.filter { $0.agenda == agenda.id }.map(\.id))
            matrix.challenges = matrix.challenges.filter(ids.contains)
            matrix.cells = matrix.cells.filter { ids.contains($0.challenge) }
        }
        if invocation.wantsJSON {
            invocation.console.write(try JSONOutput.encode(matrix))
            return
        }
        let titles = Dictionary(corpus.challenges.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let columns =
            [TableColumn("ID", minWidth: 3, maxWidth: 5), TableColumn("Challenge", minWidth: 8, maxWidth: 30)]
            + matrix.documents.indices.map { TableColumn("D\($0 + 1)", minWidth: 2, maxWidth: 3, alignment: .right) }
        // Each cell's count by challenge and document, looked up rather than searched for (1,000 documents
        // make millions of cells to fill).
        var counts: [String: [String: Int]] = [:]
        for cell in matrix.cells where counts[cell.challenge]?[cell.document] == nil {
            counts[cell.challenge, default: [:]][cell.document] = cell.count
        }
        let rows = matrix.challenges.map { id in
            [id, titles[id] ?? ""]
                + matrix.documents.map { document in
                    let count = counts[id]?[document] ?? 0
                    return count == 0 ? "·" : String(count)
                }
        }
        var text = TableRenderer(columns: columns).string(rows, terminal: invocation.terminal)
        text +=
            "\n" + matrix.documents.enumerated().map { "D\($0.offset + 1)  \($0.element)" }.joined(separator: "\n")
            + "\n"
        invocation.console.write(text)
    }
}
