import Dispatch
import Foundation

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

extension Array {
    /// `transform` applied to one piece per core of the array, in order; one piece
    /// (on this thread) when the array has fewer than `minimum` elements.
    package func concurrentMapPieces<Result>(minimum: Int, _ transform: (ArraySlice<Element>) -> Result) -> [Result] {
        let pieces = count < minimum ? 1 : ProcessInfo.processInfo.activeProcessorCount
        let size = Swift.max(1, (count + pieces - 1) / pieces)
        return Array<Int>(stride(from: 0, to: count, by: size)).concurrentMap { start in
            transform(self[start..<Swift.min(start + size, count)])
        }
    }
}

/// Runs `first` and `second` at the same time (each may itself run in parallel), and returns both results.
package func concurrently<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    var results: (First?, Second?) = (nil, nil)
    withUnsafeMutablePointer(to: &results) { pointer in
        let slots = UncheckedSendable(pointer)
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = UncheckedSendable((first, second))
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 {
                        slots.value.pointee.0 = work.value.0()
                    } else {
                        slots.value.pointee.1 = work.value.1()
                    }
                }
            }
        }
    }
    return (results.0!, results.1!)
}

/// Lets `concurrentPerform` write each result to its own slot.
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
