/// Columns a string occupies in a terminal (what `wcswidth` would say, plus emoji sequences).
///
/// East Asian Wide and Fullwidth take 2 columns; combining marks, format
/// characters, controls and zero-width joiners take 0; East Asian Ambiguous
/// characters (box drawing, `“ ” … ·`) take 1 unless `ambiguousIsWide`.
/// Emoji sequences count once: `❤️` (narrow base + U+FE0F) is 2, a ZWJ
/// sequence such as 👨‍👩‍👧 is 2, a skin-tone modifier adds nothing.
///
/// Widths are additive over grapheme clusters: measuring a string equals the
/// sum of measuring its `Character`s, so layout code may measure piece by piece.
struct DisplayWidth: Sendable, Hashable {
    /// Draw East Asian Ambiguous characters 2 columns wide (CJK legacy terminals).
    var ambiguousIsWide: Bool

    init(ambiguousIsWide: Bool = false) {
        self.ambiguousIsWide = ambiguousIsWide
    }

    /// Narrow ambiguous characters: what most terminals do.
    static let standard = DisplayWidth()

    /// Columns of `text`; ASCII is measured without looking anything up.
    func columns(_ text: some StringProtocol) -> Int {
        var asciiOnly = true
        var printable = 0
        for byte in text.utf8 {
            if byte >= 0x80 {
                asciiOnly = false
                break
            }
            if byte >= 0x20 && byte != 0x7F { printable += 1 }
        }
        if asciiOnly { return printable }
        var state = SequenceState()
        var total = 0
        for scalar in text.unicodeScalars {
            total += state.advance(scalar, measure: self)
        }
        return total
    }

    /// Columns of one grapheme cluster.
    func columns(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii != 0x7F ? 1 : 0
        }
        var state = SequenceState()
        var total = 0
        for scalar in character.unicodeScalars {
            total += state.advance(scalar, measure: self)
        }
        return total
    }

    /// Columns of a scalar on its own (no sequence context): 0, 1 or 2.
    func columns(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        switch Self.kind(of: value) {
        case .zero: return 0
        case .wide: return 2
        case .ambiguous: return ambiguousIsWide ? 2 : 1
        case .narrow: return 1
        }
    }

    enum Kind: UInt8 {
        case narrow = 0
        case zero = 1
        case wide = 2
        case ambiguous = 3
    }

    /// Table kind of a code point, by binary search (with a shortcut for CJK ideographs).
    static func kind(of value: UInt32) -> Kind {
        if value >= 0x4E00 && value <= 0x9FFF { return .wide }
        let starts = EastAsianWidthTable.starts
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low &+ high) >> 1
            if starts[mid] <= value { low = mid + 1 } else { high = mid }
        }
        guard low > 0, value <= EastAsianWidthTable.ends[low - 1] else { return .narrow }
        return Kind(rawValue: EastAsianWidthTable.kinds[low - 1]) ?? .narrow
    }
}
