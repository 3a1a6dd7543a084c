/// One `agenda` subcommand: its spec (options, help) and what it does.
protocol AgendaCommand: SendableMetatype {
    static var spec: CommandSpec { get }
    /// Runs the command; throws `CommandFailure` for the exit codes 1 and 2.
    static func run(_ invocation: Invocation) throws
}

/// Options several commands share, spelled once.
enum SharedOptions {
    static let json = OptionSpec("--json", help: "Print JSON (stable field names; see README).")
    static let output = OptionSpec(
        "--output", short: "o", value: "file", help: "Write to FILE atomically instead of stdout (- for stdout).")
    static let force = OptionSpec("--force", help: "Overwrite FILE if it exists.")
    static let agenda = OptionSpec(
        "--agenda", short: "a", value: "agenda", help: "Only this agenda (id or part of its name).")
    static let document = OptionSpec(
        "--document", short: "d", value: "document", help: "Only this document (file name or part of it).")
}
