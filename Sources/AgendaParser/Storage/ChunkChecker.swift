import Foundation

/// Checks a mapped section of a cache file against the checksums of its
/// 64 KiB chunks, each chunk at most once, and only when it is read: a search
/// touches the pages of its hits, not the whole index.
///
/// Holds the mapping (`owner`) so the views into it stay valid. A chunk that
/// fails its checksum marks the section damaged (`foundDamage`); readers then
/// treat its bytes as absent, and the caller rebuilds the cache.
package final class ChunkChecker: @unchecked Sendable {
    package static let chunkSize = 1 << 16

    package let bytes: UnsafeRawBufferPointer
    private let checksums: [UInt64]
    private let owner: AnyObject
    private let lock = NSLock()
    /// One bit per chunk: checked and found intact.
    private var checked: [UInt64]
    private var damaged = false

    /// `checksums` are `ChunkChecker.checksums(of:)` of `bytes` as written.
    package init(bytes: UnsafeRawBufferPointer, checksums: [UInt64], owner: AnyObject) throws {
        guard checksums.count == Self.chunkCount(bytes.count) else {
            throw BinaryCodingError.invalid("chunk checksums")
        }
        self.bytes = bytes
        self.checksums = checksums
        self.owner = owner
        checked = [UInt64](repeating: 0, count: (checksums.count + 63) / 64)
    }

    package static func chunkCount(_ byteCount: Int) -> Int { (byteCount + chunkSize - 1) / chunkSize }

    package static func checksums(of bytes: UnsafeRawBufferPointer) -> [UInt64] {
        (0..<chunkCount(bytes.count)).map { chunk in
            let start = chunk * chunkSize
            return ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + chunkSize)]))
        }
    }

    /// Whether any chunk checked so far was damaged.
    package var foundDamage: Bool { lock.withLock { damaged } }

    /// Whether the bytes `range` of the section are as written (checking the chunks not checked yet).
    @usableFromInline
    package func isIntact(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
        return isIntact(chunks: range.lowerBound / Self.chunkSize..<(range.upperBound - 1) / Self.chunkSize + 1)
    }

    /// Checks every chunk that is not wholly inside one of `lazy` (byte ranges
    /// read later through `isIntact`); false if one is damaged.
    package func checkAll(except lazy: [Range<Int>]) -> Bool {
        var skipped = [Bool](repeating: false, count: checksums.count)
        for range in lazy where !range.isEmpty {
            // Chunks wholly inside the range: from the first chunk boundary at or after its start.
            let first = (range.lowerBound + Self.chunkSize - 1) / Self.chunkSize
            let last = range.upperBound == bytes.count ? checksums.count : range.upperBound / Self.chunkSize
            if first < last { for chunk in first..<last { skipped[chunk] = true } }
        }
        var chunk = 0
        while chunk < checksums.count {
            guard !skipped[chunk] else {
                chunk += 1
                continue
            }
            var end = chunk + 1
            while end < checksums.count && !skipped[end] { end += 1 }
            guard isIntact(chunks: chunk..<end) else { return false }
            chunk = end
        }
        return true
    }

    private func isIntact(chunks: Range<Int>) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if damaged { return false }
        for chunk in chunks where checked[chunk >> 6] & (1 << UInt64(chunk & 63)) == 0 {
            let start = chunk * Self.chunkSize
            let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + Self.chunkSize)])
            guard ContentHash.of(slice) == checksums[chunk] else {
                damaged = true
                return false
            }
            checked[chunk >> 6] |= 1 << UInt64(chunk & 63)
        }
        return true
    }
}
