extension DisplayWidth {
    /// Scalar-by-scalar measuring with just enough memory for emoji sequences.
    ///
    /// Everything it remembers lives inside one grapheme cluster (U+FE0F, ZWJ
    /// and skin-tone modifiers all extend the cluster before them), which is
    /// what keeps widths additive over `Character`s.
    struct SequenceState {
        /// Last scalar that took columns, or that a ZWJ joined.
        private var base: UInt32 = 0
        private var baseWidth = 0
        private var joinsNext = false
        /// A regional indicator that has not been paired into a flag yet.
        private var flagIsOpen = false
        /// Whether the last scalar belongs to the cluster before it (a mark,
        /// a selector, a joiner or what it joins, a modifier, a flag's second half).
        private(set) var extendsCluster = false

        mutating func advance(_ scalar: Unicode.Scalar, measure: DisplayWidth) -> Int {
            let value = scalar.value
            let joined = joinsNext
            joinsNext = false
            let pairsFlag = flagIsOpen
            flagIsOpen = false
            extendsCluster = true
            if value < 0x7F {
                extendsCluster = false
                base = value
                baseWidth = value >= 0x20 ? 1 : 0
                return baseWidth
            }
            switch value {
            case 0xFE0F:
                // Emoji presentation selector: a text-default emoji becomes wide.
                guard baseWidth == 1, DisplayWidth.isEmojiVariationBase(base) else { return 0 }
                baseWidth = 2
                return 1
            case 0x200D:
                joinsNext = baseWidth > 0 && DisplayWidth.isExtendedPictographic(base)
                return 0
            case 0x1F3FB...0x1F3FF where baseWidth == 2 && DisplayWidth.isExtendedPictographic(base):
                return 0  // skin tone modifies the emoji before it
            case 0x1F1E6...0x1F1FF:
                // Regional indicators are wide alone; two make one wide flag.
                flagIsOpen = !pairsFlag
                extendsCluster = pairsFlag
                base = value
                baseWidth = 2
                return pairsFlag ? 0 : 2
            default:
                break
            }
            if joined && DisplayWidth.isExtendedPictographic(value) {
                base = value
                baseWidth = 2
                return 0
            }
            let width = measure.columns(scalar)
            if width > 0 {
                base = value
                baseWidth = width
            }
            extendsCluster = width == 0 && value > 0x9F  // C1 controls stand alone
            return width
        }
    }

    static func isEmojiVariationBase(_ value: UInt32) -> Bool {
        containsPair(EastAsianWidthTable.emojiVariationBases, value)
    }

    static func isExtendedPictographic(_ value: UInt32) -> Bool {
        value >= 0xA9 && containsPair(EastAsianWidthTable.extendedPictographic, value)
    }

    /// Binary search in a flat `[first, last, first, last, …]` table.
    private static func containsPair(_ table: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count / 2
        while low < high {
            let mid = (low &+ high) >> 1
            if table[2 * mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low > 0 && value <= table[2 * (low - 1) + 1]
    }
}
