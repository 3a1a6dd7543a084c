/// Finds many names in many texts in one pass per text (Aho–Corasick over
/// UTF-8 bytes, ASCII letters case-folded). Latin names only match whole
/// words, so `ICL` does not match inside `ICLR`; Chinese names match anywhere.
struct NameScanner {
    private struct Node {
        var next: [UInt8: Int32] = [:]
        var fail: Int32 = 0
        /// Patterns ending here (including via failure links), as indices into `patterns`.
        var outputs: [Int32] = []
    }

    private var nodes = [Node()]
    private var patterns: [(bytes: [UInt8], wholeWord: Bool, owner: Int)] = []

    /// `names[i]` are the names of owner `i`.
    init(names: [[String]]) {
        for (owner, group) in names.enumerated() {
            for name in group {
                let bytes = Array(name.utf8).map(Self.fold)
                guard bytes.count >= 2 else { continue }
                let wholeWord = name.unicodeScalars.first.map { $0.isASCII } ?? false
                insert(bytes, pattern: Int32(patterns.count))
                patterns.append((bytes, wholeWord, owner))
            }
        }
        buildFailureLinks()
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }

    private mutating func insert(_ bytes: [UInt8], pattern: Int32) {
        var state = 0
        for byte in bytes {
            if let next = nodes[state].next[byte] {
                state = Int(next)
            } else {
                nodes.append(Node())
                nodes[state].next[byte] = Int32(nodes.count - 1)
                state = nodes.count - 1
            }
        }
        nodes[state].outputs.append(pattern)
    }

    private mutating func buildFailureLinks() {
        var queue: [Int] = []
        for (_, child) in nodes[0].next { queue.append(Int(child)) }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, child) in nodes[state].next {
                let childIndex = Int(child)
                var fallback = Int(nodes[state].fail)
                while fallback != 0, nodes[fallback].next[byte] == nil { fallback = Int(nodes[fallback].fail) }
                let target = nodes[fallback].next[byte].map(Int.init) ?? 0
                nodes[childIndex].fail = Int32(target == childIndex ? 0 : target)
                nodes[childIndex].outputs += nodes[Int(nodes[childIndex].fail)].outputs
                queue.append(childIndex)
            }
        }
    }

    /// Calls `found(owner, byteOffset)` for every whole match in `text`.
    func scan(_ text: String, _ found: (Int, Int) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var state = 0
            for index in 0..<bytes.count {
                let byte = Self.fold(bytes[index])
                while state != 0, nodes[state].next[byte] == nil { state = Int(nodes[state].fail) }
                state = nodes[state].next[byte].map(Int.init) ?? 0
                for pattern in nodes[state].outputs {
                    let (patternBytes, wholeWord, owner) = patterns[Int(pattern)]
                    let start = index + 1 - patternBytes.count
                    if wholeWord {
                        if start > 0, Self.isWordByte(bytes[start - 1]) { continue }
                        if index + 1 < bytes.count, Self.isWordByte(bytes[index + 1]) { continue }
                    }
                    found(owner, start)
                }
            }
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
