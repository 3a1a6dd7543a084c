/// A section of the binary form readable one record at a time: a search
/// decodes only the passages, concepts and works it shows; a listing reads
/// all of them.
///
/// ```
/// count, offsets (count + 1, a column of UInt64 into the records), records
/// ```
/// Records intern only the names the table is given (the corpus's document
/// names), so any one can be read on its own.
package struct RecordTable<Record: BinaryCodable>: @unchecked Sendable {
    private let records: UnsafeRawBufferPointer
    private let offsets: Column<UInt64>
    private let names: [String]
    /// Checks each record before it is read, when the table is a lazily checked mapping.
    private let checker: ChunkChecker?
    /// Where `records` starts in the checker's section.
    private let recordsStart: Int

    package var count: Int { offsets.count - 1 }

    /// A view of `bytes` (checked already, and outliving the table).
    package init(_ bytes: UnsafeRawBufferPointer, names: [String]) throws {
        var reader = BinaryReader(bytes)
        try self.init(&reader, bytes: bytes, names: names, checker: nil)
    }

    /// A view of the section of `checker`, whose records are each checked when first read; the rest is checked now.
    package init(checking checker: ChunkChecker, names: [String]) throws {
        var reader = BinaryReader(checking: checker)
        try self.init(&reader, bytes: checker.bytes, names: names, checker: checker)
        guard checker.checkAll(except: [recordsStart..<checker.bytes.count]) else {
            throw BinaryCodingError.invalid("\(Record.self) checksum")
        }
    }

    private init(_ reader: inout BinaryReader, bytes: UnsafeRawBufferPointer, names: [String], checker: ChunkChecker?)
        throws
    {
        let count = try reader.read(Int.self)
        let offsets = try reader.read(column: Column<UInt64>.self)
        let records = UnsafeRawBufferPointer(rebasing: bytes[reader.offset...])
        guard offsets.count == count + 1, offsets.first == 0, offsets.last == UInt64(records.count),
            offsets.isStrictlyAscending()
        else { throw BinaryCodingError.invalid("\(Record.self) offsets") }
        self.records = records
        self.offsets = offsets
        self.names = names
        self.checker = checker
        self.recordsStart = reader.offset
    }

    package static func encode(_ values: [Record], names: [String]) -> [UInt8] {
        let (header, records) = encodedPieces(values, names: names)
        return header + records.joined()
    }

    /// `encode` as its pieces, the count and offsets then the records in
    /// pieces, to be written one after another without being joined in
    /// memory. A large table (a thousand documents' passages) is encoded in
    /// one piece per core.
    package static func encodedPieces(_ values: [Record], names: [String]) -> (header: [UInt8], records: [[UInt8]]) {
        // Each piece's records with their ends, counted from the piece's start.
        let pieces = values.concurrentMapPieces(minimum: 4096) { piece in
            var records = BinaryWriter(capacity: piece.count * 128, names: names)
            var ends: [UInt64] = []
            ends.reserveCapacity(piece.count)
            for value in piece {
                value.encode(to: &records)
                ends.append(UInt64(records.bytes.count))
            }
            return (records.bytes, ends)
        }
        var offsets: [UInt64] = [0]
        offsets.reserveCapacity(values.count + 1)
        var base: UInt64 = 0
        for (bytes, ends) in pieces {
            for end in ends { offsets.append(base + end) }
            base += UInt64(bytes.count)
        }
        var header = BinaryWriter(capacity: offsets.count * 8 + 16)
        header.write(values.count)
        header.write(column: Column(offsets))
        return (header.bytes, pieces.map(\.0))
    }

    package func record(at index: Int) throws -> Record {
        guard index >= 0, index < count else { throw BinaryCodingError.invalid("\(Record.self) \(index)") }
        let range = Int(offsets[index])..<Int(offsets[index + 1])
        if let checker, !checker.isIntact((recordsStart + range.lowerBound)..<(recordsStart + range.upperBound)) {
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
