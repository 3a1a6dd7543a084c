/// Column widths for a table: the width-distribution half of `TableRenderer`.
///
/// Each column wants its natural width (widest line, capped by `maxWidth`).
/// When they do not all fit, the widest columns shrink first, down to a
/// common level, so short columns (ids, years) stay intact while long text
/// wraps, but never below a floor (`TableRenderer` sets it from `minWidth`
/// and the column's widest grapheme). Returns nil when the floors do not fit.
/// Then a column narrower than its widest word (`Superalignment`) takes
/// columns from one whose own words fit with room to spare, so that wrapping
/// breaks between words rather than inside one, where the width allows.
enum TableLayout {
    struct Demand: Sendable, Hashable {
        /// Columns the content wants.
        var natural: Int
        /// Columns the column may not go below.
        var floor: Int
        /// The widest run the wrapper cannot break (a Latin word; CJK breaks
        /// between any two characters); a narrower column cuts it.
        var word: Int

        init(natural: Int, floor: Int, word: Int = 0) {
            self.natural = natural
            self.floor = floor
            self.word = word
        }

        /// The width under which a word of the column is cut.
        var wordWidth: Int { max(floor, min(word, natural)) }
    }

    /// Widths summing to at most `available`, or nil if the floors exceed it.
    static func widths(for demands: [Demand], available: Int) -> [Int]? {
        if demands.map(\.natural).reduce(0, +) <= available { return demands.map(\.natural) }
        guard demands.map(\.floor).reduce(0, +) <= available else { return nil }
        func total(atLevel level: Int) -> Int {
            demands.reduce(0) { $0 + max($1.floor, min($1.natural, level)) }
        }
        // Highest level that fits; `total` grows with the level.
        var low = 0
        var high = demands.map(\.natural).max() ?? 0
        while low < high {
            let mid = (low + high + 1) / 2
            if total(atLevel: mid) <= available { low = mid } else { high = mid - 1 }
        }
        var widths = demands.map { max($0.floor, min($0.natural, low)) }
        var spare = available - widths.reduce(0, +)
        for index in widths.indices where spare > 0 && widths[index] < demands[index].natural {
            widths[index] += 1
            spare -= 1
        }
        keepWordsWhole(&widths, demands)
        return widths
    }

    /// Moves columns to the column that is closest to fitting its widest word
    /// from the ones with the most room above their own.
    private static func keepWordsWhole(_ widths: inout [Int], _ demands: [Demand]) {
        while true {
            let short = widths.indices.filter { widths[$0] < demands[$0].wordWidth }
            guard let needy = short.min(by: { demands[$0].wordWidth - widths[$0] < demands[$1].wordWidth - widths[$1] })
            else { return }
            let roomy = widths.indices.filter { $0 != needy && widths[$0] > demands[$0].wordWidth }
            guard let donor = roomy.max(by: { widths[$0] - demands[$0].wordWidth < widths[$1] - demands[$1].wordWidth })
            else { return }
            // One at a time, so that the room is taken evenly from the roomiest columns.
            widths[needy] += 1
            widths[donor] -= 1
        }
    }
}
