/// Term numbers and their posting lists while a collection is being built.
///
/// Every list grows in a chain of blocks inside one byte array, so adding a
/// term costs no allocation; `flattened()` copies the chains out, term by
/// term, into one array. A block starts with the place of the next one, and
/// blocks double in size as a list grows (16 bytes up to 256), so a long list
/// is copied in few pieces. All the per-term state sits in one `State` so
/// recording a posting touches few cache lines. BMP CJK characters find their
/// unigram term by direct look-up instead of hashing. Everything lives in
/// `OwnedBuffer`s, so recording checks no uniqueness (see there); the term
/// table is built as a `TermTable` at the end.
struct PostingAccumulator: ~Copyable {
    /// Blocks are placed at multiples of `blockUnit` and numbered by it, so
    /// a 32-bit number reaches 64 GiB of pool.
    private static let blockUnit = 16
    private static let largestBlock = 256
    /// Bytes at the start of a block that hold the next block's number (0: none yet).
    private static let linkSize = 4

    /// Internal rather than private: a private type stored in this noncopyable
    /// struct breaks the debug build of Swift 6.3 (its metadata gets no linkage).
    struct State {
        /// Numbers of the first and the last block.
        var head: UInt32
        var tail: UInt32
        /// Bytes used in the tail block, and how many it holds (its size less the link).
        var used: Int32
        var capacity: Int32
        /// Bytes in the whole list (the last frequency is written by `flattened`).
        var length: Int32
        /// The last text added to the list, and how many texts hold the term.
        var lastText: Int32
        var count: Int32
        /// How often the term occurs in `lastText` (written when the next text comes, or by `flattened`).
        var lastFrequency: UInt32
    }

    /// An open-addressing table from term key to term number, as `TermTable`'s (key 0: empty).
    private var slots: OwnedBuffer<TermTable.Slot>
    private var states = OwnedBuffer<State>(capacity: 1024)
    /// The key of each term number.
    private var keys = OwnedBuffer<UInt64>(capacity: 1024)
    private var bytes: OwnedBuffer<UInt8>
    /// Bytes of `bytes` in use; the rest is zero.
    private var poolUsed = 0
    /// What `prefetch` loaded, summed, so that the loads are not optimised away.
    private(set) var prefetched: UInt64 = 0
    /// Term number of each BMP scalar's unigram, -1 if none yet (allocated on first use).
    private var bmpUnigrams = OwnedBuffer<Int32>(capacity: 1)

    /// `capacity` sizes the term table; it grows as needed.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = OwnedBuffer(repeating: TermTable.Slot(key: 0, value: -1), count: size)
        bytes = OwnedBuffer(repeating: 0, count: PostingAccumulator.blockUnit * max(1024, capacity))
        poolUsed = PostingAccumulator.blockUnit  // block 0 is never used: a link of 0 means none
    }

    var termCount: Int { states.count }

    /// Adds `text` to the postings of the unigram `scalar`.
    @inline(__always)
    mutating func recordUnigram(_ scalar: UInt32, in text: Int32) {
        if scalar < 0x10000 {
            if bmpUnigrams.count == 0 { bmpUnigrams = OwnedBuffer(repeating: -1, count: 0x10000) }
            var term = bmpUnigrams[Int(scalar)]
            if term < 0 {
                term = addTerm(key: TermKey.unigram(scalar))
                bmpUnigrams[Int(scalar)] = term
            }
            append(text, to: Int(term))
        } else {
            _ = record(TermKey.unigram(scalar), in: text)
        }
    }

    /// Loads the slots of `terms` (those found by hashing) before they are
    /// recorded: the loads do not wait on each other, so their cache misses
    /// overlap, where recording term after term would wait for each in turn.
    /// (Loading the terms' states too, in a second pass, gained nothing.)
    mutating func prefetch(_ terms: UnsafeBufferPointer<PendingTerm>) {
        let mask = slots.count - 1
        var sum: UInt64 = 0
        for term in terms where !term.isUnigram { sum &+= slots[TermTable.slot(term.key, mask: mask)].key }
        prefetched &+= sum
    }

    /// Adds `text` to the postings of `key`; returns whether the term is new.
    @inline(__always)
    mutating func record(_ key: UInt64, in text: Int32) -> Bool {
        let mask = slots.count - 1
        var index = TermTable.slot(key, mask: mask)
        while true {
            let found = slots[index].key
            if found == key {
                append(text, to: Int(slots[index].value))
                return false
            }
            if found == 0 { break }
            index = (index + 1) & mask
        }
        let term = addTerm(key: key)
        slots[index] = TermTable.Slot(key: key, value: term)
        if states.count * 4 > slots.count * 3 { growSlots() }
        append(text, to: Int(term))
        return true
    }

    /// Twice the slots, every key placed again.
    private mutating func growSlots() {
        var grown = OwnedBuffer(repeating: TermTable.Slot(key: 0, value: -1), count: slots.count * 2)
        let mask = grown.count - 1
        for old in 0..<slots.count where slots[old].key != 0 {
            var index = TermTable.slot(slots[old].key, mask: mask)
            while grown[index].key != 0 { index = (index + 1) & mask }
            grown[index] = slots[old]
        }
        slots = grown
    }

    private mutating func addTerm(key: UInt64) -> Int32 {
        let size = PostingAccumulator.blockUnit
        let block = newBlock(size: size)
        states.append(
            State(
                head: block, tail: block, used: 0, capacity: Int32(size - PostingAccumulator.linkSize), length: 0,
                lastText: -1, count: 0, lastFrequency: 0))
        keys.append(key)
        return Int32(states.count - 1)
    }

    /// A zeroed block of `size` bytes (a multiple of `blockUnit`), by number.
    private mutating func newBlock(size: Int) -> UInt32 {
        let start = poolUsed
        poolUsed += size
        if poolUsed > bytes.count {
            bytes.append(repeating: 0, count: max(poolUsed - bytes.count, bytes.count))
        }
        return UInt32(start / PostingAccumulator.blockUnit)
    }

    /// The size of the block after one that holds `capacity` bytes.
    @inline(__always)
    private static func nextCapacity(after capacity: Int32) -> Int32 {
        min(2 * (capacity + Int32(linkSize)), Int32(largestBlock)) - Int32(linkSize)
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
        var rest = value
        while true {
            if state.used == state.capacity {
                let capacity = PostingAccumulator.nextCapacity(after: state.capacity)
                let block = newBlock(size: Int(capacity) + PostingAccumulator.linkSize)
                let link = Int(state.tail) * PostingAccumulator.blockUnit
                for index in 0..<PostingAccumulator.linkSize {
                    bytes[link + index] = UInt8(truncatingIfNeeded: block >> (8 * index))
                }
                state.tail = block
                state.used = 0
                state.capacity = capacity
            }
            let byte = rest < 0x80 ? UInt8(rest) : UInt8(rest & 0x7F) | 0x80
            bytes[Int(state.tail) * PostingAccumulator.blockUnit + PostingAccumulator.linkSize + Int(state.used)] = byte
            state.used += 1
            state.length += 1
            if rest < 0x80 { break }
            rest >>= 7
        }
    }

    /// Bytes of `value` as LEB128.
    static func encodedLength(_ value: UInt32) -> Int {
        var length = 1
        var rest = value >> 7
        while rest > 0 {
            length += 1
            rest >>= 7
        }
        return length
    }

    /// The term table (every key with its number) and how many texts hold each term.
    func finishTerms() -> (terms: TermTable, documentCounts: [Int32]) {
        var terms = TermTable(capacity: keys.count)
        for term in 0..<keys.count { _ = terms.value(for: keys[term], inserting: Int32(term)) }
        var counts: [Int32] = []
        counts.reserveCapacity(states.count)
        for term in 0..<states.count { counts.append(states[term].count) }
        return (terms, counts)
    }

    /// Every list back to back, and where each starts (one more entry than terms).
    func flattened() -> (postings: [UInt8], starts: [UInt32]) {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(states.count + 1)
        var total = 0
        for term in 0..<states.count {
            let state = states[term]
            total += Int(state.length)
            if state.lastText >= 0 { total += PostingAccumulator.encodedLength(state.lastFrequency) }
            starts.append(UInt32(total))
        }
        let postings = [UInt8](unsafeUninitializedCapacity: total) { output, count in
            bytes.withUnsafeBufferPointer { pool in
                let pool = UnsafeRawBufferPointer(pool)
                guard let output = UnsafeMutableRawBufferPointer(output).baseAddress else { return }
                var at = 0
                for term in 0..<states.count {
                    let state = states[term]
                    var block = Int(state.head) * PostingAccumulator.blockUnit
                    var capacity = Int32(PostingAccumulator.blockUnit - PostingAccumulator.linkSize)
                    var remaining = Int(state.length)
                    while remaining > 0 {
                        let length = min(remaining, Int(capacity))
                        (output + at).copyMemory(
                            from: pool.baseAddress! + block + PostingAccumulator.linkSize, byteCount: length)
                        at += length
                        remaining -= length
                        guard remaining > 0 else { break }
                        let link = UInt32(littleEndian: pool.loadUnaligned(fromByteOffset: block, as: UInt32.self))
                        block = Int(link) * PostingAccumulator.blockUnit
                        capacity = PostingAccumulator.nextCapacity(after: capacity)
                    }
                    // The last posting's frequency.
                    guard state.lastText >= 0 else { continue }
                    var frequency = state.lastFrequency
                    while frequency >= 0x80 {
                        output.storeBytes(of: UInt8(frequency & 0x7F) | 0x80, toByteOffset: at, as: UInt8.self)
                        at += 1
                        frequency >>= 7
                    }
                    output.storeBytes(of: UInt8(frequency), toByteOffset: at, as: UInt8.self)
                    at += 1
                }
            }
            count = total
        }
        return (postings, starts)
    }
}
