/// Declares a command for `CommandLineParser` and `HelpFormatter`.
///
/// The program itself is the root spec: its `options` are the global
/// options (`--data`, `--json`, `--color`, `--width`, `-h/--help`, …),
/// inherited by every subcommand, and its `subcommands` are the commands.
struct CommandSpec: Sendable, Hashable {
    /// A worked example for help: the command line and what it does.
    struct Example: Sendable, Hashable {
        var command: String
        var explanation: String

        init(_ command: String, _ explanation: String) {
            self.command = command
            self.explanation = explanation
        }
    }

    var name: String
    /// One line, shown in the command list and under the usage.
    var abstract: String
    /// Paragraphs after the abstract in `--help` (blank lines separate them).
    var discussion: String?
    /// Usage lines after the command path (`"[options] <id>..."`); generated when empty.
    var usage: [String]
    var options: [OptionSpec]
    var positionals: [PositionalSpec]
    var examples: [Example]
    var subcommands: [CommandSpec]
    /// Other names the command answers to (`ls` for `list`).
    var aliases: [String]

    init(
        name: String,
        abstract: String,
        discussion: String? = nil,
        usage: [String] = [],
        options: [OptionSpec] = [],
        positionals: [PositionalSpec] = [],
        examples: [Example] = [],
        subcommands: [CommandSpec] = [],
        aliases: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.usage = usage
        self.options = options
        self.positionals = positionals
        self.examples = examples
        self.subcommands = subcommands
        self.aliases = aliases
    }

    /// The subcommand called `name` or one of its aliases.
    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The specs from this one down along `path` (names after this spec's own), or nil.
    func specs(along path: some Sequence<String>) -> [CommandSpec]? {
        var specs = [self]
        for name in path {
            guard let next = specs[specs.count - 1].subcommand(named: name) else { return nil }
            specs.append(next)
        }
        return specs
    }
}
