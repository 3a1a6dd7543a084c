/// Text made safe for Markdown (CommonMark and pandoc's dialect).
enum MarkdownText {
    /// Backslash-escapes the punctuation that would start emphasis, links, code,
    /// HTML, math or a pandoc citation.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "$", "@", "|", "#", "~", "^":
                output.unicodeScalars.append("\\")
            default:
                break
            }
            output.unicodeScalars.append(scalar)
        }
        return output
    }

    /// True when the text already ends a sentence (`…behavior?`), so no full stop follows it.
    static func endsSentence(_ text: String) -> Bool {
        text.last.map { ".?!。？！".contains($0) } ?? false
    }

    /// A URL for `<…>` autolinks: spaces and angle brackets percent-encoded.
    static func autolink(_ url: String) -> String {
        var output = "<"
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": output += "%20"
            case "<": output += "%3C"
            case ">": output += "%3E"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + ">"
    }

    /// The text as an inline code span, fenced with more backticks than it contains.
    static func codeSpan(_ text: String) -> String {
        var longest = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = text.hasPrefix("`") || text.hasSuffix("`") || longest > 0 ? " " : ""
        return "\(fence)\(padding)\(text)\(padding)\(fence)"
    }

    /// `A`, `A & B`, `A, B & C`, `A et al.` from family names.
    static func authors(_ names: [PersonName], others: Bool = false) -> String {
        let families = names.map { escape($0.familyName) }
        if others, let first = families.first { return "\(first) et al." }
        switch families.count {
        case 0: return ""
        case 1: return families[0]
        case 2, 3: return families.dropLast().joined(separator: ", ") + " & " + families[families.count - 1]
        default: return "\(families[0]) et al."
        }
    }
}
