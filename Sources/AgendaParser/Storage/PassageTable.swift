/// The `passages` section of the binary form, readable one passage at a time:
/// a search decodes only the passages it shows, a listing all of them.
///
/// ```
/// count, offsets (count + 1, a block of UInt64 into the records), records
/// record: kind, document (1 + its number in the documents; 0 + a name),
///         text, lines (count, then start gaps and line numbers)
/// ```
/// Records use no interned strings, so any one can be read on its own.
package struct PassageTable {
    private let records: UnsafeRawBufferPointer
    private let offsets: [UInt64]
    private let documents: [String]

    package var count: Int { offsets.count - 1 }

    /// A view of `bytes` (which must outlive it); `documents` are the corpus's document names.
    package init(_ bytes: UnsafeRawBufferPointer, documents: [String]) throws {
        var reader = BinaryReader(bytes)
        let count = try reader.read(Int.self)
        let offsets = try reader.read(block: [UInt64].self)
        let records = UnsafeRawBufferPointer(rebasing: bytes[reader.offset...])
        guard offsets.count == count + 1, offsets.first == 0, offsets.last == UInt64(records.count),
            zip(offsets, offsets.dropFirst()).allSatisfy({ $0 < $1 })
        else { throw BinaryCodingError.invalid("passage offsets") }
        self.records = records
        self.offsets = offsets
        self.documents = documents
    }

    package static func encode(_ passages: [Passage], documents: [String]) -> [UInt8] {
        var numbers: [String: Int] = [:]
        for (number, name) in documents.enumerated() where numbers[name] == nil { numbers[name] = number }
        var records = BinaryWriter(capacity: passages.reduce(0) { $0 + $1.text.utf8.count + 16 })
        var offsets: [UInt64] = [0]
        offsets.reserveCapacity(passages.count + 1)
        for passage in passages {
            records.write(case: passage.kind)
            if let number = numbers[passage.lines.document] {
                records.write(number + 1)
            } else {
                records.write(0)
                records.write(passage.lines.document)
            }
            records.write(passage.text)
            records.write(passage.lines.starts.count)
            var previous = 0
            for (start, line) in zip(passage.lines.starts, passage.lines.lineNumbers) {
                records.write(start - previous)
                records.write(line)
                previous = start
            }
            offsets.append(UInt64(records.bytes.count))
        }
        var header = BinaryWriter(capacity: offsets.count * 8 + 16)
        header.write(passages.count)
        header.write(block: offsets)
        return header.bytes + records.bytes
    }

    package func passage(at index: Int) throws -> Passage {
        guard index >= 0, index < count else { throw BinaryCodingError.invalid("passage \(index)") }
        let slice = UnsafeRawBufferPointer(rebasing: records[Int(offsets[index])..<Int(offsets[index + 1])])
        var reader = BinaryReader(slice)
        let kind = try reader.read(case: Passage.Kind.self)
        let documentNumber = try reader.read(Int.self)
        let document: String
        if documentNumber == 0 {
            document = try reader.read(String.self)
        } else {
            guard documentNumber <= documents.count else { throw BinaryCodingError.invalid("passage document") }
            document = documents[documentNumber - 1]
        }
        let text = try reader.read(String.self)
        let lineCount = try reader.readCount()
        guard lineCount > 0 else { throw BinaryCodingError.invalid("passage lines") }
        var starts: [Int] = []
        var lines: [Int] = []
        starts.reserveCapacity(lineCount)
        lines.reserveCapacity(lineCount)
        var start = 0
        let length = text.utf8.count
        for _ in 0..<lineCount {
            let gap = try reader.read(Int.self)
            guard gap <= length - start else { throw BinaryCodingError.invalid("passage line start") }
            start += gap
            starts.append(start)
            lines.append(try reader.read(Int.self))
        }
        try reader.expectEnd()
        return Passage(kind: kind, text: text, lines: LineMap(document: document, starts: starts, lineNumbers: lines))
    }

    package func all() throws -> [Passage] {
        var passages: [Passage] = []
        passages.reserveCapacity(count)
        for index in 0..<count { passages.append(try passage(at: index)) }
        return passages
    }
}
