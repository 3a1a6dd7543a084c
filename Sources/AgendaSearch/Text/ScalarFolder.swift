import Foundation

/// Folds one scalar to its search form: NFKC (ＲＬＨＦ → RLHF), lower case,
/// Traditional → Simplified (對 → 对), CJK punctuation unified with ASCII
/// (“ ” → ", 。→ ., 、→ ,), accents dropped from Latin, Greek and Cyrillic
/// letters (é → e), every kind of space made one ASCII space, invisible
/// characters dropped.
///
/// Working scalar by scalar keeps a map from folded text back to the original,
/// so matches can be highlighted where they are written. The common cases
/// (ASCII, CJK ideographs, full-width forms, punctuation) are table look-ups;
/// anything rarer asks Foundation once and is remembered in `memo`.
struct ScalarFolder {
    private var memo: [UInt32: [UInt32]] = [:]

    init() {}

    /// Appends the folded form of `value` (zero, one or more scalars) to `output`.
    @inline(__always)
    mutating func fold(_ value: UInt32, into output: inout [UInt32]) {
        if let single = ScalarFolder.quickFold(value) {
            if single != ScalarFolder.dropped { output.append(single) }
            return
        }
        if let known = memo[value] {
            output.append(contentsOf: known)
            return
        }
        let folded = ScalarFolder.slowFold(value)
        memo[value] = folded
        output.append(contentsOf: folded)
    }

    /// Marks a scalar that folds to nothing.
    static let dropped: UInt32 = 0xFFFF_FFFF

    /// The folded scalar for the common cases, `dropped`, or nil when Foundation must decide.
    @inline(__always)
    static func quickFold(_ value: UInt32) -> UInt32? {
        if value < 0x80 {
            if (0x41...0x5A).contains(value) { return value + 0x20 }
            if (0x09...0x0D).contains(value) { return 0x20 }
            return value
        }
        if (0x3400...0x9FFF).contains(value) { return TraditionalSimplified.simplify(value) }
        if (0xFF01...0xFF5E).contains(value) { return quickFold(value - 0xFEE0) }
        switch value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return 0x20
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF, 0x0300...0x036F:
            return dropped
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032:
            return 0x27  // '
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x301D, 0x301E, 0x301F:
            return 0x22  // "
        case 0x3002, 0xFF61:
            return 0x2E  // .
        case 0x3001, 0xFF64:
            return 0x2C  // ,
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63:
            return 0x2D  // -
        case 0x3010:
            return 0x5B  // [
        case 0x3011:
            return 0x5D  // ]
        case 0x3014:
            return 0x28  // (
        case 0x3015:
            return 0x29  // )
        case 0x20000...0x2A6DF:
            return TraditionalSimplified.simplify(value)
        case 0x3040...0x30FF, 0xAC00...0xD7AF, 0x2A6E0...0x323AF:
            return value
        default:
            return nil
        }
    }

    /// Foundation's answer for a rare scalar, passed through `quickFold` again.
    static func slowFold(_ value: UInt32) -> [UInt32] {
        guard let scalar = Unicode.Scalar(value) else { return [] }
        let text = String(Character(scalar))
        let stripsAccents: Bool
        switch value {
        case 0x00C0...0x024F, 0x0370...0x04FF, 0x1E00...0x1FFF: stripsAccents = true
        default: stripsAccents = false
        }
        let mapped =
            stripsAccents
            ? text.decomposedStringWithCompatibilityMapping.lowercased()
            : text.precomposedStringWithCompatibilityMapping.lowercased()
        var result: [UInt32] = []
        for part in mapped.unicodeScalars {
            if let quick = quickFold(part.value) {
                if quick != dropped { result.append(quick) }
            } else {
                result.append(part.value)
            }
        }
        return result
    }
}
