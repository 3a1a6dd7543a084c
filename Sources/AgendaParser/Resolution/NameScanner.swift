/// Finds many names in many texts in one pass per text: an Aho–Corasick
/// automaton over UTF-8 bytes, compiled to a dense table (one array load per
/// byte), with ASCII letters case-folded. Latin names only match whole words,
/// so `ICL` does not match inside `ICLR`; Chinese names match anywhere.
struct NameScanner: Sendable {
    private struct Pattern: Sendable {
        var length: Int
        var wholeWord: Bool
        var owner: Int
    }

    /// `transitions[state * 256 + byte]` → next state.
    private var transitions: [Int32]
    /// Patterns that end in each state (through failure links too).
    private var outputs: [[Int32]]
    private var patterns: [Pattern] = []

    /// `names[i]` are the names of owner `i`.
    init(names: [[String]]) {
        var trie: [[UInt8: Int32]] = [[:]]
        var ends: [[Int32]] = [[]]
        for (owner, group) in names.enumerated() {
            for name in Set(group) {
                let bytes = name.utf8.map(Self.fold)
                guard bytes.count >= 2 else { continue }
                var state = 0
                for byte in bytes {
                    if let next = trie[state][byte] {
                        state = Int(next)
                    } else {
                        trie.append([:])
                        ends.append([])
                        trie[state][byte] = Int32(trie.count - 1)
                        state = trie.count - 1
                    }
                }
                ends[state].append(Int32(patterns.count))
                let wholeWord = name.unicodeScalars.first?.isASCII ?? false
                patterns.append(Pattern(length: bytes.count, wholeWord: wholeWord, owner: owner))
            }
        }
        // Breadth-first: each state's row copies its failure state's row, then its own edges.
        var table = [Int32](repeating: 0, count: trie.count * 256)
        var failure = [Int32](repeating: 0, count: trie.count)
        var queue: [Int] = []
        for (byte, child) in trie[0] {
            table[Int(byte)] = child
            queue.append(Int(child))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fail = Int(failure[state])
            ends[state] += ends[fail]
            for byte in 0..<256 { table[state * 256 + byte] = table[fail * 256 + byte] }
            for (byte, child) in trie[state] {
                failure[Int(child)] = table[fail * 256 + Int(byte)]
                table[state * 256 + Int(byte)] = child
                queue.append(Int(child))
            }
        }
        transitions = table
        outputs = ends
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }

    /// Calls `found(owner, byteOffset)` for every match in `text`.
    func scan(_ text: String, _ found: (Int, Int) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            transitions.withUnsafeBufferPointer { table in
                var state = 0
                for index in 0..<bytes.count {
                    state = Int(table[state &* 256 &+ Int(Self.fold(bytes[index]))])
                    let ending = outputs[state]
                    guard !ending.isEmpty else { continue }
                    for pattern in ending {
                        let match = patterns[Int(pattern)]
                        let start = index + 1 - match.length
                        if match.wholeWord {
                            if start > 0, Self.isWordByte(bytes[start - 1]) { continue }
                            if index + 1 < bytes.count, Self.isWordByte(bytes[index + 1]) { continue }
                        }
                        found(match.owner, start)
                    }
                }
            }
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
