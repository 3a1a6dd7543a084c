/// Wraps text to a number of terminal columns.
///
/// Greedy, by display width: breaks at spaces between Latin words and
/// anywhere between CJK characters, honours kinsoku (no `，。）」` at a line
/// start, no `（「“` at a line end), hard-breaks words longer than the width,
/// keeps explicit newlines (`\n`, `\r\n`, `\r`), and drops the spaces at each
/// break. Every line is at most `width` columns unless a single cluster (see
/// `DisplayWidth.Cluster`) is wider than `width`.
///
/// Input should already be sanitised (`TerminalText.sanitize`).
struct TextWrapper: Sendable {
    var width: Int
    var measure: DisplayWidth

    init(width: Int, measure: DisplayWidth = .standard) {
        self.width = max(width, 1)
        self.measure = measure
    }

    /// The wrapped lines of `text`; `""` gives one empty line.
    func wrap(_ text: String) -> [String] {
        let utf8 = text.utf8
        return lineRanges(text).map { range in
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            return String(text[lower..<upper])
        }
    }

    /// The wrapped lines of styled text, spans carried along.
    func wrap(_ text: StyledText) -> [StyledText] {
        lineRanges(text.text).map { text.slice($0) }
    }

    /// The lines of `text` as UTF-8 offset ranges into it (trailing spaces excluded).
    func lineRanges(_ text: String) -> [Range<Int>] {
        // Most table cells fit as they are: one line with nothing to break or drop.
        if fitsWhole(text) { return [0..<text.utf8.count] }
        var lines: [Range<Int>] = []
        var units: [Unit] = []
        var paragraphStart = 0
        var afterCarriageReturn = false
        measure.forEachCluster(in: text) { cluster in
            let value = cluster.first.value
            if value == 0x0A || value == 0x0D {
                if !(value == 0x0A && afterCarriageReturn) {  // CRLF is one break
                    layOut(units, paragraphStart: paragraphStart, into: &lines)
                    units.removeAll(keepingCapacity: true)
                }
                afterCarriageReturn = value == 0x0D
                paragraphStart = cluster.end
                return
            }
            afterCarriageReturn = false
            let kind = LineBreakClass(cluster.first, width: cluster.columns, previous: units.last?.kind)
            units.append(Unit(start: cluster.start, end: cluster.end, width: cluster.columns, kind: kind))
        }
        layOut(units, paragraphStart: paragraphStart, into: &lines)
        return lines
    }

    /// Whether `text` is one line as it stands: no line break, no space at either
    /// end (a wrap would drop it), and no wider than `width`.
    private func fitsWhole(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20,
            !utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
        else { return false }
        return measure.columns(text) <= width
    }

    private struct Unit {
        var start: Int
        var end: Int
        var width: Int
        var kind: LineBreakClass
    }

    /// Greedy fill of one paragraph (no newlines inside).
    private func layOut(_ units: [Unit], paragraphStart: Int, into lines: inout [Range<Int>]) {
        var lineStart = 0
        var index = 0
        var used = 0
        var hasContent = false
        var breakEnd = -1  // unit index where the line would end at the last opportunity
        var breakNext = -1  // unit index where the next line would start

        func emit(_ start: Int, _ end: Int) {
            var end = end
            while end > start && units[end - 1].kind.isSpace { end -= 1 }
            let from = start < units.count ? units[start].start : (units.last?.end ?? paragraphStart)
            lines.append(end > start ? from..<units[end - 1].end : from..<from)
        }

        while index < units.count {
            let unit = units[index]
            if unit.kind.isSpace {
                if hasContent {
                    if !units[index - 1].kind.isSpace { breakEnd = index }
                    breakNext = index + 1
                }
                used += unit.width
                index += 1
                continue
            }
            if hasContent, !units[index - 1].kind.isSpace,
                LineBreakClass.canBreak(between: units[index - 1].kind, and: unit.kind)
            {
                breakEnd = index
                breakNext = index
            }
            if used + unit.width > width && index > lineStart {
                if !hasContent {
                    lineStart = index  // only indentation so far: drop it rather than overflow
                    used = 0
                    continue
                }
                if breakEnd > lineStart {
                    emit(lineStart, breakEnd)
                    lineStart = breakNext
                } else {
                    // No opportunity: hard break inside the word, but not right
                    // before closing or after opening punctuation if avoidable.
                    var cut = index
                    while cut > lineStart + 1 && (units[cut].kind.noBreakBefore || units[cut - 1].kind.noBreakAfter) {
                        cut -= 1
                    }
                    if units[cut].kind.noBreakBefore || units[cut - 1].kind.noBreakAfter { cut = index }
                    emit(lineStart, cut)
                    lineStart = cut
                }
                index = lineStart
                used = 0
                hasContent = false
                breakEnd = -1
                continue
            }
            used += unit.width
            hasContent = true
            index += 1
        }
        emit(lineStart, units.count)
    }
}

extension DisplayWidth {
    /// The widest run of `text` with no break opportunity inside, as `TextWrapper`
    /// finds them: a Latin word, or one CJK character. A width below it cuts the run.
    func widestWord(_ text: String) -> Int {
        var widest = 0
        var run = 0
        var previous: LineBreakClass?
        forEachCluster(in: text) { cluster in
            let value = cluster.first.value
            guard value != 0x0A && value != 0x0D else {
                run = 0
                previous = nil
                return
            }
            let kind = LineBreakClass(cluster.first, width: cluster.columns, previous: previous)
            if kind.isSpace {
                run = 0
            } else {
                if let previous, !previous.isSpace, LineBreakClass.canBreak(between: previous, and: kind) { run = 0 }
                run += cluster.columns
                widest = max(widest, run)
            }
            previous = kind
        }
        return widest
    }
}
