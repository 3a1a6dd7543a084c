/// Which writing system a piece of text uses, as far as exports care.
enum Script {
    /// True when `text` holds any Han, kana, Hangul or full-width CJK punctuation.
    static func containsCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isCJK)
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF,  // radicals
            0x3000...0x303F,  // CJK symbols and punctuation (《》、。)
            0x3040...0x30FF,  // kana
            0x3100...0x31BF,  // bopomofo
            0x3400...0x4DBF,  // extension A
            0x4E00...0x9FFF,  // unified ideographs
            0xAC00...0xD7AF,  // Hangul
            0xF900...0xFAFF,  // compatibility ideographs
            0xFF00...0xFFEF,  // full-width forms (，（）)
            0x20000...0x3134F:  // extensions B–G
            return true
        default:
            return false
        }
    }

    /// Collapses runs of whitespace (including newlines) to one space and trims the ends.
    static func collapsingWhitespace(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.unicodeScalars.append(" ") }
                pendingSpace = false
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
