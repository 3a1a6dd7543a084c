import AgendaParser

/// `agenda check`: what the parser could not place, as `document:line: warning: …`.
enum CheckCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Report what the parser could not place, as document:line: warning: message lines.",
        discussion: "Exits 0 when there are only warnings, so it can run in scripts; a summary goes to stderr.",
        options: [SharedOptions.json])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus([.diagnostics])
        let diagnostics = corpus.diagnostics
        if invocation.wantsJSON {
            invocation.console.write(try JSONOutput.encode(diagnostics.map(DiagnosticView.init)))
            return
        }
        var text = ""
        for diagnostic in diagnostics {
            let place = diagnostic.source?.description ?? diagnostic.document
            let severity = invocation.console.styled(
                "\(diagnostic.severity.rawValue):", diagnostic.severity == .warning ? .bold + .yellow : .bold + .cyan)
            text +=
                "\(invocation.console.styled(place, .bold)): \(severity) \(TerminalText.sanitize(diagnostic.message)) "
                + invocation.console.styled("[\(diagnostic.id)]", .dim) + "\n"
        }
        invocation.console.write(text)
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        invocation.console.note(
            [
                English.count(corpus.documents.count, "document"), English.count(warnings, "warning"),
                English.count(diagnostics.count - warnings, "note"),
            ].joined(separator: ", "))
    }
}
