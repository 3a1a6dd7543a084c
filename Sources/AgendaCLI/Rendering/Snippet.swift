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
        let collapsed = CollapsedText(source)
        let mapped = matches.map(collapsed.map).filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        let window = SnippetWindow(text: collapsed.text, focus: mapped.first, width: width, measure: measure)
        let ellipsis = "…"
        var text = window.leftCut ? ellipsis : ""
        let shift = text.utf8.count - window.range.lowerBound
        let utf8 = collapsed.text.utf8
        text +=
            collapsed.text[
                utf8.index(
                    utf8.startIndex, offsetBy: window.range.lowerBound)..<utf8.index(
                        utf8.startIndex, offsetBy: window.range.upperBound)]
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
            if scalar.properties.isWhitespace {
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
