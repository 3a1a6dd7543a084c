/// One option a command accepts: `--format <format>`, `-f`, `--json`.
struct OptionSpec: Sendable, Hashable {
    /// Long names with their dashes, canonical first: `["--format"]`. May be
    /// empty for a short-only option.
    var names: [String]
    /// Single-character form: `f` for `-f`.
    var short: Character?
    /// Placeholder for the value in help (`format` → `<format>`); nil makes a flag.
    var valueName: String?
    var help: String
    /// The only values accepted (an enum option); nil or empty accepts any.
    var allowedValues: [String]?
    /// May be given more than once, all values kept (`--tag a --tag b`);
    /// otherwise the last occurrence wins, as in git and ripgrep.
    var isRepeatable: Bool
    /// Left out of help (aliases, debugging switches).
    var isHidden: Bool
    /// When given, missing required arguments are not an error (`--help`, `--version`).
    var skipsValidation: Bool

    init(
        _ long: String? = nil,
        short: Character? = nil,
        value valueName: String? = nil,
        help: String,
        allowedValues: [String]? = nil,
        repeatable: Bool = false,
        hidden: Bool = false,
        skipsValidation: Bool = false,
        aliases: [String] = []
    ) {
        self.names = (long.map { [$0] } ?? []) + aliases
        self.short = short
        self.valueName = valueName
        self.help = help
        self.allowedValues = allowedValues
        self.isRepeatable = repeatable
        self.isHidden = hidden
        self.skipsValidation = skipsValidation
    }

    var isFlag: Bool { valueName == nil }

    /// How results are keyed in `ParsedCommand` and named in messages:
    /// the first long name (`--format`), else `-f`.
    var key: String {
        names.first ?? short.map { "-\($0)" } ?? ""
    }

    /// Whether `name` (`--format`, `format`, `-f` or `f`) refers to this option.
    func matches(_ name: String) -> Bool {
        if names.contains(name) || names.contains("--" + name) { return true }
        guard let short else { return false }
        return name == "-\(short)" || name == String(short)
    }
}
