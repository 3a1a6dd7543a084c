/// A one-line excerpt around the first match, for search results.
///
/// Sanitises the text, collapses runs of whitespace and newlines into one
/// space, cuts a window of at most `width` display columns around the first
/// match (about a third of the spare room before it), marks cut ends with
/// `…`, and re-expresses every match that is (partly) inside the window as
/// UTF-8 offsets into the snippet, so the caller can highlight them:
///
/// ```swift
/// let snippet = Snippet(text: passage, matches: hits, width: 60, measure: terminal.displayWidth)
/// print(snippet.styledText().rendered(colorEnabled: terminal.colorEnabled))
/// ```
struct Snippet: Sendable, Hashable {
    /// One line, at most the requested width, possibly starting or ending with `…`.
    var text: String
    /// Matches as UTF-8 offsets into `text`, sorted, clipped to the window.
    var matches: [Range<Int>]

    init(text: String, matches: [Range<Int>]) {
        self.text = text
        self.matches = matches
    }

    /// - Parameters:
    ///   - source: the passage text, unsanitised.
    ///   - matches: UTF-8 offsets into `source`, in any order.
    ///   - width: display columns for the whole snippet, ellipses included.
    init(source: String, matches: [Range<Int>], width: Int, measure: DisplayWidth = .standard) {
        // Only the neighbourhood of the first match matters: cut it out first,
        // so a snippet of a long document costs no more than one of a line.
        let excerpt = Excerpt(source, around: matches.filter { !$0.isEmpty }.map(\.lowerBound).min() ?? 0, width: width)
        let collapsed = CollapsedText(excerpt.text)
        let mapped =
            matches
            .map { collapsed.map(excerpt.clip($0)) }
            .filter { !$0.isEmpty }
            .sorted { $0.lowerBound < $1.lowerBound }
        let window = SnippetWindow(
            text: collapsed.text, focus: mapped.first, width: width, measure: measure,
            continuesBefore: excerpt.continuesBefore, continuesAfter: excerpt.continuesAfter)
        let ellipsis = "…"
        var text = window.leftCut ? ellipsis : ""
        let shift = text.utf8.count - window.range.lowerBound
        let utf8 = collapsed.text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: window.range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: window.range.upperBound)
        text += collapsed.text[lower..<upper]
        if window.rightCut { text += ellipsis }
        self.text = text
        self.matches = mapped.compactMap { match in
            let low = max(match.lowerBound, window.range.lowerBound)
            let high = min(match.upperBound, window.range.upperBound)
            return low < high ? (low + shift)..<(high + shift) : nil
        }
    }

    /// The snippet with its matches in `style` (bold red by default).
    func styledText(_ style: Style = .highlight) -> StyledText {
        StyledText(text: text, spans: matches.map { StyledText.Span(range: $0, style: style) })
    }
}

/// Sanitised text with whitespace runs collapsed to one space and trimmed,
/// remembering where each kept scalar came from.
struct CollapsedText {
    private(set) var text = ""
    /// For each scalar of `text`: its UTF-8 offset in the source, and in `text`.
    private var sourceOffsets: [Int] = []
    private var offsets: [Int] = []

    init(_ source: String) {
        var scalars = String.UnicodeScalarView()
        var length = 0
        var pendingSpace: Int?  // source offset of a whitespace run not yet written
        TerminalText.forEachSafeScalar(in: source) { scalar, sourceOffset in
            if Self.isWhitespace(scalar.value) {
                if !scalars.isEmpty && pendingSpace == nil { pendingSpace = sourceOffset }
                return
            }
            if let space = pendingSpace {
                sourceOffsets.append(space)
                offsets.append(length)
                scalars.append(" ")
                length += 1
                pendingSpace = nil
            }
            sourceOffsets.append(sourceOffset)
            offsets.append(length)
            scalars.append(scalar)
            length += UTF8.width(scalar)
        }
        text = String(scalars)
    }

    /// Unicode White_Space, without a property lookup per scalar.
    private static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A source range as a range of `text`: each end moves to the next kept scalar.
    func map(_ range: Range<Int>) -> Range<Int> {
        let low = position(range.lowerBound)
        return low..<max(low, position(range.upperBound))
    }

    private func position(_ sourceOffset: Int) -> Int {
        var low = 0
        var high = sourceOffsets.count
        while low < high {
            let mid = (low + high) / 2
            if sourceOffsets[mid] < sourceOffset { low = mid + 1 } else { high = mid }
        }
        return low < offsets.count ? offsets[low] : text.utf8.count
    }
}

/// The part of a long text near an offset, generously more than a snippet of
/// `width` columns can show, cut on scalar boundaries.
private struct Excerpt {
    var text: String
    var start: Int
    var continuesBefore: Bool
    var continuesAfter: Bool

    init(_ source: String, around offset: Int, width: Int) {
        let utf8 = source.utf8
        let count = utf8.count
        let margin = 8 * max(width, 1) + 64  // bytes: a CJK column takes 1.5, an ASCII one 1
        guard count > 2 * margin else {
            self.init(text: source, start: 0, continuesBefore: false, continuesAfter: false)
            return
        }
        func scalarStart(_ offset: Int) -> Int {
            var offset = min(max(offset, 0), count)
            while offset < count && utf8[utf8.index(utf8.startIndex, offsetBy: offset)] & 0xC0 == 0x80 { offset += 1 }
            return offset
        }
        let lower = scalarStart(offset - margin)
        let upper = scalarStart(offset + margin)
        let text = String(
            source[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)])
        self.init(text: text, start: lower, continuesBefore: lower > 0, continuesAfter: upper < count)
    }

    private init(text: String, start: Int, continuesBefore: Bool, continuesAfter: Bool) {
        self.text = text
        self.start = start
        self.continuesBefore = continuesBefore
        self.continuesAfter = continuesAfter
    }

    /// A range of the source as a range of `text`, clipped to it.
    func clip(_ range: Range<Int>) -> Range<Int> {
        let length = text.utf8.count
        let low = min(max(range.lowerBound - start, 0), length)
        return low..<min(max(range.upperBound - start, low), length)
    }
}
