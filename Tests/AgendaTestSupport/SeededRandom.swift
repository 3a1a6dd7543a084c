/// A small deterministic generator (SplitMix64), so that property tests repeat exactly:
/// a test that fails, fails again on the next run.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next value, as the tests written before the `RandomNumberGenerator` conformance call it.
    public mutating func nextValue() -> UInt64 { next() }

    /// A value in `0..<bound` (0 when `bound` is not positive).
    public mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }
}
