@testable import AgendaCLI

/// A command tree shaped like the real `agenda` one, for parser and help tests.
enum ArgumentsFixtures {
    static let globalOptions = [
        OptionSpec("--data", value: "dir", help: "Read the corpus from this directory instead of ./Data."),
        OptionSpec("--json", help: "Print JSON instead of text."),
        OptionSpec(
            "--color", value: "when", help: "When to use colour.", allowedValues: ["auto", "always", "never"],
            aliases: ["--colour"]),
        OptionSpec("--width", value: "n", help: "Lay out for this many columns instead of the terminal's width."),
        OptionSpec("--encoding", value: "enc", help: "Text encoding of the input files when it cannot be detected."),
        OptionSpec("--help", short: "h", help: "Show help.", skipsValidation: true),
        OptionSpec("--version", help: "Show the version.", skipsValidation: true),
        OptionSpec("--debug-timing", help: "Print timings.", hidden: true),
    ]

    static let export = CommandSpec(
        name: "export",
        abstract: "Export the works cited by challenges as bibliography entries.",
        discussion: "Works are merged across documents by arXiv id, DOI, URL and title, so each appears once.",
        options: [
            OptionSpec(
                "--format", short: "f", value: "format", help: "Output format.",
                allowedValues: ["bibtex", "biblatex", "csl-json", "ris", "markdown"]),
            OptionSpec("--output", short: "o", value: "file", help: "Write to this file instead of standard output."),
            OptionSpec("--all", short: "a", help: "Export every work in the corpus."),
            OptionSpec("--tag", short: "t", value: "tag", help: "Only works with this tag.", repeatable: true),
        ],
        positionals: [
            PositionalSpec("id", help: "Challenge ids (C3) or work ids (W12).", optional: true, variadic: true)
        ],
        examples: [
            .init("agenda export --format bibtex C3", "BibTeX for every work cited by challenge C3."),
            .init("agenda export -a -f csl-json -o works.json", "Every work as CSL-JSON, into works.json."),
        ])

    static let search = CommandSpec(
        name: "search",
        abstract: "Search passages in Chinese and English.",
        options: [OptionSpec("--limit", short: "n", value: "count", help: "Show at most this many hits (default 20).")],
        positionals: [PositionalSpec("query", help: "Words to look for; quote phrases.")],
        aliases: ["grep"])

    static let show = CommandSpec(
        name: "show",
        abstract: "Show one challenge with its sources.",
        positionals: [
            PositionalSpec("agenda", help: "Agenda name."),
            PositionalSpec("challenge", help: "Challenge id or name, e.g. 欺骗性对齐."),
        ])

    static let list = CommandSpec(name: "list", abstract: "List challenges across agendas.", aliases: ["ls"])

    static let root = CommandSpec(
        name: "agenda",
        abstract: "Browse AI-safety research agendas: challenges, concepts and the works they cite.",
        options: globalOptions,
        examples: [
            .init("agenda list", "Every challenge, by agenda."),
            .init("agenda search 欺骗性对齐", "Passages about deceptive alignment."),
        ],
        subcommands: [list, show, search, export])
}
