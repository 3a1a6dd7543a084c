/// A structural unit of a document, with the physical lines it came from.
///
/// Blocks keep the raw inline text (Markdown links, `<sup>` markers) for the
/// extractors; `plainText()` gives the text a reader sees.
struct Block: Sendable {
    enum Kind: Sendable, Equatable {
        case heading(Heading)
        case paragraph
        /// A list item; `depth` 0 is top level.
        case listItem(depth: Int)
        case table(Table)
        case quote
        case code
        /// `<sup>3</sup><https://…>`: a footnote's target, from PDF conversions.
        case footnote(label: String, target: String)
    }

    var kind: Kind
    /// One entry per physical line: its number and its text without block markup.
    var segments: [Segment]

    struct Segment: Sendable, Equatable {
        var line: Int
        var text: String
    }

    var firstLine: Int { segments.first?.line ?? 0 }

    /// The raw inline text of all segments joined, and where each line starts.
    func rawText(document: String) -> (String, LineMap) {
        TextJoiner.join(segments.map { ($0.line, $0.text) }, document: document)
    }

    /// The text without inline markup, joined, and where each line starts.
    func plainText(document: String) -> (String, LineMap) {
        TextJoiner.join(segments.map { ($0.line, InlineMarkup.plain($0.text)) }, document: document)
    }
}

/// A Markdown table; rows keep their own lines.
struct Table: Sendable, Equatable {
    struct Row: Sendable, Equatable {
        var line: Int
        var cells: [String]
    }

    var header: Row
    var rows: [Row]
    /// False when the `|---|` row is missing; the first row is then still the header.
    var hasSeparator: Bool
}

/// Joins the lines of a block the way the text would read: no space between
/// CJK characters (Chinese wraps anywhere), one space between words otherwise.
enum TextJoiner {
    static func join(_ parts: [(line: Int, text: String)], document: String) -> (String, LineMap) {
        let parts = parts.map { (line: $0.line, text: $0.text.trimmingSpaces()) }
        if parts.count == 1 { return (parts[0].text, LineMap(document: document, line: parts[0].line)) }
        // Sized once: a text grown by appending keeps up to half its capacity unused, for as long as the passage.
        var text = ""
        text.reserveCapacity(parts.reduce(parts.count) { $0 + $1.text.utf8.count })
        var starts: [Int] = []
        var lines: [Int] = []
        starts.reserveCapacity(parts.count)
        lines.reserveCapacity(parts.count)
        for (line, trimmed) in parts {
            if !text.isEmpty, !trimmed.isEmpty,
                !(text.unicodeScalars.last.map(\.isWideScript) ?? false),
                !(trimmed.unicodeScalars.first.map(\.isWideScript) ?? false)
            {
                text.append(" ")
            }
            starts.append(text.utf8.count)
            lines.append(line)
            text.append(trimmed)
        }
        if starts.isEmpty {
            starts = [0]
            lines = [parts.first?.line ?? 1]
        }
        return (text, LineMap(document: document, starts: starts, lineNumbers: lines))
    }
}

extension Unicode.Scalar {
    /// CJK ideographs, kana, hangul and full-width punctuation: scripts written without spaces.
    var isWideScript: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Han ideographs only.
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFD: true
        default: false
        }
    }
}

extension StringProtocol {
    /// Trims ASCII spaces, tabs, U+3000 (ideographic space), U+00A0 and U+FEFF,
    /// scanning UTF-8 bytes so it stays fast on a 50 MB line.
    func trimmingSpaces() -> String {
        let whole = Substring(self)
        let bytes = whole.utf8
        let start = Self.endOfLeadingBlanks(bytes)
        var end = bytes.endIndex
        while start < end, let width = Self.blankWidth(bytes, endingAt: end) {
            end = bytes.index(end, offsetBy: -width)
        }
        if start == bytes.startIndex, end == bytes.endIndex, let string = self as? String { return string }
        return String(whole[start..<end])
    }

    /// Whether the text is empty or all blanks (what `trimmingSpaces` trims),
    /// found without making a string.
    var isBlank: Bool {
        let bytes = Substring(self).utf8
        return Self.endOfLeadingBlanks(bytes) == bytes.endIndex
    }

    /// Where the blanks at the start of `bytes` end.
    private static func endOfLeadingBlanks(_ bytes: Substring.UTF8View) -> Substring.UTF8View.Index {
        var index = bytes.startIndex
        while index < bytes.endIndex, let width = blankWidth(bytes, at: index) {
            index = bytes.index(index, offsetBy: width)
        }
        return index
    }

    /// How many Unicode scalars the text has, counted no further than `limit`.
    func scalarCount(upTo limit: Int) -> Int {
        func count(_ bytes: some Sequence<UInt8>) -> Int {
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                count += 1
                if count == limit { break }
            }
            return count
        }
        // A buffer's bytes are read without the string view's per-byte index checks.
        return utf8.withContiguousStorageIfAvailable(count) ?? count(utf8)
    }

    /// Byte length of the blank starting at `index`, if there is one.
    private static func blankWidth(_ bytes: Substring.UTF8View, at index: Substring.UTF8View.Index) -> Int? {
        UTF8Blanks.width(startingAt: index, in: bytes)
    }

    /// Byte length of the blank ending just before `end`, if there is one.
    private static func blankWidth(_ bytes: Substring.UTF8View, endingAt end: Substring.UTF8View.Index) -> Int? {
        UTF8Blanks.width(endingAt: end, in: bytes)
    }
}

/// The blanks `trimmingSpaces` trims (space, tab, U+00A0, U+3000, U+FEFF;
/// `Unicode.Scalar.isBlank`), found on UTF-8 bytes.
enum UTF8Blanks {
    /// Byte length of the blank starting at `index` of `bytes`, if one does.
    static func width<Bytes: Collection<UInt8>>(startingAt index: Bytes.Index, in bytes: Bytes) -> Int? {
        func byte(_ offset: Int) -> UInt8? {
            guard let at = bytes.index(index, offsetBy: offset, limitedBy: bytes.endIndex), at < bytes.endIndex
            else { return nil }
            return bytes[at]
        }
        switch bytes[index] {
        case 0x20, 0x09: return 1
        case 0xC2: return byte(1) == 0xA0 ? 2 : nil
        case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80 ? 3 : nil
        case 0xEF: return byte(1) == 0xBB && byte(2) == 0xBF ? 3 : nil
        default: return nil
        }
    }

    /// Byte length of the blank ending just before `end` in `bytes`, if one does.
    static func width<Bytes: BidirectionalCollection<UInt8>>(endingAt end: Bytes.Index, in bytes: Bytes) -> Int? {
        switch bytes[bytes.index(before: end)] {
        case 0x20, 0x09: return 1
        case 0xA0, 0x80, 0xBF:
            // A blank's lead byte is never a continuation byte, so a match is a whole scalar.
            for width in 2...3 {
                guard let start = bytes.index(end, offsetBy: -width, limitedBy: bytes.startIndex) else { return nil }
                if Self.width(startingAt: start, in: bytes[start..<end]) == width { return width }
            }
            return nil
        default: return nil
        }
    }
}

extension Unicode.Scalar {
    var isBlank: Bool { self == " " || self == "\t" || value == 0x3000 || value == 0xA0 || value == 0xFEFF }
}
