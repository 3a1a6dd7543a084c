#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes appended to a temporary file with no name, then read back in order:
/// where the index build of a cache file keeps its pieces' normalised texts
/// (as large as the corpus) instead of in memory, until they are copied into
/// the cache file. The file is unlinked as soon as it is made, so it goes
/// with the descriptor, even if the process dies. A failed write or read is
/// remembered rather than thrown: `copy(to:)` then says so.
final class SpillFile {
    private var descriptor: Int32
    private(set) var count = 0
    private var failed = false

    /// A file in `directory`; nil if none can be made there.
    init?(directory: String) {
        var template = Array((directory + "/spill.XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    }

    deinit { close(descriptor) }

    func append(_ bytes: UnsafeRawBufferPointer) {
        var written = 0
        while !failed && written < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 && errno == EINTR { continue }
            if result <= 0 { failed = true }
            written += max(result, 0)
        }
        count += bytes.count
    }

    /// Hands every byte appended to `sink`, in order, a block at a time; false if
    /// any write or read failed (what was sent is then incomplete).
    func copy(to sink: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard !failed, lseek(descriptor, 0, SEEK_SET) == 0 else { return false }
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 8)
        defer { block.deallocate() }
        var remaining = count
        while remaining > 0 {
            let result = read(descriptor, block.baseAddress!, min(block.count, remaining))
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return false }
            sink(UnsafeRawBufferPointer(rebasing: block[..<result]))
            remaining -= result
        }
        return true
    }
}
