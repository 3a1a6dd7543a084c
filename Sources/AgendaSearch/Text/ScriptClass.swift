/// What a folded scalar is to the tokeniser: part of a Latin/digit word, a CJK
/// character (bigrams and unigrams), or a separator.
enum ScriptClass: Sendable {
    case word
    case cjk
    case separator

    @inline(__always)
    init(_ value: UInt32) {
        if value < 0x80 {
            self = ScriptClass.isASCIIWord(value) ? .word : .separator
        } else if ScriptClass.isCJK(value) {
            self = .cjk
        } else if let scalar = Unicode.Scalar(value),
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        {
            self = .word
        } else {
            self = .separator
        }
    }

    @inline(__always)
    static func isASCIIWord(_ value: UInt32) -> Bool {
        (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
    }

    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }

    /// Han ideographs (all blocks), kana and Hangul syllables: scripts written without spaces.
    @inline(__always)
    static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x323AF, 0xF900...0xFAFF,
            0x3040...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF, 0xAC00...0xD7AF,
            0x3005...0x3007:
            return true
        default:
            return false
        }
    }

    static func isWord(_ value: UInt32) -> Bool { ScriptClass(value) == .word }
}
