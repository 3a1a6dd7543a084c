extension HelpFormatter {
    /// Spaces before a list label and between label and text.
    static let indent = 2
    static let gap = 2
    /// Text under a label when there is no room beside it.
    static let stackedIndent = 6

    var measure: DisplayWidth { terminal.displayWidth }

    func heading(_ title: String) -> String {
        terminal.styled(title, .bold)
    }

    /// Text wrapped to the full width.
    func paragraph(_ text: String) -> [String] {
        TextWrapper(width: terminal.width, measure: measure).wrap(text)
    }

    /// `Usage: agenda export [options] <id>...`, further lines aligned under the first.
    func usageBlock(_ specs: [CommandSpec]) -> [String] {
        let command = specs[specs.count - 1]
        let path = specs.map(\.name).joined(separator: " ")
        var forms = command.usage.map { "\(path) \($0)" }
        if forms.isEmpty {
            var parts = [path]
            if !command.subcommands.isEmpty { parts.append("<command>") }
            if specs.contains(where: { $0.options.contains { !$0.isHidden } }) { parts.append("[options]") }
            parts += command.positionals.map(\.usageText)
            forms = [parts.joined(separator: " ")]
        }
        let label = "Usage: "
        let hanging = String(repeating: " ", count: label.count)
        let wrapper = TextWrapper(width: terminal.width - label.count - 2, measure: measure)
        var lines: [String] = []
        for (index, form) in forms.enumerated() {
            for (part, line) in wrapper.wrap(form).enumerated() {
                let lead = index == 0 && part == 0 ? heading("Usage:") + " " : hanging
                lines.append(lead + (part == 0 ? "" : "  ") + line)
            }
        }
        return lines
    }

    /// `-f, --format <format>` and its help (allowed values appended).
    func optionRows(_ options: [OptionSpec]) -> [(String, String)] {
        options.map { option in
            var names = option.names
            if let value = option.valueName, !names.isEmpty { names[names.count - 1] += " <\(value)>" }
            var label = names.joined(separator: ", ")
            if let short = option.short {
                let value = names.isEmpty ? option.valueName.map { " <\($0)>" } ?? "" : ""
                label = "-\(short)" + value + (label.isEmpty ? "" : ", " + label)
            } else {
                label = "    " + label
            }
            var help = option.help
            if let allowed = option.allowedValues, !allowed.isEmpty {
                help += (help.isEmpty ? "" : " ") + "One of: " + allowed.joined(separator: ", ") + "."
            }
            return (label, help)
        }
    }

    /// Width of the label column: the widest label within a third of the
    /// width (at most 30, at least 12); longer labels get a line of their own.
    func labelColumnWidth(_ rows: [(String, String)]) -> Int {
        let limit = max(12, min(30, terminal.width / 3))
        let widths = rows.map { measure.columns($0.0) }
        return widths.filter { $0 <= limit }.max() ?? min(widths.max() ?? 0, limit)
    }

    /// Label and text side by side, text wrapped in its column; stacked when narrow.
    func twoColumns(_ rows: [(String, String)], labelWidth: Int) -> [String] {
        let textColumn = Self.indent + labelWidth + Self.gap
        let stacked = terminal.width - textColumn < 20
        let textIndent = stacked ? Self.stackedIndent : textColumn
        let wrapper = TextWrapper(width: terminal.width - textIndent, measure: measure)
        let labelWrapper = TextWrapper(width: terminal.width - Self.indent, measure: measure)
        let pad = { (count: Int) in String(repeating: " ", count: count) }
        var lines: [String] = []
        for (label, text) in rows {
            var textLines = text.isEmpty ? [] : wrapper.wrap(text)
            let labelLines = labelWrapper.wrap(label).map { pad(Self.indent) + $0 }
            let labelFits = labelLines.count == 1 && measure.columns(label) <= labelWidth
            if !stacked, labelFits, let first = textLines.first {
                lines.append(labelLines[0] + pad(textColumn - measure.columns(labelLines[0])) + first)
                textLines.removeFirst()
            } else {
                lines += labelLines
            }
            lines += textLines.map { pad(textIndent) + $0 }
        }
        return lines
    }

    /// Each example's command line, then its explanation indented below.
    func exampleLines(_ examples: [CommandSpec.Example]) -> [String] {
        let commandWrapper = TextWrapper(width: terminal.width - Self.indent - 2, measure: measure)
        let textWrapper = TextWrapper(width: terminal.width - Self.stackedIndent, measure: measure)
        var lines: [String] = []
        for (index, example) in examples.enumerated() {
            if index > 0 { lines.append("") }
            for (part, line) in commandWrapper.wrap(example.command).enumerated() {
                lines.append(String(repeating: " ", count: part == 0 ? Self.indent : Self.indent + 2) + line)
            }
            if !example.explanation.isEmpty {
                lines += textWrapper.wrap(example.explanation).map {
                    String(repeating: " ", count: Self.stackedIndent) + $0
                }
            }
        }
        return lines
    }
}
