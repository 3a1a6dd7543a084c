import AgendaParser

/// `agenda categories`: agenda, category in both languages, challenge count, source.
enum CategoriesCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "categories",
        abstract: "List the categories of every agenda with their number of challenges.",
        options: [SharedOptions.agenda, SharedOptions.json])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus(.core)
        var categories = corpus.categories
        if let query = invocation.command.value("--agenda") {
            let agenda = try invocation.lookup(query, Lookups.agenda, in: corpus.agendas, what: "agenda")
            categories = categories.filter { $0.agenda == agenda.id }
        }
        func count(_ category: Category) -> Int {
            corpus.challenges.filter { $0.agenda == category.agenda && $0.category == category.id }.count
        }
        if invocation.wantsJSON {
            invocation.console.write(
                try JSONOutput.encode(categories.map { CategoryView(category: $0, challengeCount: count($0)) }))
            return
        }
        let agendaNames = Dictionary(corpus.agendas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let sourceWidth = categories.map { invocation.terminal.displayWidth.columns($0.source.description) }.max() ?? 10
        let table = TableRenderer(columns: [
            TableColumn("Agenda", minWidth: 8, maxWidth: 18),
            TableColumn("ID", minWidth: 2, maxWidth: 4),
            TableColumn("分类 / Category", minWidth: 12),
            TableColumn("#", minWidth: 2, maxWidth: 3, alignment: .right),
            TableColumn("Source", minWidth: min(sourceWidth, 40)),
        ])
        let rows = categories.map { category in
            [
                agendaNames[category.agenda] ?? category.agenda, category.id,
                category.name + (category.nameEn.map { "\n\($0)" } ?? ""), String(count(category)),
                category.source.description,
            ]
        }
        invocation.console.write(table.string(rows, terminal: invocation.terminal))
    }
}
