/// What `CommandLineParser` understood: which command, its options and arguments.
struct ParsedCommand: Sendable, Hashable {
    /// Command names from the root: `["agenda", "export"]`; `["agenda"]` when
    /// no command was given.
    var path: [String]
    /// Every option that applied (the command's and the inherited global ones).
    var availableOptions: [OptionSpec]
    /// Values by option key (`--format`), in command-line order; a flag gets
    /// one `""` per occurrence.
    var options: [String: [String]]
    /// Values by positional name, in order.
    var positionals: [String: [String]]
    /// All positional arguments in order (after the command names).
    var arguments: [String]

    /// The command's name (`export`), or the program's when none was given.
    var commandName: String { path.last ?? "" }

    /// Whether the option was given (`"--json"`, `"json"` or `"-j"`).
    func has(_ option: String) -> Bool {
        count(option) > 0
    }

    /// How many times the option was given (`-vvv` → 3).
    func count(_ option: String) -> Int {
        values(option).count
    }

    /// The option's last value.
    func value(_ option: String) -> String? {
        values(option).last
    }

    /// Every value of the option, in order.
    func values(_ option: String) -> [String] {
        guard let spec = availableOptions.first(where: { $0.matches(option) }) else { return [] }
        return options[spec.key] ?? []
    }

    /// The positional's value (the first, for a variadic one).
    func positional(_ name: String) -> String? {
        positionals[name]?.first
    }

    /// Every value of a (variadic) positional.
    func positionalValues(_ name: String) -> [String] {
        positionals[name] ?? []
    }

    /// The option's last value as an integer within `range`, nil when absent;
    /// a usage error naming the option when it is not one.
    func integer(_ option: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            let key = availableOptions.first(where: { $0.matches(option) })?.key ?? option
            let expected: String
            switch (range.lowerBound, range.upperBound) {
            case (Int.min, Int.max): expected = "an integer"
            case (let low, Int.max): expected = "an integer of at least \(low)"
            case (let low, let high): expected = "an integer from \(low) to \(high)"
            }
            throw UsageError(.invalidValue(value: text, option: key, expected: expected), commandPath: path)
        }
        return number
    }
}
