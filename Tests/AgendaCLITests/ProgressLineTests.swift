import Foundation
import Testing

@testable import AgendaCLI

@Suite("The progress line on stderr")
struct ProgressLineTests {
    /// A scheduler the test fires by hand, and everything the line wrote.
    final class Harness: @unchecked Sendable {
        var written: [String] = []
        var pending: [@Sendable () -> Void] = []

        func line(width: Int = 80) -> ProgressLine {
            ProgressLine(
                terminal: Terminal(width: width, isTTY: true), write: { self.written.append($0) },
                schedule: { _, work in self.pending.append(work) })
        }

        func fire() {
            let due = pending
            pending = []
            for work in due { work() }
        }
    }

    @Test func aQuickStepShowsNothing() {
        let harness = Harness()
        let line = harness.line()
        line.show("parsing the documents (no cache yet)…")
        line.show(nil)
        harness.fire()  // the timer comes after the work ended
        #expect(harness.written.isEmpty)
    }

    @Test func aSlowStepIsShownRewrittenAndErased() {
        let harness = Harness()
        let line = harness.line()
        line.show("parsing the documents (no cache yet)…")
        harness.fire()
        line.show("indexing 12 passages for search…")
        line.show(nil)
        #expect(
            harness.written == [
                "agenda: parsing the documents (no cache yet)…",
                "\r\u{1B}[Kagenda: indexing 12 passages for search…",
                "\r\u{1B}[K",
            ])
    }

    /// A file name in the message can hold control characters and CJK; the line
    /// stays one terminal line short of the width, so `\r` can erase it.
    @Test func theMessageIsSanitisedAndFitsOneLine() {
        let harness = Harness()
        let line = harness.line(width: 30)
        line.show("parsing the documents (文件\u{1B}[31m对齐研究综述.md changed)…")
        harness.fire()
        let shown = harness.written.first ?? ""
        #expect(!shown.contains("\u{1B}"))
        #expect(DisplayWidth.standard.columns(shown) <= 29 && shown.hasSuffix("…"))
    }
}
