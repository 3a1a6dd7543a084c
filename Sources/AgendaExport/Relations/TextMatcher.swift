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
        let first = Int32(needle[0])
        text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let end = buffer.count - needle.count
            var index = 0
            // memchr finds candidate first bytes at memory speed; most texts hold none.
            while index <= end, let hit = memchr(base + index, first, end - index + 1) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if matches(buffer, at: position) {
                    result.append(position)
                    index = position + needle.count
                } else {
                    index = position + 1
                }
            }
        }
        return result
    }

    func occurs(in text: [UInt8]) -> Bool {
        !offsets(in: text).isEmpty
    }

    private func matches(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        for offset in 1..<needle.count where text[index + offset] != needle[offset] { return false }
        if checksStart, index > 0, Self.isWordByte(text[index - 1]) { return false }
        let after = index + needle.count
        if checksEnd, after < text.count, Self.isWordByte(text[after]) { return false }
        return true
    }

    /// UTF-8 with ASCII letters lower-cased; byte offsets stay those of the original.
    static func folded(_ text: String) -> [UInt8] {
        text.utf8.map { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
        }
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
