#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the operating system says about an output file descriptor.
///
/// A value so that tests can inject a fake terminal; `Terminal.resolve`
/// asks the real one only through `probe(fileDescriptor:)`.
struct TerminalProbe: Sendable, Hashable {
    /// `isatty(fd)`.
    var isTTY: Bool
    /// Window width from `ioctl(TIOCGWINSZ)`, nil when unknown or 0.
    var columns: Int?

    /// Not a terminal, width unknown: what a pipe or file looks like.
    static let pipe = TerminalProbe(isTTY: false, columns: nil)

    /// Asks the kernel about `fileDescriptor` (stdout by default).
    static func probe(fileDescriptor: Int32 = STDOUT_FILENO) -> TerminalProbe {
        let isTTY = isatty(fileDescriptor) == 1
        var size = winsize()
        var columns: Int?
        if isTTY, ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            columns = Int(size.ws_col)
        }
        return TerminalProbe(isTTY: isTTY, columns: columns)
    }
}
