/// Where a command's output goes: data to stdout, errors and progress to stderr,
/// each with the terminal facts decided once at start-up.
final class Console {
    let terminal: Terminal
    let errorTerminal: Terminal
    private let writeOutput: (String) -> Void
    private let writeError: (String) -> Void

    init(
        terminal: Terminal, errorTerminal: Terminal, output: @escaping (String) -> Void,
        error: @escaping (String) -> Void
    ) {
        self.terminal = terminal
        self.errorTerminal = errorTerminal
        self.writeOutput = output
        self.writeError = error
    }

    /// Writes `text` to stdout as is (callers sanitise document text through the renderers).
    func print(_ text: String) {
        writeOutput(text.hasSuffix("\n") ? text : text + "\n")
    }

    func write(_ text: String) {
        writeOutput(text)
    }

    /// One line on stderr: `agenda: message`.
    func error(_ message: String) {
        let prefix = errorTerminal.styled("agenda:", .bold + .red)
        writeError("\(prefix) \(TerminalText.sanitize(message))\n")
    }

    func writeErrorLine(_ line: String) {
        writeError(line + "\n")
    }

    /// `text` on stderr as is (the progress line's control sequences).
    func writeErrorText(_ text: String) {
        writeError(text)
    }

    /// `agenda: warning: …` on stderr.
    func warning(_ message: String) {
        let prefix = errorTerminal.styled("warning:", .bold + .yellow)
        writeError("agenda: \(prefix) \(TerminalText.sanitize(message))\n")
    }

    func styled(_ text: String, _ style: Style) -> String {
        terminal.styled(TerminalText.sanitize(text), style)
    }

    /// Sanitised, wrapped to the width, styled; `prefix` starts the first line and
    /// continuation lines are indented to line up under the text after it.
    func paragraph(_ text: StyledText, prefix: String = "") -> String {
        let measure = terminal.displayWidth
        let indent = measure.columns(TerminalText.sanitize(prefix))  // sanitising drops colour codes too
        let lines = TextWrapper(width: max(terminal.width - indent, 10), measure: measure).wrap(text.sanitized())
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { index, line in
            (index == 0 ? prefix : pad) + line.rendered(colorEnabled: terminal.colorEnabled)
        }.joined(separator: "\n") + "\n"
    }
}
