import Foundation

/// A transient status line on stderr for slow steps, such as parsing a large
/// corpus with no cache: shown only once a step has taken `delay` (quick runs
/// never see it), rewritten in place by the next step, and erased when the
/// work is done, so the terminal is left as it was. Callers create one only
/// when stderr is a terminal; pipes and files get nothing.
final class ProgressLine: @unchecked Sendable {
    /// Runs `work` after `delay` seconds, on any thread.
    typealias Scheduler = @Sendable (_ delay: Double, _ work: @escaping @Sendable () -> Void) -> Void

    private let write: (String) -> Void
    private let width: Int
    private let measure: DisplayWidth
    private let delay: Double
    private let schedule: Scheduler
    /// Guards everything below and every write, which may come from the scheduler's thread.
    private let lock = NSLock()
    /// Counts `show` calls, so a late timer of an earlier step writes nothing.
    private var step = 0
    private var isShown = false

    init(
        terminal: Terminal, delay: Double = 0.3, write: @escaping (String) -> Void,
        schedule: @escaping Scheduler = { delay, work in
            DispatchQueue.global().asyncAfter(deadline: .now() + delay, execute: work)
        }
    ) {
        self.write = write
        self.width = terminal.width
        self.measure = terminal.displayWidth
        self.delay = delay
        self.schedule = schedule
    }

    /// Starts a step described by `message` (sanitised and cut to one line), or
    /// with nil ends the work and erases the line.
    func show(_ message: String?) {
        lock.lock()
        defer { lock.unlock() }
        step += 1
        guard let message else {
            if isShown { write("\r\u{1B}[K") }
            isShown = false
            return
        }
        // One column short of the width, so the terminal never wraps the line (`\r` would not reach it).
        let line = measure.truncate("agenda: " + TerminalText.sanitize(message), toColumns: max(width - 1, 10))
        if isShown {
            write("\r\u{1B}[K" + line)
            return
        }
        let current = step
        schedule(delay) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard step == current else { return }
            write(line)
            isShown = true
        }
    }
}
