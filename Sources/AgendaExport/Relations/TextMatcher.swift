import Foundation

/// Finds names in text by bytes: ASCII case folded, Latin names only at word
/// boundaries (`RL` does not match inside `world`), CJK names anywhere.
struct TextMatcher: Sendable {
    /// Lower-cased UTF-8 of the needle.
    let needle: [UInt8]
    private let checksStart: Bool
    private let checksEnd: Bool

    /// Nil for needles too short to mean anything (one letter or one byte).
    init?(_ name: String) {
        let bytes = Self.folded(name)
        guard name.unicodeScalars.count >= 2, let first = bytes.first, let last = bytes.last else { return nil }
        needle = bytes
        checksStart = Self.isWordByte(first)
        checksEnd = Self.isWordByte(last)
    }

    /// UTF-8 offsets of every match in `text`, which must already be `folded`.
    func offsets(in text: [UInt8]) -> [Int] {
        guard text.count >= needle.count else { return [] }
        var result: [Int] = []
        text.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { pattern in
                var index = 0
                while let position = ByteSearch.firstOffset(of: pattern, in: buffer, from: index) {
                    if matchesAtWordEdges(buffer, at: position) {
                        result.append(position)
                        index = position + needle.count
                    } else {
                        index = position + 1
                    }
                }
            }
        }
        return result
    }

    func occurs(in text: [UInt8]) -> Bool {
        !offsets(in: text).isEmpty
    }

    /// Of `starts` (ascending places where the needle's bytes occur), the
    /// matches `offsets(in:)` gives: those at word edges, none overlapping the one before.
    func matches(among starts: [Int], in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var kept: [Int] = []
        var next = 0
        for start in starts where start >= next && matchesAtWordEdges(text, at: start) {
            kept.append(start)
            next = start + needle.count
        }
        return kept
    }

    /// Whether a match of the needle at `index` starts and ends where a word may.
    private func matchesAtWordEdges(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if checksStart, index > 0, Self.isWordByte(text[index - 1]) { return false }
        let after = index + needle.count
        if checksEnd, after < text.count, Self.isWordByte(text[after]) { return false }
        return true
    }

    /// UTF-8 with ASCII letters lower-cased; byte offsets stay those of the original.
    static func folded(_ text: String) -> [UInt8] {
        text.utf8.map(folded)
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }
}

/// Finds bytes in bytes with glibc's `memmem` (SIMD, two-way), which the Glibc
/// module does not declare; elsewhere with `memchr` on the first byte. A
/// Chinese title's first byte (E5, E6, …) starts a third of a CJK text's
/// characters, so the `memchr` way stops every few bytes.
enum ByteSearch {
    private typealias Search =
        @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?

    private static let memmem: Search? = {
        #if canImport(Glibc)
            return dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem").map { unsafeBitCast($0, to: Search.self) }
        #else
            return nil
        #endif
    }()

    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`.
    static func firstOffset(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress, !needle.isEmpty,
            start <= haystack.count - needle.count
        else { return nil }
        if let memmem {
            let found = memmem(base + start, haystack.count - start, pattern, needle.count)
            return found.map { UnsafeRawPointer(base).distance(to: $0) }
        }
        let end = haystack.count - needle.count
        var index = start
        while index <= end, let hit = memchr(base + index, Int32(pattern[0]), end - index + 1) {
            let position = UnsafeRawPointer(base).distance(to: hit)
            if memcmp(base + position, pattern, needle.count) == 0 { return position }
            index = position + 1
        }
        return nil
    }
}
