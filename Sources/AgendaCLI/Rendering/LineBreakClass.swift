/// How a grapheme behaves at a line break: where `TextWrapper` may break.
///
/// A best-effort subset of UAX #14 plus Chinese/Japanese kinsoku rules:
/// break at spaces, anywhere around ideographs, after a hyphen inside a
/// word but not before a digit (`utf-16be`, `GPT-4`: UAX #14 LB25); never
/// before closing punctuation nor after opening punctuation.
struct LineBreakClass: Sendable, Hashable {
    /// An ASCII space: a break opportunity that disappears at the break.
    var isSpace = false
    /// Ideographs, kana, fullwidth forms, wide emoji: breaks allowed on both sides.
    var isIdeographic = false
    /// Closing punctuation such as `，。、）」』”’` and `,.;:!?)`: never starts a line.
    var noBreakBefore = false
    /// Opening punctuation such as `（「『“‘` and `([{`: never ends a line.
    var noBreakAfter = false
    /// A letter or digit (hyphen breaks need one on each side).
    var isAlphanumeric = false
    /// An ASCII digit: a hyphen before it is a minus or a range, and stays with it.
    var isDigit = false
    /// A `-` right after a letter or digit.
    var isWordHyphen = false

    /// The class of a cluster starting with `first` and `width` columns wide.
    init(_ first: Unicode.Scalar, width: Int, previous: LineBreakClass?) {
        let value = first.value
        if value < 0x80 {
            self = Self(ascii: UInt8(value), previous: previous)
            return
        }
        if value >= 0x3400 && value <= 0x9FFF {  // CJK ideographs: the common case
            isIdeographic = true
            return
        }
        if Self.closing.contains(value) {
            noBreakBefore = true
            isIdeographic = width == 2
            return
        }
        if Self.opening.contains(value) {
            noBreakAfter = true
            isIdeographic = width == 2
            return
        }
        if width == 2 {
            isIdeographic = !Self.isHangul(value)
            isAlphanumeric = !isIdeographic
        } else {
            isAlphanumeric = first.properties.isAlphabetic || first.properties.numericType != nil
        }
    }

    /// The common case without lookups.
    private init(ascii: UInt8, previous: LineBreakClass?) {
        switch ascii {
        case 0x20: isSpace = true
        case 0x2D: isWordHyphen = previous?.isAlphanumeric ?? false
        case 0x30...0x39:
            isAlphanumeric = true
            isDigit = true
        case 0x41...0x5A, 0x61...0x7A: isAlphanumeric = true
        // , . ; : ! ? ) ] } % '
        case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x25, 0x27: noBreakBefore = true
        // ( [ {
        case 0x28, 0x5B, 0x7B: noBreakAfter = true
        default: break
        }
    }

    /// Whether a line may break between `before` and `after` (neither a space).
    static func canBreak(between before: LineBreakClass, and after: LineBreakClass) -> Bool {
        if before.noBreakAfter || after.noBreakBefore { return false }
        if before.isIdeographic || after.isIdeographic { return true }
        return before.isWordHyphen && after.isAlphanumeric && !after.isDigit
    }

    /// Korean separates words with spaces; keep Hangul words whole like Latin ones.
    private static func isHangul(_ value: UInt32) -> Bool {
        (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value)
            || (0x3130...0x318F).contains(value)
    }

    private static let closing: Set<UInt32> = Set(
        "\u{2019}\u{201D}\u{00BB}\u{2026}\u{2025}\u{2014}\u{00B7}\u{2030}\u{2103}\u{00B0}\u{2032}\u{2033}"
            .unicodeScalars.map(\.value)
            + "，。、；：？！）］｝〕〉》」』】〙〗〟｠・ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ．％～｡｣､"
            .unicodeScalars.map(\.value)
    )

    private static let opening: Set<UInt32> = Set(
        "\u{2018}\u{201C}\u{00AB}（［｛〔〈《「『【〘〖〝｟｢".unicodeScalars.map(\.value)
    )
}
