import Dispatch

extension Array where Element: Sendable {
    /// `transform` applied to every element, spread over all cores; the results
    /// keep the elements' order.
    package func concurrentMap<Result>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        var slots = [Result?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let base = UncheckedSendable(buffer)
            withoutActuallyEscaping(transform) { transform in
                let work = UncheckedSendable(transform)
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    base.value[index] = work.value(self[index])
                }
            }
        }
        return slots.map { $0! }
    }
}

/// Lets `concurrentPerform` write each result to its own slot.
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
