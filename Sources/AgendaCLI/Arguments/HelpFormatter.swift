/// Renders `--help` for the program and its commands, and usage errors,
/// wrapped to the terminal width.
///
/// ```
/// Usage: agenda export [options] <id>...
///
/// Export the works cited by challenges.
///
/// Arguments:
///   <id>...                Challenge or work ids.
///
/// Options:
///   -f, --format <format>  Output format. One of: bibtex, ris.
///
/// Global options:
///       --json             Print JSON.
/// ```
/// Allowed values of enum options are listed by the formatter: leave them
/// out of the option's `help`. Section headings are bold with colour.
struct HelpFormatter: Sendable {
    var root: CommandSpec
    var terminal: Terminal

    /// Help for the command at `path` (`ParsedCommand.path`: the root's name
    /// first). Names that lead nowhere stop at the last command found.
    func help(for path: [String]) -> String {
        var specs = [root]
        for name in path.dropFirst() {
            guard let next = specs[specs.count - 1].subcommand(named: name) else { break }
            specs.append(next)
        }
        return help(specs: specs)
    }

    /// `Error: …`, the usage of the command it happened in, and `See '… --help'.`
    func errorReport(_ error: UsageError) -> String {
        let specs = root.specs(along: error.commandPath.dropFirst()) ?? [root]
        let names = specs.map(\.name).joined(separator: " ")
        var lines = [terminal.styled("Error:", .bold + .red) + " " + error.description]
        lines += usageBlock(specs)
        lines.append("See '\(names) --help'.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `Usage:` lines of a command (first line prefixed, the rest aligned).
    func usageLines(for path: [String]) -> [String] {
        usageBlock(root.specs(along: path.dropFirst()) ?? [root])
    }

    private func help(specs: [CommandSpec]) -> String {
        let command = specs[specs.count - 1]
        let commandRows = command.subcommands.map { sub in
            (([sub.name] + sub.aliases).joined(separator: ", "), sub.abstract)
        }
        let argumentRows = command.positionals.map { ("<\($0.name)>" + ($0.isVariadic ? "..." : ""), $0.help) }
        let ownRows = optionRows(command.options.filter { !$0.isHidden })
        let inheritedRows = optionRows(specs.dropLast().flatMap(\.options).filter { !$0.isHidden })
        // One label column for the whole page, so the sections line up.
        let labelWidth = labelColumnWidth(commandRows + argumentRows + ownRows + inheritedRows)

        var sections: [[String]] = [usageBlock(specs)]
        if !command.abstract.isEmpty { sections.append(paragraph(command.abstract)) }
        if let discussion = command.discussion, !discussion.isEmpty { sections.append(paragraph(discussion)) }
        for (title, rows) in [
            ("Commands:", commandRows), ("Arguments:", argumentRows), ("Options:", ownRows),
            ("Global options:", inheritedRows),
        ] where !rows.isEmpty {
            sections.append([heading(title)] + twoColumns(rows, labelWidth: labelWidth))
        }
        if !command.examples.isEmpty { sections.append([heading("Examples:")] + exampleLines(command.examples)) }
        if !command.subcommands.isEmpty {
            let names = specs.map(\.name).joined(separator: " ")
            sections.append(paragraph("See '\(names) <command> --help' for help on a command."))
        }
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }
}
