/// Where a fact came from: a document's file name and a 1-based line number.
///
/// Encodes as `{"document": "<file name>", "line": <n>}` and prints as
/// `document:line`, the form compilers and `rg` use, so terminals and editors
/// can jump to it.
public struct SourceLocation: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var document: String
    public var line: Int

    public init(document: String, line: Int) {
        self.document = document
        self.line = line
    }

    public var description: String { "\(document):\(line)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.document, lhs.line) < (rhs.document, rhs.line)
    }
}
