/// A mistake on the command line: exit status 2, a one-line message, the
/// usage of the command it happened in, and where to read more.
struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Kind: Sendable, Hashable {
        /// `--fromat`, `-z`.
        case unknownOption(String)
        /// `--format` at the end, or followed by another option.
        case missingValue(option: String)
        /// `--json=yes` for a flag.
        case unexpectedValue(option: String)
        /// `--format xml`; `expected` completes "expected …" (`one of: a, b`, `a positive integer`).
        case invalidValue(value: String, option: String, expected: String)
        /// A positional nothing takes.
        case unexpectedArgument(String)
        /// A required positional that is missing, by name.
        case missingArgument(String)
        /// `agenda lsit`.
        case unknownCommand(String)
        /// Anything else a command wants to report as misuse, message as is.
        case other(String)
    }

    var kind: Kind
    /// Command names from the root to where the error happened: `["agenda", "export"]`.
    var commandPath: [String]
    /// Close valid names, best first, for "did you mean".
    var suggestions: [String]

    init(_ kind: Kind, commandPath: [String] = [], suggestions: [String] = []) {
        self.kind = kind
        self.commandPath = commandPath
        self.suggestions = suggestions
    }

    /// The problem alone: `unknown option '--fromat'`.
    var message: String {
        switch kind {
        case .unknownOption(let name): "unknown option '\(name)'"
        case .missingValue(let option): "missing value for \(option)"
        case .unexpectedValue(let option): "\(option) does not take a value"
        case .invalidValue(let value, let option, let expected):
            "invalid value '\(value)' for \(option); expected \(expected)"
        case .unexpectedArgument(let argument): "unexpected argument '\(argument)'"
        case .missingArgument(let name): "missing required argument <\(name)>"
        case .unknownCommand(let name): "unknown command '\(name)'"
        case .other(let message): message
        }
    }

    /// `did you mean '--format'?`, or nil without suggestions.
    var hint: String? {
        guard !suggestions.isEmpty else { return nil }
        let quoted = suggestions.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return "did you mean \(list)?"
    }

    /// One line: message, then the hint after a semicolon.
    var description: String {
        hint.map { "\(message); \($0)" } ?? message
    }

    /// `invalidValue` for an enum option, listing the valid choices.
    static func invalidChoice(_ value: String, option: String, choices: [String], commandPath: [String] = [])
        -> UsageError
    {
        UsageError(
            .invalidValue(value: value, option: option, expected: "one of: " + choices.joined(separator: ", ")),
            commandPath: commandPath, suggestions: EditDistance.suggestions(for: value, among: choices))
    }
}
