/// Something the parser could not place, reported by `agenda check` as
/// `document:line: warning: message`.
public struct Diagnostic: Error, Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Codable, Sendable, CaseIterable {
        case warning
        case note
    }

    /// Stable identifier of the check that emitted it (`table.ragged-row`).
    public var id: String
    public var severity: Severity
    /// `nil` for problems with a whole file or directory.
    public var source: SourceLocation?
    public var document: String
    public var message: String

    public init(id: String, severity: Severity = .warning, source: SourceLocation, message: String) {
        self.id = id
        self.severity = severity
        self.source = source
        self.document = source.document
        self.message = message
    }

    public init(id: String, severity: Severity = .warning, document: String, message: String) {
        self.id = id
        self.severity = severity
        self.source = nil
        self.document = document
        self.message = message
    }

    /// Whether it is about loading the files (`load.…`: skipped, empty), the
    /// diagnostics every part of the corpus keeps.
    public var isAboutLoading: Bool { id.hasPrefix("load.") }

    public var description: String {
        let place = source?.description ?? document
        return "\(place): \(severity.rawValue): \(message) [\(id)]"
    }
}
