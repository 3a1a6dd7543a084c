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
///
/// `first` runs on a thread of its own and `second` on this one. Both running
/// inside one `concurrentPerform` would not do: Dispatch runs a parallel loop
/// nested in another one on a single thread, so `second`'s loops would stay
/// serial even after `first` had finished.
package func concurrently<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    var firstResult: First?
    let finished = DispatchSemaphore(value: 0)
    let secondResult = withUnsafeMutablePointer(to: &firstResult) { slot in
        withoutActuallyEscaping(first) { first in
            // The thread object outlives the call; it holds the box, which lets go
            // of `first` (which must not escape) before signalling.
            let job = OneShot(UncheckedSendable((first, slot)))
            let thread = Thread {
                job.run { work in work.value.1.pointee = work.value.0() }
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
            let result = second()
            finished.wait()
            return result
        }
    }
    return (firstResult!, secondResult)
}

/// A value used once and then let go, by whichever thread uses it.
private final class OneShot<Value>: @unchecked Sendable {
    private var value: Value?
    init(_ value: Value) { self.value = value }

    func run(_ body: (Value) -> Void) {
        if let value { body(value) }
        value = nil
    }
}

/// Frees what it is given on a background thread, so that letting go of a large
/// structure (a thousand documents' blocks: millions of small allocations) does
/// not hold up the work that follows. A process that exits first never frees it.
package enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "agenda.background-release", qos: .utility)

    /// Pass the last reference (`consume value`), or the caller frees it after all.
    package static func release<Value>(_ value: consuming Value) {
        let box = UncheckedSendable(value)
        queue.async { withExtendedLifetime(box) {} }
    }
}

/// Lets `concurrentPerform` write each result to its own slot.
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
