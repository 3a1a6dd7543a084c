/// One input file as the reader sees it: its name, title, format and outline.
public struct Document: Hashable, Codable, Sendable {
    public enum Format: String, Hashable, Codable, Sendable, CaseIterable {
        case markdown
        case plainText = "plain-text"
        /// Plain text with one spoken phrase per line (subtitles, transcripts).
        case transcript
    }

    /// What the file is for: the corpus itself, or a curated index that points into it.
    public enum Role: String, Hashable, Codable, Sendable, CaseIterable {
        case corpus
        case index
    }

    /// File name relative to the data directory; the `document` of every source.
    public var name: String
    public var title: String
    public var format: Format
    public var role: Role
    public var lineCount: Int
    /// Front-matter keys and values (`---` … `---`), metadata rather than text.
    public var metadata: [String: String]
    /// Headings in document order; `level` is normalised so the tree nests.
    public var outline: [Heading]

    public init(
        name: String, title: String, format: Format, role: Role, lineCount: Int,
        metadata: [String: String], outline: [Heading]
    ) {
        self.name = name
        self.title = title
        self.format = format
        self.role = role
        self.lineCount = lineCount
        self.metadata = metadata
        self.outline = outline
    }
}

/// A heading of a document's outline, Markdown (`## 3 …`) or plain text (`1.2 术语解释`).
public struct Heading: Hashable, Codable, Sendable {
    /// Nesting level, 1 = top; derived from the section number where there is one.
    public var level: Int
    /// Section number as written (`2`, `5.1`), if the heading has one.
    public var number: String?
    /// Title without the number and markup.
    public var title: String
    public var source: SourceLocation

    public init(level: Int, number: String?, title: String, source: SourceLocation) {
        self.level = level
        self.number = number
        self.title = title
        self.source = source
    }

    /// The heading as a reader would quote it: `2.4 标题`.
    public var displayTitle: String {
        guard let number else { return title }
        return title.isEmpty ? number : "\(number) \(title)"
    }
}
