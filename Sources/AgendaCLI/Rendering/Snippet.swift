/// A one-line excerpt around the first match, for search results.
///
/// Sanitises the text, collapses runs of whitespace and newlines into one
/// space, cuts a window of at most `width` display columns around the first
/// match (about a third of the spare room before it), marks cut ends with
/// `…`, and re-expresses every match that is (partly) inside the window as
/// UTF-8 offsets into the snippet, so the caller can highlight them:
///
/// ```swift
/// let snippet = Snippet(source: passage, matches: hits, width: 60, measure: terminal.displayWidth)
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
        let first = matches.filter { !$0.isEmpty }.map(\.lowerBound).min() ?? 0
        let excerpt = SnippetExcerpt(source, around: first, width: width)
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
