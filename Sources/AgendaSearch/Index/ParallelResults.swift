import Dispatch

/// Runs `work` for `0..<count` on all cores and keeps the results in order.
struct ParallelResults<Value> {
    private(set) var values: [Value]

    init(count: Int, _ work: @Sendable (Int) -> Value) {
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(work(index), at: index) }
        values = slots.take()
    }

    /// One slot per task in memory of its own; each task writes only its slot.
    private final class Slots<Element>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Element?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        func store(_ value: Element, at index: Int) { buffer[index] = value }

        func take() -> [Element] { buffer.map { $0! } }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }
}
