/// The `agenda` program: global options, the command table, and dispatch.
enum AgendaProgram {
    static let version = "agenda 1.0.0"

    static let commands: [any AgendaCommand.Type] = [
        ChallengesCommand.self, CategoriesCommand.self, ShowCommand.self, SearchCommand.self, ConceptsCommand.self,
        CiteCommand.self, DocsCommand.self, OutlineCommand.self, CoverageCommand.self, GraphCommand.self,
        CheckCommand.self, DumpCommand.self, CacheCommand.self,
    ]

    static let globalOptions: [OptionSpec] = [
        OptionSpec(
            "--data", value: "dir", help: "Data directory (default: $AGENDA_DATA, ./Data, or the bundled Data/)."),
        OptionSpec("--color", value: "when", help: "Colour output.", allowedValues: ColorMode.allCases.map(\.rawValue)),
        OptionSpec("--width", value: "n", help: "Output width in columns (default: terminal width, $COLUMNS, or 80)."),
        OptionSpec(
            "--encoding", value: "name",
            help: "Read every file in this encoding (utf-8, utf-16le, utf-16be, gb18030/gbk)."),
        OptionSpec(
            "--no-cache",
            help:
                "Parse the documents even if the cache is fresh, and write no cache ($AGENDA_CACHE=off does the same)."),
        OptionSpec("--help", short: "h", help: "Show help for agenda or a command.", skipsValidation: true),
        OptionSpec("--version", help: "Show the version.", skipsValidation: true),
    ]

    static let root = CommandSpec(
        name: "agenda",
        abstract: "Browse AI-safety research agendas: challenges, concepts and citations, in Chinese and English.",
        discussion: """
            Reads the Markdown and plain-text documents of a data directory (the bundled Data/ by default) \
            and answers from them; every fact is printed with its document:line.
            """,
        usage: ["<command> [options]"],
        options: globalOptions,
        examples: [
            .init("agenda challenges", "List the challenges of every agenda by category."),
            .init("agenda challenges --tree --category 2", "Draw one category with its sub-questions."),
            .init("agenda show 2.4", "Summarise a challenge (id, title or part of one)."),
            .init("agenda search 奖励破解", "Search concepts, challenges, works and passages."),
            .init("agenda cite --format bibtex -o refs.bib", "Export every cited work."),
        ],
        subcommands: commands.map { $0.spec })

    static func command(named name: String) -> (any AgendaCommand.Type)? {
        commands.first { $0.spec.name == name || $0.spec.aliases.contains(name) }
    }
}
