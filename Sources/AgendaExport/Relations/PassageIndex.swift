import AgendaParser

/// Finds the passage (paragraph, table row, list item …) that holds a line.
struct PassageIndex: Sendable {
    private struct Span: Sendable {
        var first: Int
        var last: Int
        var passage: Int
    }

    private var spans: [String: [Span]] = [:]

    init(_ passages: [Passage]) {
        for (index, passage) in passages.enumerated() {
            let numbers = passage.lines.lineNumbers
            guard let first = numbers.min(), let last = numbers.max() else { continue }
            spans[passage.lines.document, default: []].append(Span(first: first, last: last, passage: index))
        }
        for document in spans.keys { spans[document]?.sort { ($0.first, $0.last) < ($1.first, $1.last) } }
    }

    /// The lines of the passage holding `location`, or just its own line when no passage does.
    func lines(around location: SourceLocation) -> ClosedRange<Int> {
        guard let list = spans[location.document] else { return location.line...location.line }
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].first <= location.line { low = mid + 1 } else { high = mid }
        }
        // Passages do not overlap: only the last one starting at or before the line can hold it.
        guard low > 0, list[low - 1].last >= location.line else { return location.line...location.line }
        return list[low - 1].first...list[low - 1].last
    }
}
