/// Substring tests on UTF-8 bytes. The parser looks for fixed ASCII or CJK
/// markers (`http`, `等人`, `.`); comparing bytes is exact for them and avoids
/// Foundation's `contains`, which costs thousands of instructions a call.
extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte.
    func containsText(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        if let found = utf8.withContiguousStorageIfAvailable({ $0.containsBytes(pattern) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { $0.containsBytes(pattern) }
    }
}

extension StringProtocol {
    /// Exactly `hasPrefix(prefix)` for a `prefix` whose characters have no other
    /// canonical form (ASCII, CJK ideographs, full-width punctuation), with its bytes
    /// tried first: `String.hasPrefix` compares `Character`s for any text that is not
    /// ASCII, a cost the parser's per-line checks paid on every Chinese line.
    @inline(__always)
    func hasLiteralPrefix(_ prefix: String) -> Bool {
        func startsWithPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            for byte in prefix.utf8 {
                guard index < bytes.count, bytes[index] == byte else { return false }
                index += 1
            }
            return true
        }
        // The bytes are compared in place: `utf8.starts(with:)` iterates both views generically.
        let bytesMatch = utf8.withContiguousStorageIfAvailable(startsWithPrefix) ?? utf8.starts(with: prefix.utf8)
        return bytesMatch && hasPrefix(prefix)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where `needle` first occurs in these bytes (the parser's needles and lines are short: a plain scan).
    func firstOffset(of needle: [UInt8]) -> Int? {
        guard let first = needle.first else { return 0 }
        guard needle.count <= count else { return nil }
        var index = 0
        let last = count - needle.count
        while index <= last {
            if self[index] == first {
                var matched = 1
                while matched < needle.count, self[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs in these bytes.
    func containsBytes(_ needle: [UInt8]) -> Bool { firstOffset(of: needle) != nil }
}

extension String {
    /// The string of `scalars`, encoded to UTF-8 directly: building a
    /// `String.UnicodeScalarView` from scalars takes a slow generic path.
    init(unicodeScalars scalars: some Collection<Unicode.Scalar>) {
        var utf8Count = 0
        for scalar in scalars { utf8Count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: utf8Count) { buffer in
            var at = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[at] = byte
                    at += 1
                }
            }
            return at
        }
    }
}

extension StringProtocol {
    /// The text's Unicode scalars, decoded from its UTF-8 in one pass:
    /// `Array(unicodeScalars)` counts them first and copies them through a
    /// generic path, several times slower on the parser's every block.
    var scalarArray: [Unicode.Scalar] {
        if let scalars = utf8.withContiguousStorageIfAvailable(Self.decodeScalars) { return scalars }
        return Array(utf8).withUnsafeBufferPointer(Self.decodeScalars)
    }

    /// Decodes valid UTF-8 (a Swift string's storage), so no byte needs checking.
    private static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            initialized = ScalarDecoder.decode(bytes, 0..<bytes.count, into: buffer, at: 0)
        }
    }
}

/// Unicode scalars straight out of valid UTF-8, into a caller's buffer.
enum ScalarDecoder {
    /// Writes the scalars of `bytes[range]` (valid UTF-8, cut at scalar boundaries) to
    /// `destination` from `start`, which must have room for one per byte; returns the end.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        into destination: UnsafeMutableBufferPointer<Unicode.Scalar>, at start: Int
    ) -> Int {
        var index = range.lowerBound
        var count = start
        let end = range.upperBound
        while index < end {
            let (scalar, width) = decode(bytes, at: index)
            destination[count] = scalar
            count += 1
            index += width
        }
        return count
    }

    /// The scalar starting at byte `index` of valid UTF-8, and its width in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let width: Int
        if lead < 0x80 {
            (value, width) = (lead, 1)
        } else if lead < 0xE0 {
            (value, width) = ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            width = 3
        } else {
            value =
                (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// `bytes[range]` without the blanks at either end (see `UTF8Blanks`).
    static func trimmingBlanks(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        while lower < range.upperBound, let width = UTF8Blanks.width(startingAt: lower, in: bytes[range]) {
            lower += width
        }
        var upper = range.upperBound
        while upper > lower, let width = UTF8Blanks.width(endingAt: upper, in: bytes[lower..<upper]) { upper -= width }
        return lower..<upper
    }
}

extension String {
    /// `split(separator: " ")` as strings, cut on bytes where that is the same: when every
    /// space's neighbours are ASCII, no space is part of a longer `Character` (no mark
    /// follows it, no prepended letter precedes it). Other names are split by `Character`s,
    /// which cost the citation code thousands of instructions a name.
    package func wordsBetweenSpaces() -> [String] {
        var text = self
        let words: [String]? = text.withUTF8 { bytes in
            let space = UInt8(ascii: " ")
            var words: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == space {
                guard index == 0 || bytes[index - 1] < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 else {
                    return nil
                }
                if index > start {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            if bytes.count > start {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return words
        }
        return words ?? split(separator: " ").map(String.init)
    }
}
