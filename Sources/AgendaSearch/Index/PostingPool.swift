/// Growing posting lists for many terms at once, without an allocation per term.
///
/// Each term owns a chain of fixed-size blocks inside one byte array; a list
/// that fills its block links a new one at the end of the pool. `finish`
/// copies the chains out, term by term, into one flat array.
struct PostingPool {
    private static let blockSize = 8
    private var bytes: [UInt8] = []
    /// Per block: the next block of the same term, or 0.
    private var next: [Int32] = [0]
    /// Per term: first and last block, and bytes used in the last block.
    private var head: [Int32] = []
    private var tail: [Int32] = []
    private var used: [UInt8] = []

    init() {
        bytes = [UInt8](repeating: 0, count: PostingPool.blockSize)  // block 0 is never used
    }

    /// A pool that allocates nothing, to hold a place.
    init(empty: ()) {
        next = []
    }

    var termCount: Int { head.count }

    /// Adds an empty list; returns its term number.
    mutating func addTerm() {
        let block = newBlock()
        head.append(block)
        tail.append(block)
        used.append(0)
    }

    private mutating func newBlock() -> Int32 {
        let block = Int32(next.count)
        next.append(0)
        let end = next.count * PostingPool.blockSize
        if end > bytes.count {
            bytes.append(contentsOf: repeatElement(0, count: max(end - bytes.count, bytes.count)))
        }
        return block
    }

    /// Appends `gap` to the list of `term` as LEB128.
    @inline(__always)
    mutating func append(_ gap: UInt32, to term: Int) {
        var gap = gap
        while gap >= 0x80 {
            appendByte(UInt8(gap & 0x7F) | 0x80, to: term)
            gap >>= 7
        }
        appendByte(UInt8(gap), to: term)
    }

    @inline(__always)
    private mutating func appendByte(_ byte: UInt8, to term: Int) {
        if Int(used[term]) == PostingPool.blockSize {
            let block = newBlock()
            next[Int(tail[term])] = block
            tail[term] = block
            used[term] = 0
        }
        bytes[Int(tail[term]) * PostingPool.blockSize + Int(used[term])] = byte
        used[term] += 1
    }

    /// Every list back to back, and where each starts (one more entry than terms).
    func flattened() -> (postings: [UInt8], starts: [UInt32]) {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(head.count + 1)
        var total = 0
        for term in head.indices {
            var block = Int(head[term])
            while block != Int(tail[term]) {
                total += PostingPool.blockSize
                block = Int(next[block])
            }
            total += Int(used[term])
            starts.append(UInt32(total))
        }
        let postings = [UInt8](unsafeUninitializedCapacity: total) { output, count in
            bytes.withUnsafeBufferPointer { pool in
                var at = 0
                for term in head.indices {
                    var block = Int(head[term])
                    while true {
                        let isLast = block == Int(tail[term])
                        let length = isLast ? Int(used[term]) : PostingPool.blockSize
                        let start = block * PostingPool.blockSize
                        for offset in 0..<length { output[at + offset] = pool[start + offset] }
                        at += length
                        if isLast { break }
                        block = Int(next[block])
                    }
                }
            }
            count = total
        }
        return (postings, starts)
    }
}
