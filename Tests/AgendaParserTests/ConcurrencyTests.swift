import Dispatch
import Foundation
import Testing

@testable import AgendaParser

@Suite("Running work in parallel")
struct ConcurrencyTests {
    @Test func concurrentlyReturnsBothResults() {
        let (first, second) = concurrently {
            (1...1000).reduce(0, +)
        } _: {
            "second"
        }
        #expect(first == 500_500)
        #expect(second == "second")
    }

    /// The second task's own parallel loop must not be confined to one thread,
    /// as a loop nested in a `concurrentPerform` is. Two iterations that wait for
    /// each other can only finish if they run at the same time.
    @Test func theSecondTasksLoopsRunInParallel() {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return }
        let (_, met) = concurrently {
            0
        } _: { () -> Bool in
            let arrived = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
            let met = [0, 1].concurrentMap { index -> Bool in
                arrived[index].signal()
                return arrived[1 - index].wait(timeout: .now() + 5) == .success
            }
            return met.allSatisfy { $0 }
        }
        #expect(met)
    }

    @Test func theFirstTaskMayUseTheCallersValues() {
        let words = (0..<10_000).map { "w\($0)" }
        let (count, joined) = concurrently {
            words.filter { $0.hasSuffix("7") }.count
        } _: {
            words.prefix(3).joined(separator: ",")
        }
        #expect(count == 1000)
        #expect(joined == "w0,w1,w2")
    }

    @Test func backgroundReleaseFreesOnAnotherThreadSoon() {
        final class Tracked: @unchecked Sendable {
            let freed: DispatchSemaphore
            init(_ freed: DispatchSemaphore) { self.freed = freed }
            deinit { freed.signal() }
        }
        let freed = DispatchSemaphore(value: 0)
        var values = [Tracked(freed)]
        BackgroundRelease.release(consume values)
        values = []
        #expect(freed.wait(timeout: .now() + 5) == .success)
    }
}
