/// Removes inline Markdown and HTML from one line of text, keeping what a reader sees:
/// `[text](url)` → `text`, `**bold**` → `bold`, `<sup>3</sup>` → ``, `<https://x>` → `https://x`.
///
/// Works on UTF-8 bytes: every markup character is ASCII, so multi-byte
/// characters pass through untouched.
enum InlineMarkup {
    private static let star = UInt8(ascii: "*")
    private static let backtick = UInt8(ascii: "`")
    private static let underscore = UInt8(ascii: "_")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
    private static let openParen = UInt8(ascii: "(")
    private static let closeParen = UInt8(ascii: ")")
    private static let less = UInt8(ascii: "<")
    private static let greater = UInt8(ascii: ">")

    static func plain(_ line: String) -> String {
        // Fast path: most lines of running text hold no markup at all.
        guard mayHoldMarkup(line) else { return line }
        let bytes = Array(line.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let closings = positions(of: Array("</sup>".utf8), in: bytes[...])
        strip(bytes[...], closings: closings, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// False when `plain` returns `line` unchanged: it has none of the bytes that open markup.
    static func mayHoldMarkup(_ line: String) -> Bool {
        func opensMarkup(_ byte: UInt8) -> Bool {
            byte == star || byte == openBracket || byte == less || byte == backtick || byte == underscore
        }
        // On the contiguous bytes the loop is tight; `String.UTF8View` indices would be decoded byte by byte.
        return line.utf8.withContiguousStorageIfAvailable { $0.contains(where: opensMarkup) }
            ?? line.utf8.contains(where: opensMarkup)
    }

    /// Every start of `needle` in `bytes`, ascending, found in one pass.
    private static func positions(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> [Int] {
        var found: [Int] = []
        var index = bytes.startIndex
        while index + needle.count <= bytes.endIndex {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The first of `positions` at or after `start` (binary search, so a flood of
    /// unclosed `<sup>` stays linear).
    private static func next(in positions: [Int], from start: Int) -> Int? {
        var low = 0
        var high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] < start { low = mid + 1 } else { high = mid }
        }
        return low < positions.count ? positions[low] : nil
    }

    private static func strip(_ bytes: ArraySlice<UInt8>, closings: [Int], into output: inout [UInt8]) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case star, backtick:
                index += 1
                continue
            case underscore where index + 1 < bytes.endIndex && bytes[index + 1] == underscore:
                index += 2
                continue
            case openBracket:
                if let (text, end) = link(bytes, at: index) {
                    strip(text, closings: closings, into: &output)
                    index = end
                    continue
                }
            case less:
                if let end = tagEnd(bytes, at: index) {
                    let inner = bytes[(index + 1)..<(end - 1)]
                    if inner.starts(with: Array("http".utf8)) {
                        output.append(contentsOf: inner)
                    } else if inner.elementsEqual("sup".utf8), let close = next(in: closings, from: end) {
                        // Drop the footnote number with its tags: `<sup>3</sup>`.
                        index = close + 6
                        continue
                    }
                    index = end
                    continue
                }
            default:
                break
            }
            output.append(byte)
            index += 1
        }
    }

    /// `[text](target)` starting at `start`: the text and the index after `)`.
    static func link(_ bytes: ArraySlice<UInt8>, at start: Int) -> (ArraySlice<UInt8>, Int)? {
        var depth = 0
        var index = start
        var close: Int?
        while index < bytes.endIndex, index - start < 4096 {
            if bytes[index] == openBracket { depth += 1 }
            if bytes[index] == closeBracket {
                depth -= 1
                if depth == 0 { close = index; break }
            }
            index += 1
        }
        guard let close, close + 1 < bytes.endIndex, bytes[close + 1] == openParen else { return nil }
        var end = close + 2
        while end < bytes.endIndex, bytes[end] != closeParen, end - close < 4096 { end += 1 }
        guard end < bytes.endIndex, bytes[end] == closeParen else { return nil }
        return (bytes[(start + 1)..<close], end + 1)
    }

    /// The index after the `>` of a tag or autolink beginning at `start`, if it is one.
    private static func tagEnd(_ bytes: ArraySlice<UInt8>, at start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.endIndex else { return nil }
        let first = bytes[index]
        let isLetter =
            (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || first == UInt8(ascii: "/")
        guard isLetter else { return nil }
        while index < bytes.endIndex, index - start < 2048 {
            let byte = bytes[index]
            if byte == greater { return index + 1 }
            if byte == less || byte == UInt8(ascii: " ") { return nil }
            index += 1
        }
        return nil
    }
}
