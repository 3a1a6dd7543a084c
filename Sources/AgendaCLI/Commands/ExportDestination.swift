/// Where an export goes: stdout, or a file written atomically (`-o FILE`,
/// refusing to replace it without `--force`), with a note on stderr.
/// `-o -` is stdout, as in pandoc.
enum ExportDestination {
    static func deliver(_ text: String, invocation: Invocation, what: String) throws {
        guard let path = invocation.command.value("--output"), path != "-" else {
            invocation.console.write(text)
            return
        }
        try AtomicFile.write(text, to: path, overwrite: invocation.command.has("--force"))
        // Silent on success in scripts, like pandoc; a confirmation for people at a terminal.
        if invocation.console.errorTerminal.isTTY { invocation.console.note("wrote \(what) to \(path)") }
    }
}

extension Console {
    /// Progress and confirmations: stderr, so stdout stays data.
    func note(_ message: String) {
        writeErrorLine("agenda: " + TerminalText.sanitize(message))
    }
}
