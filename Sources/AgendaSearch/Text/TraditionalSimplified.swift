/// Traditional → Simplified Chinese, one ideograph at a time.
///
/// Foundation's `StringTransform("Traditional-Simplified")` does the same on
/// Linux, but its first call compiles ICU rules (~8 ms), more than a whole
/// search should take. The mapping is therefore generated once from ICU into
/// `TraditionalSimplified+Table.swift` (every mapping is one scalar to one
/// scalar); `TraditionalSimplifiedTableTests` checks it against ICU and
/// rewrites it when run with `AGENDA_RECORD_TABLES=1`.
enum TraditionalSimplified {
    /// The scalar ranges the generator transforms.
    static let generatedRanges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2A6DF]

    private static let denseRange: ClosedRange<UInt32> = 0x3400...0x9FFF

    /// Simplified form for ideographs in `denseRange`, 0 where unchanged.
    private static let dense: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(denseRange.count))
        for (from, to) in pairs where denseRange.contains(from) {
            table[Int(from - denseRange.lowerBound)] = to
        }
        return table
    }()

    private static let sparse: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for (from, to) in pairs where !denseRange.contains(from) { table[from] = to }
        return table
    }()

    /// The (traditional, simplified) pairs of the generated table.
    static let pairs: [(UInt32, UInt32)] = {
        var result: [(UInt32, UInt32)] = []
        result.reserveCapacity(3100)
        var pending: UInt32?
        for scalar in table.unicodeScalars where scalar.value > 0x20 {
            if let from = pending {
                result.append((from, scalar.value))
                pending = nil
            } else {
                pending = scalar.value
            }
        }
        return result
    }()

    /// The simplified form of `value`, or `value` itself.
    @inline(__always)
    static func simplify(_ value: UInt32) -> UInt32 {
        if denseRange.contains(value) {
            let mapped = dense[Int(value - denseRange.lowerBound)]
            return mapped == 0 ? value : mapped
        }
        if value >= 0x20000 { return sparse[value] ?? value }
        return value
    }
}
