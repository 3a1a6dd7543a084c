/// A decoded document split into lines; line `n` is `lines[n - 1]`.
///
/// CRLF, lone CR and LF all end a line, so every platform's files give the
/// same lines and line numbers.
public struct SourceText: Sendable {
    public var name: String
    public var lines: [String]

    public init(name: String, text: String) {
        self.name = name
        self.lines = Self.splitLines(text)
    }

    public init(name: String, lines: [String]) {
        self.name = name
        self.lines = lines
    }

    /// Splits on LF, CRLF and CR by scanning UTF-8 bytes (Swift treats CRLF as one
    /// `Character`, so `split(separator: "\n")` would miss it). Each line is copied
    /// out of `text` as a slice, so its bytes are not validated a second time.
    static func splitLines(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        let breaks = text.withUTF8 { bytes -> [(end: Int, next: Int)] in
            var breaks: [(end: Int, next: Int)] = []
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    let end = index
                    if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                    breaks.append((end, index + 1))
                }
                index += 1
            }
            if breaks.last?.next ?? 0 < count { breaks.append((count, count)) }
            return breaks
        }
        let utf8 = text.utf8
        var lines: [String] = []
        lines.reserveCapacity(breaks.count)
        var start = utf8.startIndex
        for (end, next) in breaks {
            // A line break is a scalar and grapheme boundary, so these are valid `String` indices.
            let endIndex = utf8.index(utf8.startIndex, offsetBy: end)
            lines.append(String(text[start..<endIndex]))
            start = utf8.index(utf8.startIndex, offsetBy: next)
        }
        return lines
    }
}
