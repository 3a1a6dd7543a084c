extension StyledText {
    /// The text through `TerminalText.sanitize`, span offsets moved to match.
    func sanitized() -> StyledText {
        guard TerminalText.needsSanitizing(text) else { return self }
        var output = String.UnicodeScalarView()
        var newOffsets: [(old: Int, new: Int)] = []
        var newLength = 0
        TerminalText.forEachSafeScalar(in: text) { scalar, oldOffset in
            newOffsets.append((oldOffset, newLength))
            output.append(scalar)
            newLength += UTF8.width(scalar)
        }
        // First kept scalar at or after an old offset; the end when none.
        func map(_ old: Int) -> Int {
            var low = 0
            var high = newOffsets.count
            while low < high {
                let mid = (low + high) / 2
                if newOffsets[mid].old < old { low = mid + 1 } else { high = mid }
            }
            return low < newOffsets.count ? newOffsets[low].new : newLength
        }
        let moved = spans.compactMap { span -> Span? in
            let range = map(span.range.lowerBound)..<max(map(span.range.lowerBound), map(span.range.upperBound))
            return range.isEmpty ? nil : Span(range: range, style: span.style)
        }
        return StyledText(text: String(output), spans: moved)
    }
}
