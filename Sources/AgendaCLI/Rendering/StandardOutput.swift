#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered `TextOutputStream` over a file descriptor (stdout by default).
///
/// Renderers take `inout some TextOutputStream`; `main` passes one of these,
/// tests pass a `String`. Output is buffered (64 KiB) and written with
/// `write(2)`; call `flush()` before exiting (`deinit` flushes too).
///
/// Broken pipes (`agenda list | head`): with `SIGPIPE` at its default, as
/// in a fresh Swift process, the kernel ends the process quietly on the
/// first write to a closed pipe, as it does `git` and `rg`; this is what we
/// expect `main` to leave in place (`signal(SIGPIPE, SIG_DFL)` restores it).
/// If `SIGPIPE` is ignored instead, `write` fails with `EPIPE`: the stream
/// then drops all further output silently and sets `isBroken`, so the
/// caller can stop early and exit 0 without an error message.
final class StandardOutput: TextOutputStream {
    let fileDescriptor: Int32
    /// The reader went away (EPIPE) or another write error happened; output is being dropped.
    private(set) var isBroken = false
    /// `errno` of the write that failed, if any (EPIPE for a closed pipe).
    private(set) var failure: Int32?

    private var buffer: [UInt8] = []
    private let capacity: Int

    init(fileDescriptor: Int32 = STDOUT_FILENO, bufferCapacity: Int = 1 << 16) {
        self.fileDescriptor = fileDescriptor
        self.capacity = max(bufferCapacity, 1)
        buffer.reserveCapacity(self.capacity)
    }

    /// Unbuffered standard error, for diagnostics that must appear in order.
    static func standardError() -> StandardOutput {
        StandardOutput(fileDescriptor: STDERR_FILENO, bufferCapacity: 1)
    }

    deinit {
        flush()
    }

    func write(_ string: String) {
        guard !isBroken else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Writes out everything buffered; retries short writes and EINTR.
    func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !isBroken, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var sent = 0
            while sent < bytes.count {
                let result = systemWrite(fileDescriptor, bytes.baseAddress! + sent, bytes.count - sent)
                if result >= 0 {
                    sent += result
                } else if errno != EINTR {
                    failure = errno
                    isBroken = true
                    return
                }
            }
        }
    }
}

/// `write(2)`, named apart from `StandardOutput.write(_:)`.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fd, bytes, count)
    #else
        Darwin.write(fd, bytes, count)
    #endif
}
