/// Term numbers and their posting lists while a collection is being built.
///
/// Every list grows in a chain of fixed-size blocks inside one byte array, so
/// adding a term costs no allocation; `flattened()` copies the chains out,
/// term by term, into one array. All the per-term state sits in one `State`
/// so recording a posting touches few cache lines. BMP CJK characters find
/// their unigram term by direct look-up instead of hashing.
struct PostingAccumulator {
    private static let blockSize = 8

    private struct State {
        var head: Int32
        var tail: Int32
        /// Bytes used in the tail block.
        var used: Int32
        /// The last text added to the list, and how many texts hold the term.
        var lastText: Int32
        var count: Int32
        /// How often the term occurs in `lastText` (written when the next text comes, or by `flattened`).
        var lastFrequency: UInt32
    }

    private(set) var terms = TermTable()
    private var states: [State] = []
    private var bytes: [UInt8] = []
    /// Per block: the next block of the same term, or 0.
    private var next: [Int32] = []
    /// Term number of each BMP scalar's unigram, -1 if none yet (allocated on first use),
    /// and the scalars that have one.
    private var bmpUnigrams: [Int32] = []
    private var bmpScalars: [UInt32] = []

    /// `capacity` sizes the term table; it grows as needed.
    init(capacity: Int) {
        terms = TermTable(capacity: capacity)
        bytes = [UInt8](repeating: 0, count: PostingAccumulator.blockSize * min(1024, capacity))
        next = [0]  // block 0 is never used
    }

    /// Holds the place while a builder works on its accumulator; allocates nothing.
    static let placeholder = PostingAccumulator()

    private init() {}

    var termCount: Int { states.count }

    /// Adds `text` to the postings of the unigram `scalar`.
    @inline(__always)
    mutating func recordUnigram(_ scalar: UInt32, in text: Int32) {
        if scalar < 0x10000 {
            if bmpUnigrams.isEmpty { bmpUnigrams = [Int32](repeating: -1, count: 0x10000) }
            var term = bmpUnigrams[Int(scalar)]
            if term < 0 {
                term = addTerm()
                bmpUnigrams[Int(scalar)] = term
                bmpScalars.append(scalar)
            }
            append(text, to: Int(term))
        } else {
            _ = record(TermKey.unigram(scalar), in: text)
        }
    }

    /// Adds `text` to the postings of `key`; returns whether the term is new.
    @inline(__always)
    mutating func record(_ key: UInt64, in text: Int32) -> Bool {
        let (term, inserted) = terms.value(for: key, inserting: Int32(states.count))
        if inserted { _ = addTerm() }
        append(text, to: Int(term))
        return inserted
    }

    private mutating func addTerm() -> Int32 {
        let block = newBlock()
        states.append(State(head: block, tail: block, used: 0, lastText: -1, count: 0, lastFrequency: 0))
        return Int32(states.count - 1)
    }

    private mutating func newBlock() -> Int32 {
        let block = Int32(next.count)
        next.append(0)
        let end = next.count * PostingAccumulator.blockSize
        if end > bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(end - bytes.count, bytes.count))) }
        return block
    }

    /// Appends `text` to the list, or counts one more occurrence if it is already the list's last.
    /// Each posting is the text as a LEB128 gap from the one before, then its frequency.
    @inline(__always)
    private mutating func append(_ text: Int32, to term: Int) {
        // Most records repeat the list's last text: counted in place, nothing copied.
        if states[term].lastText == text {
            states[term].lastFrequency &+= 1
            return
        }
        var state = states[term]
        if state.lastText >= 0 { write(state.lastFrequency, to: &state) }
        write(UInt32(text - state.lastText), to: &state)
        state.lastText = text
        state.lastFrequency = 1
        state.count += 1
        states[term] = state
    }

    @inline(__always)
    private mutating func write(_ value: UInt32, to state: inout State) {
        var gap = value
        while true {
            if Int(state.used) == PostingAccumulator.blockSize {
                let block = newBlock()
                next[Int(state.tail)] = block
                state.tail = block
                state.used = 0
            }
            let byte = gap < 0x80 ? UInt8(gap) : UInt8(gap & 0x7F) | 0x80
            bytes[Int(state.tail) * PostingAccumulator.blockSize + Int(state.used)] = byte
            state.used += 1
            if gap < 0x80 { break }
            gap >>= 7
        }
    }

    /// Bytes of `value` as LEB128.
    private static func encodedLength(_ value: UInt32) -> Int {
        var length = 1
        var rest = value >> 7
        while rest > 0 {
            length += 1
            rest >>= 7
        }
        return length
    }

    /// Unigram terms of BMP characters go into the table at the end, so that
    /// queries look every term up the same way.
    mutating func finishTerms() -> (terms: TermTable, documentCounts: [Int32]) {
        for scalar in bmpScalars {
            _ = terms.value(for: TermKey.unigram(scalar), inserting: bmpUnigrams[Int(scalar)])
        }
        return (terms, states.map(\.count))
    }

    /// Every list back to back, and where each starts (one more entry than terms).
    func flattened() -> (postings: [UInt8], starts: [UInt32]) {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(states.count + 1)
        var total = 0
        for state in states {
            var block = Int(state.head)
            while block != Int(state.tail) {
                total += PostingAccumulator.blockSize
                block = Int(next[block])
            }
            total += Int(state.used)
            if state.lastText >= 0 { total += PostingAccumulator.encodedLength(state.lastFrequency) }
            starts.append(UInt32(total))
        }
        let postings = [UInt8](unsafeUninitializedCapacity: total) { output, count in
            bytes.withUnsafeBufferPointer { pool in
                var at = 0
                for state in states {
                    var block = Int(state.head)
                    while true {
                        let isLast = block == Int(state.tail)
                        let length = isLast ? Int(state.used) : PostingAccumulator.blockSize
                        let start = block * PostingAccumulator.blockSize
                        for offset in 0..<length { output[at + offset] = pool[start + offset] }
                        at += length
                        if isLast { break }
                        block = Int(next[block])
                    }
                    // The last posting's frequency.
                    guard state.lastText >= 0 else { continue }
                    var frequency = state.lastFrequency
                    while frequency >= 0x80 {
                        output[at] = UInt8(frequency & 0x7F) | 0x80
                        at += 1
                        frequency >>= 7
                    }
                    output[at] = UInt8(frequency)
                    at += 1
                }
            }
            count = total
        }
        return (postings, starts)
    }
}
