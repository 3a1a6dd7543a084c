import AgendaExport
import AgendaParser

/// `agenda docs`: the documents with what was found in each.
enum DocsCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "docs",
        abstract: "List the documents: title, lines, and the challenges (Ch.), terms and works found in each.",
        options: [SharedOptions.json],
        aliases: ["documents"])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus([.concepts, .works, .passages])
        let counts = DocumentCounts(corpus: corpus)
        if invocation.wantsJSON {
            invocation.console.write(
                try JSONOutput.encode(corpus.documents.map { DocumentView(document: $0, counts: counts[$0.name]) }))
            return
        }
        let table = TableRenderer(columns: [
            .unbroken("Document", values: corpus.documents.map(\.name), terminal: invocation.terminal),
            TableColumn("Title", minWidth: 10),
            TableColumn("Lines", minWidth: 5, maxWidth: 5, alignment: .right),
            TableColumn("Ch.", minWidth: 3, maxWidth: 3, alignment: .right),
            TableColumn("Terms", minWidth: 5, maxWidth: 5, alignment: .right),
            TableColumn("Works", minWidth: 5, maxWidth: 5, alignment: .right),
        ])
        let rows = corpus.documents.map { document in
            let count = counts[document.name]
            return [
                // The format is in --json and `outline`; the table marks only the curated index.
                document.name, (document.role == .index ? "[index] " : "") + document.title,
                String(document.lineCount), String(count["challenges"] ?? 0), String(count["concepts"] ?? 0),
                String(count["works"] ?? 0),
            ]
        }
        invocation.console.write(table.string(rows, terminal: invocation.terminal))
    }
}

/// Per document: challenges stated, concepts defined, works cited, headings, passages.
struct DocumentCounts {
    private var counts: [String: [String: Int]] = [:]

    init(corpus: Corpus) {
        func add(_ document: String, _ key: String, _ amount: Int = 1) {
            counts[document, default: [:]][key, default: 0] += amount
        }
        for challenge in corpus.challenges { add(challenge.source.document, "challenges") }
        for concept in corpus.concepts {
            for document in Set(concept.definedAt.map(\.document)) { add(document, "concepts") }
        }
        for work in corpus.works {
            for document in Set(work.mentions.map(\.source.document)) { add(document, "works") }
        }
        for passage in corpus.passages { add(passage.lines.document, "passages") }
        for document in corpus.documents { add(document.name, "headings", document.outline.count) }
    }

    subscript(_ document: String) -> [String: Int] {
        var value = counts[document] ?? [:]
        for key in ["challenges", "concepts", "works", "passages", "headings"] where value[key] == nil {
            value[key] = 0
        }
        return value
    }
}
