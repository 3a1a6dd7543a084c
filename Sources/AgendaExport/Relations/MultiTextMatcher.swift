import AgendaParser
import Foundation

/// Several `TextMatcher`s run over one text in a single pass (Aho–Corasick
/// over bytes, the text cut in one piece per core), giving each the offsets
/// its own `offsets(in:)` gives: the first occurrence that passes its word
/// edges, then the next one after it, never overlapping.
struct MultiTextMatcher: Sendable {
    private let matchers: [TextMatcher]
    /// `transitions[state * 256 + byte]`: the state after reading `byte`.
    private let transitions: [Int32]
    /// The needles that end in each state, its failure states' included.
    private let endings: [[Int32]]
    /// Whether any needle ends in each state: the scan tests this flag, not the list.
    private let ends: [Bool]
    private let longest: Int

    init(_ matchers: [TextMatcher]) {
        self.matchers = matchers
        longest = matchers.map(\.needle.count).max() ?? 0
        // The trie, with -1 for no edge yet; it has at most one state per needle byte, and the root.
        let most = 1 + matchers.reduce(0) { $0 + $1.needle.count }
        var edges = [Int32](repeating: -1, count: most * 256)
        var own: [[Int32]] = [[]]
        for (number, matcher) in matchers.enumerated() {
            var state = 0
            for byte in matcher.needle {
                if edges[state * 256 + Int(byte)] < 0 {
                    edges[state * 256 + Int(byte)] = Int32(own.count)
                    own.append([])
                }
                state = Int(edges[state * 256 + Int(byte)])
            }
            own[state].append(Int32(number))
        }
        // Breadth first: each state's failure is the longest proper suffix that is also a prefix.
        var failure = Array(repeating: 0, count: own.count)
        var endings = own
        var queue: [Int] = []
        for byte in 0..<256 {
            if edges[byte] < 0 {
                edges[byte] = 0
            } else {
                queue.append(Int(edges[byte]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            endings[state] += endings[failure[state]]
            for byte in 0..<256 {
                let next = Int(edges[state * 256 + byte])
                if next < 0 {
                    edges[state * 256 + byte] = edges[failure[state] * 256 + byte]
                } else {
                    failure[next] = Int(edges[failure[state] * 256 + byte])
                    queue.append(next)
                }
            }
        }
        edges.removeLast((most - own.count) * 256)
        transitions = edges
        self.endings = endings
        ends = endings.map { !$0.isEmpty }
    }

    /// For each matcher, in order, the offsets of its matches in `text` (folded, as for `TextMatcher`).
    func offsets(in text: [UInt8]) -> [[Int]] {
        guard !matchers.isEmpty else { return [] }
        // Pieces overlap by a needle's length, and each keeps the matches that start inside it.
        let pieces = ProcessInfo.processInfo.activeProcessorCount
        let size = max(1, (text.count + pieces - 1) / pieces)
        let found = Array(stride(from: 0, to: max(text.count, 1), by: size)).concurrentMap { start in
            starts(in: text, from: start, to: min(start + size, text.count))
        }
        var candidates = Array(repeating: [Int](), count: matchers.count)
        for piece in found {
            for (number, starts) in piece.enumerated() { candidates[number] += starts }
        }
        return text.withUnsafeBufferPointer { buffer in
            candidates.enumerated().map { number, starts in matchers[number].matches(among: starts, in: buffer) }
        }
    }

    /// Where each needle occurs starting in `lower..<upper`, ascending, overlaps included.
    private func starts(in text: [UInt8], from lower: Int, to upper: Int) -> [[Int]] {
        var result = Array(repeating: [Int](), count: matchers.count)
        let scanStart = max(0, lower - longest + 1)
        let scanEnd = min(text.count, upper + longest - 1)
        transitions.withUnsafeBufferPointer { table in
            text.withUnsafeBufferPointer { bytes in
                var state = 0
                for index in scanStart..<scanEnd {
                    state = Int(table[state &* 256 &+ Int(bytes[index])])
                    guard ends[state] else { continue }
                    for number in endings[state] {
                        let start = index + 1 - matchers[Int(number)].needle.count
                        if start >= lower && start < upper { result[Int(number)].append(start) }
                    }
                }
            }
        }
        return result
    }
}
