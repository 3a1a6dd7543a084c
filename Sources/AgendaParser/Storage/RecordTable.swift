/// A section of the binary form readable one record at a time: a search
/// decodes only the passages, concepts and works it shows; a listing reads
/// all of them.
///
/// ```
/// records, count, offsets (count + 1, a column of UInt64 into the records),
/// u64 where the count starts
/// ```
/// The records come first so that a large table is written as it is encoded,
/// a batch at a time, and never held encoded whole. Records intern only the
/// names the table is given (the corpus's document names), so any one can be
/// read on its own.
package struct RecordTable<Record: BinaryCodable>: @unchecked Sendable {
    private let records: UnsafeRawBufferPointer
    private let offsets: Column<UInt64>
    private let names: [String]
    /// Checks each record before it is read, when the table is a lazily checked mapping.
    private let checker: ChunkChecker?

    package var count: Int { offsets.count - 1 }

    /// A view of `bytes` (checked already, and outliving the table).
    package init(_ bytes: UnsafeRawBufferPointer, names: [String]) throws {
        try self.init(bytes: bytes, names: names, checker: nil) { BinaryReader(bytes, offset: $0) }
    }

    /// A view of the section of `checker`, whose records are each checked when first read; the rest is checked now.
    package init(checking checker: ChunkChecker, names: [String]) throws {
        try self.init(bytes: checker.bytes, names: names, checker: checker) {
            BinaryReader(checking: checker, offset: $0)
        }
        guard checker.checkAll(except: [0..<records.count]) else {
            throw BinaryCodingError.invalid("\(Record.self) checksum")
        }
    }

    private init(
        bytes: UnsafeRawBufferPointer, names: [String], checker: ChunkChecker?, reader: (Int) -> BinaryReader
    ) throws {
        guard bytes.count >= 8 else { throw BinaryCodingError.truncated }
        var trailer = reader(bytes.count - 8)
        let tail = try trailer.read(fixed: UInt64.self)
        guard tail <= UInt64(bytes.count - 8) else { throw BinaryCodingError.invalid("\(Record.self) offsets") }
        var reader = reader(Int(tail))
        let count = try reader.read(Int.self)
        let offsets = try reader.read(column: Column<UInt64>.self)
        guard reader.offset == bytes.count - 8, offsets.count == count + 1, offsets.first == 0,
            offsets.last == tail, offsets.isStrictlyAscending()
        else { throw BinaryCodingError.invalid("\(Record.self) offsets") }
        self.records = UnsafeRawBufferPointer(rebasing: bytes[..<Int(tail)])
        self.offsets = offsets
        self.names = names
        self.checker = checker
    }

    package static func encode(_ values: [Record], names: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(values, names: names) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// `encode` handed to `sink` as it is made: the records in batches, each
    /// encoded in one piece per core, then the offsets, so that a large table
    /// (a thousand documents' passages) is never held encoded whole.
    package static func encode(
        _ values: [Record], names: [String], batch: Int = 1 << 13, to sink: (UnsafeRawBufferPointer) -> Void
    ) {
        var offsets: [UInt64] = [0]
        offsets.reserveCapacity(values.count + 1)
        var base: UInt64 = 0
        for start in stride(from: 0, to: values.count, by: batch) {
            // Each piece's records with their ends, counted from the piece's start.
            let pieces = Array(values[start..<min(start + batch, values.count)]).concurrentMapPieces(minimum: 4096) {
                piece in
                var records = BinaryWriter(capacity: piece.count * 128, names: names)
                var ends: [UInt64] = []
                ends.reserveCapacity(piece.count)
                for value in piece {
                    value.encode(to: &records)
                    ends.append(UInt64(records.bytes.count))
                }
                return (records.bytes, ends)
            }
            for (bytes, ends) in pieces {
                for end in ends { offsets.append(base + end) }
                base += UInt64(bytes.count)
                bytes.withUnsafeBytes(sink)
            }
        }
        // The offsets column is aligned as it would be in a writer that had written the records too.
        var tail = BinaryWriter(capacity: offsets.count * 8 + 32, position: Int(base))
        tail.write(values.count)
        tail.write(column: Column(offsets))
        tail.write(fixed: base)
        tail.bytes.withUnsafeBytes(sink)
    }

    package func record(at index: Int) throws -> Record {
        guard index >= 0, index < count else { throw BinaryCodingError.invalid("\(Record.self) \(index)") }
        let range = Int(offsets[index])..<Int(offsets[index + 1])
        if let checker, !checker.isIntact(range) {
            throw BinaryCodingError.invalid("\(Record.self) \(index) checksum")
        }
        var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: records[range]), names: names)
        let record = try Record(from: &reader)
        try reader.expectEnd()
        return record
    }

    /// Every record, in order. A large table (a thousand documents' passages) is
    /// decoded in one piece per core; any bad record fails the whole read.
    package func all() throws -> [Record] {
        let pieces = Array(0..<count).concurrentMapPieces(minimum: 4096) { indices in
            Result { try indices.map { try record(at: $0) } }
        }
        var all: [Record] = []
        all.reserveCapacity(count)
        for piece in pieces { all += try piece.get() }
        return all
    }
}
