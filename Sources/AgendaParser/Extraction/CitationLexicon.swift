/// Character classes and small word tests shared by the citation scanners.
///
/// Everything works on `Unicode.Scalar` slices so that a scan stays linear and
/// never builds `Character`s or `String`s for text it only looks at.
enum CitationLexicon {
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    /// A letter of a script written with spaces (Latin, Greek, Cyrillic …), diacritics included.
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        if isASCIILetter(scalar) { return true }
        return scalar.value >= 0xC0 && scalar.value < 0x2E80 && scalar.properties.isAlphabetic
    }

    static func isOpenParen(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == "（" }
    static func isCloseParen(_ scalar: Unicode.Scalar) -> Bool { scalar == ")" || scalar == "）" }
    static func isComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "，" }
    static func isSemicolon(_ scalar: Unicode.Scalar) -> Bool { scalar == ";" || scalar == "；" }

    /// Ends a sentence for the purpose of "earlier in the same sentence".
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "；": true
        default: false
        }
    }

    /// Ends a clause: where a narrative author can no longer reach a title.
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "；", ";", "。", "！", "？", "!", "?", "、", "：", ":", "》", "\n": true
        default: false
        }
    }

    /// `2023`, `2023a`, `2023年`, `2023a年`: a publication year, returned without `年`.
    static func yearToken<C: Collection>(_ scalars: C) -> String? where C.Element == Unicode.Scalar {
        var index = scalars.startIndex
        var digits: [UInt8] = []
        while index < scalars.endIndex, isDigit(scalars[index]), digits.count <= 4 {
            digits.append(UInt8(scalars[index].value))
            index = scalars.index(after: index)
        }
        guard digits.count == 4, (digits[0] == 0x31 && digits[1] == 0x39) || (digits[0] == 0x32 && digits[1] == 0x30)
        else { return nil }
        if index < scalars.endIndex, ("a"..."z").contains(scalars[index]) {
            digits.append(UInt8(scalars[index].value))
            index = scalars.index(after: index)
        }
        if index < scalars.endIndex, scalars[index] == "年" { index = scalars.index(after: index) }
        return index == scalars.endIndex ? String(decoding: digits, as: UTF8.self) : nil
    }

    /// Whether `word` occurs in `scalars` starting at `index`.
    static func matches(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for offset in 0..<word.count where scalars[index + offset] != word[offset] { return false }
        return true
    }

    /// Whether `word` ends just before `end` (exclusive).
    static func matches(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], endingAt end: Int) -> Bool {
        matches(word, in: scalars, at: end - word.count)
    }

    /// Whether any of `words` occurs inside `range` of `scalars`.
    static func containsAny(_ words: [[Unicode.Scalar]], in scalars: [Unicode.Scalar], range: Range<Int>) -> Bool {
        firstWord(of: words, in: scalars, range: range) != nil
    }

    /// The first of `words` found scanning `range` from its start.
    static func firstWord(of words: [[Unicode.Scalar]], in scalars: [Unicode.Scalar], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            for (number, word) in words.enumerated()
            where scalars[index] == word[0] && index + word.count <= range.upperBound
                && matches(word, in: scalars, at: index)
            {
                return number
            }
            index += 1
        }
        return nil
    }

    static func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `range` as a string, without surrounding blanks.
    /// Encodes to UTF-8 directly: building a `String.UnicodeScalarView` from
    /// scalars takes a slow generic path.
    func text(_ range: Range<Int>) -> String {
        var lower = Swift.max(range.lowerBound, 0)
        var upper = Swift.min(range.upperBound, count)
        while lower < upper, self[lower].isBlank { lower += 1 }
        while upper > lower, self[upper - 1].isBlank { upper -= 1 }
        guard lower < upper else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity((upper - lower) * 3)
        for index in lower..<upper {
            UTF8.encode(self[index]) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension CitationLexicon {
    /// A few short words, each with a value, found in one pass over a range:
    /// only positions whose scalar starts some word are compared.
    struct WordTable: Sendable {
        private var byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], value: Int)]] = [:]
        /// Bit `value % 64` of every first scalar: most positions are rejected without hashing.
        private var firstMask: UInt64 = 0

        init(_ words: [(String, Int)]) {
            for (word, value) in words {
                let scalars = Array(word.unicodeScalars)
                byFirst[scalars[0], default: []].append((scalars, value))
                firstMask |= 1 << UInt64(scalars[0].value & 63)
            }
        }

        /// The smallest value of the words that occur inside `range`, if any does.
        func smallestValue(in scalars: [Unicode.Scalar], range: Range<Int>) -> Int? {
            var best: Int?
            for index in range where firstMask & (1 << UInt64(scalars[index].value & 63)) != 0 {
                guard let candidates = byFirst[scalars[index]] else { continue }
                for candidate in candidates
                where index + candidate.word.count <= range.upperBound
                    && CitationLexicon.matches(candidate.word, in: scalars, at: index)
                {
                    best = Swift.min(best ?? candidate.value, candidate.value)
                }
            }
            return best
        }
    }

    /// Where the ASCII `needle` first occurs in `text`, by a byte scan (no Foundation search).
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return nil }
        var text = text
        guard let offset = text.withUTF8({ $0.firstOffset(of: pattern) }) else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: pattern.count)
    }
}
