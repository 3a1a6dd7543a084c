/// A growable run of plain values in memory it alone owns, for the index
/// builder's innermost loop: unlike an `Array`, writing an element checks
/// neither uniqueness nor bounds (callers stay below `count`), and the buffer
/// is never copied, only moved.
struct OwnedBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    /// `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        self.init(capacity: count)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    deinit { base.deallocate() }

    subscript(index: Int) -> Element {
        @inline(__always) get { base[index] }
        @inline(__always) set { base[index] = newValue }
    }

    @inline(__always)
    mutating func append(_ value: Element) {
        if count == capacity { reserve(count + 1) }
        (base + count).initialize(to: value)
        count += 1
    }

    /// Appends `extra` copies of `value`.
    mutating func append(repeating value: Element, count extra: Int) {
        reserve(count + extra)
        (base + count).initialize(repeating: value, count: extra)
        count += extra
    }

    /// Room for at least `minimum` elements, growing by doubling.
    mutating func reserve(_ minimum: Int) {
        guard minimum > capacity else { return }
        var grown = capacity * 2
        while grown < minimum { grown *= 2 }
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: grown)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    var array: [Element] { withUnsafeBufferPointer(Array.init) }
}
