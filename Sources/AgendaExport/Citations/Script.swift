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
    /// Read on UTF-8 bytes: appending scalar by scalar to a `String.UnicodeScalarView`
    /// was a twelfth of a Markdown export.
    static func collapsingWhitespace(_ text: String) -> String {
        if isCollapsed(text) { return text }
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                if let width = whitespaceWidth(bytes, at: index) {
                    pendingSpace = !output.isEmpty
                    index += width
                } else {
                    // Bytes of other characters are copied one by one: no whitespace starts inside one.
                    if pendingSpace { output.append(UInt8(ascii: " ")) }
                    pendingSpace = false
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The byte length of the whitespace (as `isWhitespace` has it) starting at `index`, if any.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2: return byte(1) == 0x85 || byte(1) == 0xA0 ? 2 : nil  // U+0085, U+00A0
        case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80 ? 3 : nil  // U+1680
        case 0xE2:
            switch (byte(1), byte(2)) {
            case (0x80, 0x80...0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F): return 3
            default: return nil
            }
        case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80 ? 3 : nil  // U+3000
        default: return nil
        }
    }

    /// True for ASCII text with single spaces only and none at the ends: the usual case.
    private static func isCollapsed(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            if byte >= 0x80 || (byte < 0x20) { return false }
            let isSpace = byte == 0x20
            if isSpace && previousWasSpace { return false }
            previousWasSpace = isSpace
        }
        return !previousWasSpace || text.isEmpty
    }

    /// Unicode's White_Space property, as a table (the property lookup is slow in hot loops).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// True when the UTF-8 of `text` contains that of `needle` (byte comparison, no Foundation).
    static func contains(_ text: String, bytes needle: String) -> Bool {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }
}
