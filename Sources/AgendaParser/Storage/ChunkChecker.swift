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
            return checksum(of: UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + chunkSize)]))
        }
    }

    /// A Fletcher-style checksum of one chunk: per lane of 8-byte words, their
    /// sum and the sum of those sums (so a changed, lost or moved word shows),
    /// mixed at the end. Only additions in the loop: several times faster than
    /// `ContentHash`, and chunks are checked while a search waits.
    package static func checksum(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var sums: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var sumsOfSums: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        @inline(__always) func word(_ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        }
        var offset = 0
        while offset + 32 <= bytes.count {
            sums.0 &+= word(offset)
            sums.1 &+= word(offset + 8)
            sums.2 &+= word(offset + 16)
            sums.3 &+= word(offset + 24)
            sumsOfSums.0 &+= sums.0
            sumsOfSums.1 &+= sums.1
            sumsOfSums.2 &+= sums.2
            sumsOfSums.3 &+= sums.3
            offset += 32
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = (tail &* 0x100_0000_01B3) ^ UInt64(bytes[offset])
            offset += 1
        }
        let parts = [
            sums.0, sums.1, sums.2, sums.3, sumsOfSums.0, sumsOfSums.1, sumsOfSums.2, sumsOfSums.3, tail,
            UInt64(bytes.count),
        ]
        return parts.withUnsafeBytes { ContentHash.of($0) }
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

    /// `isIntact(_:)` for a reader going forward through the section: `known` is
    /// the run of chunks it last found intact, and ranges inside it skip the lock.
    @usableFromInline
    package func isIntact(_ range: Range<Int>, known: inout Range<Int>) -> Bool {
        if range.lowerBound >= known.lowerBound && range.upperBound <= known.upperBound { return true }
        guard isIntact(range) else { return false }
        let size = Self.chunkSize
        known = (range.lowerBound / size * size)..<min(bytes.count, (range.upperBound + size - 1) / size * size)
        return true
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
            guard Self.checksum(of: slice) == checksums[chunk] else {
                damaged = true
                return false
            }
            checked[chunk >> 6] |= 1 << UInt64(chunk & 63)
        }
        return true
    }
}
