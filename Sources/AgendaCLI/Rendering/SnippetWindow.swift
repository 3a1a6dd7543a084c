/// Which part of a one-line text a `Snippet` shows: a UTF-8 range on
/// cluster boundaries, and whether `…` marks a cut at either end.
struct SnippetWindow: Equatable {
    var range: Range<Int>
    var leftCut: Bool
    var rightCut: Bool

    private struct Unit {
        var start: Int
        var end: Int
        var width: Int
        var isSpace: Bool
        var isWordCharacter: Bool
    }

    /// - Parameters:
    ///   - text: one line, whitespace already collapsed.
    ///   - focus: the range to show (the first match), UTF-8 offsets.
    ///   - width: columns for the window plus its ellipses.
    ///   - continuesBefore, continuesAfter: `text` is an excerpt; its ends are cuts too.
    init(
        text: String, focus: Range<Int>?, width: Int, measure: DisplayWidth,
        continuesBefore: Bool = false, continuesAfter: Bool = false
    ) {
        var units: [Unit] = []
        measure.forEachCluster(in: text) { cluster in
            let first = cluster.first
            units.append(
                Unit(
                    start: cluster.start, end: cluster.end, width: cluster.columns, isSpace: first == " ",
                    isWordCharacter: cluster.columns == 1
                        && (first.properties.isAlphabetic || first.properties.numericType != nil)))
        }
        let offset = text.utf8.count
        let total = units.reduce(0) { $0 + $1.width }
        let ellipsis = measure.columns("…")
        if units.isEmpty || (total <= width && !continuesBefore && !continuesAfter) {
            self.init(range: 0..<offset, leftCut: false, rightCut: false)
            return
        }
        if width <= ellipsis {  // no room for an ellipsis: just what fits
            self.init(units: units, from: 0, budget: width, cutLeft: false, ellipsis: 0, openEnd: false)
            return
        }
        let focusStart = focus.map { focus in units.firstIndex { $0.end > focus.lowerBound } ?? units.count } ?? 0
        let focusEnd = focus.map { focus in units.firstIndex { $0.start >= focus.upperBound } ?? units.count } ?? 0
        let leading = units[..<focusEnd].reduce(0) { $0 + $1.width }
        if !continuesBefore && leading <= width - ellipsis {  // the focus fits without cutting the start
            self.init(
                units: units, from: 0, budget: width, cutLeft: false, ellipsis: ellipsis, openEnd: continuesAfter,
                protected: focusEnd)
            return
        }
        // Cut the start: about a third of the room left after the focus goes before it.
        let focusWidth = units[focusStart..<focusEnd].reduce(0) { $0 + $1.width }
        let room = width - 2 * ellipsis
        var start = focusStart
        var before = 0
        while start > 0 && before + units[start - 1].width <= max(room - focusWidth, 0) / 3 {
            start -= 1
            before += units[start].width
        }
        // Near the end of the text: use the room the end leaves for more context before.
        var rest = units[start...].reduce(0) { $0 + $1.width }
        let fullRoom = width - ellipsis - (continuesAfter ? ellipsis : 0)
        while start > 0 && rest + units[start - 1].width <= fullRoom {
            start -= 1
            rest += units[start].width
        }
        // Start at a word rather than in the middle of one, if a space is near.
        if start > 0 && units[start - 1].isWordCharacter && units[start].isWordCharacter,
            let space = units[start..<focusStart].prefix(Self.wordSearch).firstIndex(where: \.isSpace)
        {
            start = space + 1
        }
        while start < focusStart && units[start].isSpace { start += 1 }
        self.init(
            units: units, from: start, budget: width - ellipsis, cutLeft: start > 0 || continuesBefore,
            ellipsis: ellipsis, openEnd: continuesAfter, protected: focusEnd)
    }

    /// How many graphemes to look past a cut for a word boundary.
    private static let wordSearch = 12

    private init(range: Range<Int>, leftCut: Bool, rightCut: Bool) {
        self.range = range
        self.leftCut = leftCut
        self.rightCut = rightCut
    }

    /// From unit `start`, as much as fits in `budget`, keeping room for a right `…`
    /// if needed; a word-boundary cut never goes back past unit `protected`.
    private init(
        units: [Unit], from start: Int, budget: Int, cutLeft: Bool, ellipsis: Int, openEnd: Bool, protected: Int = 0
    ) {
        let rest = units[start...].reduce(0) { $0 + $1.width }
        let fitsToEnd = rest <= budget && !openEnd
        let limit = fitsToEnd ? budget : budget - ellipsis
        var end = start
        var used = 0
        while end < units.count && used + units[end].width <= limit {
            used += units[end].width
            end += 1
        }
        var last = end
        if !fitsToEnd {
            // End after a word rather than inside one, if a space is near.
            if end > start, end < units.count, units[end].isWordCharacter, units[end - 1].isWordCharacter,
                let space = units[max(start, end - Self.wordSearch)..<end].lastIndex(where: \.isSpace),
                space >= protected, space > start
            {
                last = space
            }
            while last > start && units[last - 1].isSpace { last -= 1 }
        }
        let lower = start < units.count ? units[start].start : (units.last?.end ?? 0)
        let upper = last > start ? units[last - 1].end : lower
        self.init(range: lower..<upper, leftCut: cutLeft, rightCut: !fitsToEnd && ellipsis > 0)
    }
}
