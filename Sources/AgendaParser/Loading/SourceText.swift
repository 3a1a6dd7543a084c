#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        return lines(of: text, breaks: text.withUTF8(lineBreaks))
    }

    /// Each line of `text` copied out as a slice (a line break is a scalar and grapheme
    /// boundary, so the offsets are valid `String` indices, and no byte is validated again).
    private static func lines(of text: String, breaks: [(end: Int, next: Int)]) -> [String] {
        let utf8 = text.utf8
        var lines: [String] = []
        lines.reserveCapacity(breaks.count)
        var start = utf8.startIndex
        for (end, next) in breaks {
            lines.append(String(text[start..<utf8.index(utf8.startIndex, offsetBy: end)]))
            start = utf8.index(utf8.startIndex, offsetBy: next)
        }
        return lines
    }

    /// The lines of UTF-8 `bytes`, as `splitLines` cuts them; nil when the bytes are not UTF-8.
    ///
    /// The whole text is validated once: `String(decoding:as:)` repairs what is not UTF-8,
    /// so the bytes are valid exactly when the result equals them. Validating each line on
    /// its own (`String(validating:as:)`) cost about twice as much: its generic entry point
    /// looks up type metadata on every call.
    static func validatedLines(_ bytes: ArraySlice<UInt8>) -> [String]? {
        bytes.withUnsafeBufferPointer { buffer -> [String]? in
            var text = String(decoding: buffer, as: UTF8.self)
            let unchanged =
                text.utf8.count == buffer.count
                && (buffer.isEmpty || text.withUTF8 { memcmp($0.baseAddress!, buffer.baseAddress!, buffer.count) == 0 })
            guard unchanged else { return nil }
            return lines(of: text, breaks: lineBreaks(buffer))
        }
    }

    /// Where each line ends and the next one starts, as byte offsets; a last line
    /// without a break ends at the end.
    static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [(end: Int, next: Int)] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        let count = bytes.count
        var breaks: [(end: Int, next: Int)] = []
        if memchr(base, 0x0D, count) == nil {
            // Only LF ends lines: the C library finds each one many bytes at a time.
            var index = 0
            while index < count, let found = memchr(base + index, 0x0A, count - index) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                breaks.append((end, end + 1))
                index = end + 1
            }
        } else {
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    let end = index
                    if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                    breaks.append((end, index + 1))
                }
                index += 1
            }
        }
        if breaks.last?.next ?? 0 < count { breaks.append((count, count)) }
        return breaks
    }
}
