/// Turns `CommandLine.arguments.dropFirst()` into a `ParsedCommand`, by the specs.
///
/// Accepts `--opt value`, `--opt=value`, `-o value`, `-ovalue`, bundled
/// flags (`-jh`, and `-jf bibtex` where only the last takes a value), `--`
/// to end options, and options anywhere among positionals. The root's
/// options are global: valid before the command name and in every
/// subcommand; a command's own options only after its name. The first
/// positional picks the subcommand while there are subcommands to pick.
/// A value that looks like an option (`--format --json`) is not taken:
/// write `--format=--json` for that. `-5` is a positional unless an option
/// is called `5`. Never prints or exits: errors are thrown as `UsageError`.
struct CommandLineParser: Sendable {
    var root: CommandSpec

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedCommand {
        var state = State(root: root)
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !state.looksLikeOption(argument) {
                try state.positional(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                try state.longOption(argument, arguments: arguments, index: &index)
            } else {
                try state.shortOptions(argument, arguments: arguments, index: &index)
            }
        }
        return try state.finish()
    }

    /// Parsing progress: where in the command tree we are and what was seen.
    private struct State {
        var specs: [CommandSpec]
        var available: [OptionSpec]
        var options: [String: [String]] = [:]
        var arguments: [String] = []

        init(root: CommandSpec) {
            specs = [root]
            available = root.options
        }

        var command: CommandSpec { specs[specs.count - 1] }
        var path: [String] { specs.map(\.name) }

        func looksLikeOption(_ argument: String) -> Bool {
            guard argument.hasPrefix("-"), argument.count > 1 else { return false }
            if argument.hasPrefix("--") { return true }
            let second = argument[argument.index(after: argument.startIndex)]
            let isNumber = argument.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
            return !(second.isNumber && isNumber && !available.contains { $0.short == second })
        }

        mutating func positional(_ argument: String) throws(UsageError) {
            if arguments.isEmpty && !command.subcommands.isEmpty {
                guard let next = command.subcommand(named: argument) else {
                    let names = command.subcommands.flatMap { [$0.name] + $0.aliases }
                    throw UsageError(
                        .unknownCommand(argument), commandPath: path,
                        suggestions: EditDistance.suggestions(for: argument, among: names))
                }
                specs.append(next)
                available += next.options
                return
            }
            arguments.append(argument)
        }

        mutating func longOption(_ argument: String, arguments all: [String], index: inout Int) throws(UsageError) {
            let name: String
            var inline: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            } else {
                name = argument
            }
            guard let spec = available.first(where: { $0.names.contains(name) }) else {
                throw unknownOption(name, upcoming: all[index...])
            }
            if spec.isFlag {
                if inline != nil { throw UsageError(.unexpectedValue(option: spec.key), commandPath: path) }
                record(spec, "")
                return
            }
            if let inline {
                try record(spec, validated: inline)
            } else {
                try record(spec, validated: takeValue(for: spec, arguments: all, index: &index))
            }
        }

        mutating func shortOptions(_ argument: String, arguments all: [String], index: inout Int) throws(UsageError) {
            var rest = Substring(argument.dropFirst())
            while let letter = rest.first {
                rest = rest.dropFirst()
                guard let spec = available.first(where: { $0.short == letter }) else {
                    throw unknownOption("-\(letter)")
                }
                if spec.isFlag {
                    record(spec, "")
                    continue
                }
                if rest.hasPrefix("=") { rest = rest.dropFirst() }
                if rest.isEmpty {
                    try record(spec, validated: takeValue(for: spec, arguments: all, index: &index))
                } else {
                    try record(spec, validated: String(rest))
                }
                return
            }
        }

        /// The next argument as the option's value, unless it is missing or an option itself.
        private func takeValue(for spec: OptionSpec, arguments: [String], index: inout Int) throws(UsageError) -> String
        {
            guard index < arguments.count, !looksLikeOption(arguments[index]) || arguments[index] == "-" else {
                throw UsageError(.missingValue(option: spec.key), commandPath: path)
            }
            index += 1
            return arguments[index - 1]
        }

        private mutating func record(_ spec: OptionSpec, validated value: String) throws(UsageError) {
            if let allowed = spec.allowedValues, !allowed.isEmpty, !allowed.contains(value) {
                throw UsageError.invalidChoice(value, option: spec.key, choices: allowed, commandPath: path)
            }
            record(spec, value)
        }

        private mutating func record(_ spec: OptionSpec, _ value: String) {
            if spec.isRepeatable || spec.isFlag {
                options[spec.key, default: []].append(value)
            } else {
                options[spec.key] = [value]
            }
        }

        /// `upcoming`: the arguments after the option, where the command it belongs to may be named.
        private func unknownOption(_ name: String, upcoming: ArraySlice<String> = []) -> UsageError {
            let names = available.filter { !$0.isHidden }.flatMap(\.names)
            var error = UsageError(
                .unknownOption(name), commandPath: path, suggestions: EditDistance.suggestions(for: name, among: names))
            if error.suggestions.isEmpty && name.hasPrefix("--") {
                // Right option, wrong place: `agenda --format bibtex export`. Name the command given
                // later when it takes the option, else the only one that does.
                let owners = command.subcommands.filter { $0.options.contains { $0.names.contains(name) } }
                let named = upcoming.lazy.compactMap { command.subcommand(named: $0) }.first
                let owner = owners.first { $0.name == named?.name } ?? (owners.count == 1 ? owners.first : nil)
                if let owner {
                    error = UsageError(
                        .other(
                            "option '\(name)' belongs to '\((path + [owner.name]).joined(separator: " "))'; put it after the command"
                        ),
                        commandPath: path)
                } else if let example = owners.first {
                    error = UsageError(
                        .other(
                            "option '\(name)' belongs to a command; put it after the command, as in '\((path + [example.name, name]).joined(separator: " "))'"
                        ),
                        commandPath: path)
                }
            }
            return error
        }

        /// Hands the positionals to the command's positional specs.
        func finish() throws(UsageError) -> ParsedCommand {
            let relaxed = available.contains { $0.skipsValidation && options[$0.key] != nil }
            var positionals: [String: [String]] = [:]
            var next = 0
            let specs = command.positionals
            for (position, spec) in specs.enumerated() {
                let requiredAfter = specs[(position + 1)...].filter { !$0.isOptional }.count
                let remaining = arguments.count - next
                let take = spec.isVariadic ? max(remaining - requiredAfter, 0) : min(remaining, 1)
                if take == 0 {
                    if !spec.isOptional && !relaxed { throw UsageError(.missingArgument(spec.name), commandPath: path) }
                    continue
                }
                positionals[spec.name] = Array(arguments[next..<(next + take)])
                next += take
            }
            if next < arguments.count && !relaxed {
                throw UsageError(.unexpectedArgument(arguments[next]), commandPath: path)
            }
            return ParsedCommand(
                path: path, availableOptions: available, options: options, positionals: positionals,
                arguments: arguments)
        }
    }
}
