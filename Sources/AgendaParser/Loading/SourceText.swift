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
    /// `Character`, so `split(separator: "\n")` would miss it).
    static func splitLines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            var lines: [String] = []
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < count {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<count]), as: UTF8.self))
            }
            return lines
        }
    }
}
