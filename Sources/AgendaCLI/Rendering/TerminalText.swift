/// The one gate between document text and a terminal.
///
/// Everything that came from a document goes through `sanitize(_:)` before it
/// is laid out or printed, so a document cannot move the cursor, recolour
/// the screen, set the window title, plant hyperlinks, or reorder text with
/// bidi controls.
enum TerminalText {
    /// Text safe to print: keeps `\n`, turns tab into one space and CR / CRLF /
    /// U+2028 / U+2029 into `\n`; drops other C0 and C1 controls, DEL, whole
    /// escape sequences (CSI, OSC, DCS, SOS, PM, APC and two-byte `ESC x`,
    /// in 7-bit and 8-bit forms), bidi embeddings, overrides, isolates and
    /// marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
    ///
    /// Returns `text` itself when there is nothing to remove.
    static func sanitize(_ text: String) -> String {
        guard needsSanitizing(text) else { return text }
        var output = String.UnicodeScalarView()
        forEachSafeScalar(in: text) { scalar, _ in output.append(scalar) }
        return String(output)
    }

    /// Whether `sanitize` would change `text`; a byte scan, no decoding.
    static func needsSanitizing(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x0A) || byte == 0x7F { return true }
            } else {
                switch (beforePrevious, previous) {
                case (_, 0xC2) where byte <= 0x9F:  // C1 controls U+0080–U+009F
                    return true
                case (_, 0xD8) where byte == 0x9C:  // U+061C arabic letter mark
                    return true
                case (0xE2, 0x80) where byte == 0x8E || byte == 0x8F || (0xA8...0xAE).contains(byte):
                    return true  // U+200E, U+200F, U+2028–U+202E
                case (0xE2, 0x81) where (0xA6...0xA9).contains(byte):  // U+2066–U+2069
                    return true
                default:
                    break
                }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Calls `emit` with every scalar that survives sanitising (after the tab
    /// and newline replacements) and the UTF-8 offset in `text` of the scalar
    /// it came from, in order.
    static func forEachSafeScalar(in text: String, _ emit: (Unicode.Scalar, Int) -> Void) {
        var filter = EscapeFilter()
        var offset = 0
        for scalar in text.unicodeScalars {
            if let kept = filter.accept(scalar) { emit(kept, offset) }
            offset += UTF8.width(scalar)
        }
    }
}
