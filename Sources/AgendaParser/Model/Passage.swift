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
///
/// Most passages are one line: its start and number are held inline, so such a
/// map allocates nothing; only the lines after the first take an array.
public struct LineMap: Hashable, Sendable {
    public var document: String
    private var firstStart: Int
    /// The first line's number (1-based).
    public private(set) var firstLine: Int
    /// The lines after the first, as (start, line number) pairs one after another.
    private var later: [Int]

    /// `starts`: the UTF-8 offset where each line's text starts, ascending; `lineNumbers`: each one's number.
    public init(document: String, starts: [Int], lineNumbers: [Int]) {
        precondition(starts.count == lineNumbers.count && !starts.isEmpty)
        self.document = document
        firstStart = starts[0]
        firstLine = lineNumbers[0]
        later = []
        if starts.count > 1 {
            later.reserveCapacity(2 * (starts.count - 1))
            for index in 1..<starts.count {
                later.append(starts[index])
                later.append(lineNumbers[index])
            }
        }
    }

    public init(document: String, line: Int) {
        self.document = document
        firstStart = 0
        firstLine = line
        later = []
    }

    /// How many lines the text spans.
    public var count: Int { 1 + later.count / 2 }

    /// The UTF-8 offset where each line's text starts, ascending.
    public var starts: [Int] { [firstStart] + stride(from: 0, to: later.count, by: 2).map { later[$0] } }

    /// The number of each line, in the order of `starts`.
    public var lineNumbers: [Int] { [firstLine] + stride(from: 1, to: later.count, by: 2).map { later[$0] } }

    /// Where the last line's text starts.
    package var lastStart: Int { later.count >= 2 ? later[later.count - 2] : firstStart }

    /// Calls `body` with each line's start and number, in order, making no arrays.
    package func forEachLine(_ body: (_ start: Int, _ line: Int) throws -> Void) rethrows {
        try body(firstStart, firstLine)
        for index in stride(from: 0, to: later.count, by: 2) { try body(later[index], later[index + 1]) }
    }

    /// The line holding the byte at `offset`.
    public func line(atUTF8Offset offset: Int) -> Int {
        // The last of the later lines that starts at or before `offset`, if any.
        var low = 0
        var high = later.count / 2
        while low < high {
            let mid = (low + high) / 2
            if later[2 * mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? firstLine : later[2 * (low - 1) + 1]
    }

    public func source(atUTF8Offset offset: Int) -> SourceLocation {
        SourceLocation(document: document, line: line(atUTF8Offset: offset))
    }
}

/// Encoded as the document and two parallel arrays, `starts` and `lineNumbers`.
extension LineMap: Codable {
    private enum CodingKeys: String, CodingKey {
        case document, starts, lineNumbers
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let starts = try container.decode([Int].self, forKey: .starts)
        let lineNumbers = try container.decode([Int].self, forKey: .lineNumbers)
        guard starts.count == lineNumbers.count, !starts.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .starts, in: container, debugDescription: "starts and line numbers differ in count or are empty"
            )
        }
        self.init(
            document: try container.decode(String.self, forKey: .document), starts: starts, lineNumbers: lineNumbers)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(starts, forKey: .starts)
        try container.encode(lineNumbers, forKey: .lineNumbers)
    }
}
