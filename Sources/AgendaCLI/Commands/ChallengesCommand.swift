import AgendaParser

/// `agenda challenges`: every challenge grouped by category, as tables or a tree.
enum ChallengesCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "challenges",
        abstract: "List challenges by category: id, Chinese and English title, number of sub-questions.",
        discussion:
            "CATEGORY matches a category by number (2), id (S), Chinese or English name, or any unambiguous part of one.",
        options: [
            OptionSpec("--category", short: "c", value: "category", help: "Only this category."),
            SharedOptions.agenda,
            OptionSpec("--tree", short: "t", help: "Draw agenda → category → challenge → sub-questions."),
            SharedOptions.json,
        ],
        examples: [
            .init("agenda challenges --category 社会技术", "One category, by part of its name."),
            .init("agenda challenges --tree --agenda xiong", "The survey's challenges with their questions."),
        ],
        aliases: ["ls"])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus(.core)
        let selection = try ChallengeSelection(invocation: invocation, corpus: corpus)
        guard !selection.challenges.isEmpty else {
            throw CommandFailure.notFound(
                "no challenges in \(invocation.command.value("--data") ?? "the data directory")")
        }
        if invocation.wantsJSON {
            invocation.console.write(try JSONOutput.encode(selection.challenges.map(ChallengeView.init)))
        } else if invocation.command.has("--tree") {
            invocation.console.write(
                TreeRenderer().lines(ChallengeTree.forest(selection, corpus: corpus), terminal: invocation.terminal)
                    .joined(separator: "\n") + "\n")
        } else {
            invocation.console.write(ChallengeTables.render(selection, corpus: corpus, console: invocation.console))
        }
    }
}

/// The challenges a `--agenda`/`--category` filter leaves, with their categories in order.
struct ChallengeSelection {
    var categories: [Category]
    var challenges: [Challenge]
    /// The selected challenges by "agenda/category", in corpus order (one pass, not one per category).
    private var byCategory: [String: [Challenge]] = [:]

    init(invocation: Invocation, corpus: Corpus) throws {
        var categories = corpus.categories
        if let query = invocation.command.value("--agenda") {
            let agenda = try invocation.lookup(query, Lookups.agenda, in: corpus.agendas, what: "agenda")
            categories = categories.filter { $0.agenda == agenda.id }
        }
        if let query = invocation.command.value("--category") {
            categories = [try invocation.lookup(query, Lookups.category, in: categories, what: "category")]
        }
        let wanted = Set(categories.map { "\($0.agenda)/\($0.id)" })
        self.categories = categories
        self.challenges = []
        for challenge in corpus.challenges {
            let key = "\(challenge.agenda)/\(challenge.category)"
            guard wanted.contains(key) else { continue }
            challenges.append(challenge)
            byCategory[key, default: []].append(challenge)
        }
    }

    func challenges(in category: Category) -> [Challenge] {
        byCategory["\(category.agenda)/\(category.id)"] ?? []
    }
}

/// One table per category, under a heading line naming it.
enum ChallengeTables {
    static func render(_ selection: ChallengeSelection, corpus: Corpus, console: Console) -> String {
        let terminal = console.terminal
        let table = TableRenderer(columns: [
            TableColumn("ID", minWidth: 3, maxWidth: 6),
            TableColumn("挑战", minWidth: 10),
            TableColumn("Challenge", minWidth: 10),
            TableColumn("Qs", minWidth: 2, maxWidth: 3, alignment: .right),
        ])
        var sections: [String] = []
        for category in selection.categories {
            let challenges = selection.challenges(in: category)
            guard !challenges.isEmpty else { continue }
            let agenda = corpus.agendas.first { $0.id == category.agenda }?.name ?? category.agenda
            let heading = StyledText(
                "\(category.id)  \(category.name)" + (category.nameEn.map { "  \($0)" } ?? ""), style: .bold)
            // Agenda and source on a line of their own, so `document:line` is not wrapped.
            let origin = StyledText("\(agenda) · \(category.source)", style: .dim)
            let rows = challenges.map { [$0.id, $0.title, $0.titleEn ?? "—", String($0.questions.count)] }
            sections.append(
                console.paragraph(heading) + console.paragraph(origin, prefix: "   ")
                    + table.string(rows, terminal: terminal))
        }
        return sections.joined(separator: "\n")
    }
}

/// agenda → category → challenge → sub-questions.
enum ChallengeTree {
    static func forest(_ selection: ChallengeSelection, corpus: Corpus) -> [TreeNode] {
        let agendaIDs = selection.categories.map(\.agenda).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        return agendaIDs.map { agendaID in
            let agenda = corpus.agendas.first { $0.id == agendaID }
            let categories = selection.categories.filter { $0.agenda == agendaID }
            return TreeNode(
                agenda?.name ?? agendaID, detail: agenda?.title, labelStyle: .bold,
                children: categories.map { category in
                    TreeNode(
                        "\(category.id) \(category.name)" + (category.nameEn.map { " / \($0)" } ?? ""),
                        labelStyle: .bold,
                        children: selection.challenges(in: category).map { challenge in
                            TreeNode(
                                "\(challenge.id) \(challenge.title)" + (challenge.titleEn.map { " / \($0)" } ?? ""),
                                // A one-question bullet (`如何…？`) is its own title: not repeated below it.
                                children: challenge.questions == [challenge.title]
                                    ? [] : challenge.questions.map { TreeNode($0) })
                        })
                })
        }
    }
}
