/// Column widths for a table: the width-distribution half of `TableRenderer`.
///
/// Each column wants its natural width (widest line, capped by `maxWidth`).
/// When they do not all fit, the widest columns shrink first, down to a
/// common level, so short columns (ids, years) stay intact while long text
/// wraps, but never below a floor (`TableRenderer` sets it from `minWidth`
/// and the column's widest grapheme). Returns nil when the floors do not fit.
enum TableLayout {
    struct Demand: Sendable, Hashable {
        /// Columns the content wants.
        var natural: Int
        /// Columns the column may not go below.
        var floor: Int
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
        return widths
    }
}
