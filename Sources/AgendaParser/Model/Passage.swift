/// A unit of running text that search ranks and shows: a paragraph, table row,
/// list item, heading, or a group of transcript lines.
public struct Passage: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        case heading
        case paragraph
        case listItem = "list-item"
        case tableRow = "table-row"
        case quote
        case transcript
        case reference
    }

    public var kind: Kind
    /// The text with markup removed and lines joined; CJK lines are joined
    /// without a space, so a phrase split across lines still matches.
    public var text: String
    /// Where each physical line starts inside `text`.
    public var lines: LineMap

    public init(kind: Kind, text: String, lines: LineMap) {
        self.kind = kind
        self.text = text
        self.lines = lines
    }

    public var source: SourceLocation { lines.source(atUTF8Offset: 0) }
}

/// Maps UTF-8 offsets inside a joined text back to the document's lines.
public struct LineMap: Hashable, Codable, Sendable {
    public var document: String
    /// Pairs of (UTF-8 offset where a line's text starts, 1-based line number), ascending.
    public var starts: [Int]
    public var lineNumbers: [Int]

    public init(document: String, starts: [Int], lineNumbers: [Int]) {
        precondition(starts.count == lineNumbers.count && !starts.isEmpty)
        self.document = document
        self.starts = starts
        self.lineNumbers = lineNumbers
    }

    public init(document: String, line: Int) {
        self.init(document: document, starts: [0], lineNumbers: [line])
    }

    public var firstLine: Int { lineNumbers[0] }

    /// The line holding the byte at `offset`.
    public func line(atUTF8Offset offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return lineNumbers[low]
    }

    public func source(atUTF8Offset offset: Int) -> SourceLocation {
        SourceLocation(document: document, line: line(atUTF8Offset: offset))
    }
}
