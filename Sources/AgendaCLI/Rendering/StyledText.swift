/// Plain text plus styled spans, kept apart so layout measures only the text.
///
/// Span ranges are UTF-8 offsets into `text` on scalar boundaries; spans may
/// overlap (their parameters combine). `rendered(colorEnabled:)` emits the
/// escape codes, after layout.
struct StyledText: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    struct Span: Sendable, Hashable {
        var range: Range<Int>
        var style: Style
    }

    var text: String
    var spans: [Span]

    init(_ text: String, style: Style = .plain) {
        self.text = text
        self.spans = style.isPlain || text.isEmpty ? [] : [Span(range: 0..<text.utf8.count, style: style)]
    }

    init(text: String, spans: [Span]) {
        self.text = text
        self.spans = spans
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    var description: String { text }

    static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        let shift = lhs.text.utf8.count
        let moved = rhs.spans.map {
            Span(range: ($0.range.lowerBound + shift)..<($0.range.upperBound + shift), style: $0.style)
        }
        return StyledText(text: lhs.text + rhs.text, spans: lhs.spans + moved)
    }

    /// The part of the text in `range` (UTF-8 offsets), spans clipped and shifted.
    func slice(_ range: Range<Int>) -> StyledText {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        var clipped: [Span] = []
        for span in spans {
            let low = max(span.range.lowerBound, range.lowerBound)
            let high = min(span.range.upperBound, range.upperBound)
            if low < high {
                clipped.append(Span(range: (low - range.lowerBound)..<(high - range.lowerBound), style: span.style))
            }
        }
        return StyledText(text: String(text[lower..<upper]), spans: clipped)
    }

    /// The text with escape codes for its spans when `colorEnabled`, else the text.
    func rendered(colorEnabled: Bool) -> String {
        guard colorEnabled, !spans.isEmpty else { return text }
        var cuts = Set<Int>([0, text.utf8.count])
        for span in spans {
            cuts.insert(min(max(span.range.lowerBound, 0), text.utf8.count))
            cuts.insert(min(max(span.range.upperBound, 0), text.utf8.count))
        }
        let bounds = cuts.sorted()
        let utf8 = text.utf8
        var output = ""
        for (low, high) in zip(bounds, bounds.dropFirst()) where low < high {
            let piece = String(
                text[utf8.index(utf8.startIndex, offsetBy: low)..<utf8.index(utf8.startIndex, offsetBy: high)])
            let style = spans.filter { $0.range.lowerBound <= low && high <= $0.range.upperBound }
                .reduce(Style.plain) { $0 + $1.style }
            output += style.apply(to: piece, enabled: true)
        }
        return output
    }
}
