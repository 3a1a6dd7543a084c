/// Removes inline Markdown and HTML from one line of text, keeping what a reader sees:
/// `[text](url)` → `text`, `**bold**` → `bold`, `<sup>3</sup>` → ``, `<https://x>` → `https://x`.
enum InlineMarkup {
    static func plain(_ line: String) -> String {
        // Fast path: most lines of running text hold no markup at all.
        if !line.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "_") }) {
            return line
        }
        var output = String.UnicodeScalarView()
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*", "`":
                index += 1
                continue
            case "_" where index + 1 < scalars.count && scalars[index + 1] == "_":
                index += 2
                continue
            case "[":
                if let (text, end) = link(scalars, at: index) {
                    output.append(contentsOf: plain(text).unicodeScalars)
                    index = end
                    continue
                }
            case "<":
                if let end = tagEnd(scalars, at: index) {
                    let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<(end - 1)]))
                    if inner.hasPrefix("http://") || inner.hasPrefix("https://") {
                        output.append(contentsOf: inner.unicodeScalars)
                    } else if inner == "sup" {
                        // Drop the footnote number with its tags: `<sup>3</sup>`.
                        if let close = find(Array("</sup>".unicodeScalars), in: scalars, from: end) {
                            index = close + 6
                            continue
                        }
                    }
                    index = end
                    continue
                }
            default:
                break
            }
            output.append(scalar)
            index += 1
        }
        return String(output)
    }

    /// `[text](target)` starting at `start`: the text and the index after `)`.
    static func link(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var depth = 0
        var index = start
        var closeBracket: Int?
        while index < scalars.count {
            if scalars[index] == "[" { depth += 1 }
            if scalars[index] == "]" {
                depth -= 1
                if depth == 0 { closeBracket = index; break }
            }
            index += 1
        }
        guard let closeBracket, closeBracket + 1 < scalars.count, scalars[closeBracket + 1] == "(" else { return nil }
        guard let closeParen = scalars[(closeBracket + 2)...].firstIndex(of: ")") else { return nil }
        let text = String(String.UnicodeScalarView(scalars[(start + 1)..<closeBracket]))
        return (text, closeParen + 1)
    }

    /// The index after the `>` of a tag or autolink beginning at `start`, if it is one.
    private static func tagEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var index = start + 1
        while index < scalars.count, index - start < 2048 {
            let scalar = scalars[index]
            if scalar == ">" { return index > start + 1 ? index + 1 : nil }
            if scalar == "<" || scalar == " " && !(scalars[start + 1] == "/" || scalars[start + 1].properties.isAlphabetic) {
                return nil
            }
            if scalar == " " { return nil }
            index += 1
        }
        return nil
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = from
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
