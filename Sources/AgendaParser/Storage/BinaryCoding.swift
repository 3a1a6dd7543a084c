/// A compact, versioned binary form for the model, used by the on-disk cache.
///
/// Values are written in a fixed order with no keys: integers little-endian,
/// lengths and small numbers as LEB128, strings as a length and their UTF-8,
/// arrays of integers as one block of bytes, enum cases by their position.
/// Names that repeat (document names, diagnostic ids) are interned: written
/// once, then by number.
///
/// Reading never trusts the bytes: every length and offset is checked
/// against what is left, so a truncated or corrupt file throws
/// `BinaryCodingError` instead of crashing.
package protocol BinaryCodable {
    func encode(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws
}

package enum BinaryCodingError: Error, Equatable, CustomStringConvertible {
    case truncated
    case invalid(String)

    package var description: String {
        switch self {
        case .truncated: "unexpected end of data"
        case .invalid(let what): "invalid data: \(what)"
        }
    }
}

package struct BinaryWriter {
    /// What was written; for a spilling writer, only what was not sent yet.
    package private(set) var bytes: [UInt8] = []
    private var interned: [String: Int] = [:]
    /// Interns only the names it was given, so that any value can be read on its own (`RecordTable`).
    private var internsNewStrings = true
    /// Where a spilling writer sends its bytes (see `init(spillingTo:)`).
    private var sink: ((UnsafeRawBufferPointer) -> Void)?
    /// Bytes sent to `sink` so far, or said to come before (`init(capacity:position:)`).
    private var spilled = 0
    /// Columns this large go to the sink as they stand rather than through `bytes`.
    private static let directSize = 1 << 16
    /// A spilling writer sends `bytes` on once it holds this much.
    private static let spillSize = 1 << 20

    package init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer that sends its bytes to `sink` as it goes instead of keeping
    /// them, so that a large index is never held encoded in memory whole:
    /// large columns are sent without being copied. `flush()` sends the rest.
    package init(spillingTo sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.spillSize)
    }

    /// Bytes written since the start, sent or not (columns are aligned to it).
    package var position: Int { spilled + bytes.count }

    /// Sends what `bytes` holds to the sink (a writer without one keeps it).
    package mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes(sink)
        spilled += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }

    /// Sends what `bytes` holds on once it is a block's worth (for a spilling writer
    /// given many small values: only columns are sent on by themselves).
    package mutating func flushIfFull() {
        if sink != nil && bytes.count >= Self.spillSize { flush() }
    }

    /// Appends `raw`; a spilling writer sends a large one straight on.
    private mutating func append(block raw: UnsafeRawBufferPointer) {
        guard let sink, raw.count >= Self.directSize else {
            bytes.append(contentsOf: raw)
            if sink != nil && bytes.count >= Self.spillSize { flush() }
            return
        }
        flush()
        sink(raw)
        spilled += raw.count
    }

    /// A writer whose bytes follow `position` bytes written elsewhere: columns are aligned as
    /// if those came first.
    package init(capacity: Int, position: Int) {
        bytes.reserveCapacity(capacity)
        spilled = position
    }

    /// A writer whose interned strings are `names` only (others are written in full each time).
    package init(capacity: Int = 1 << 16, names: [String]) {
        bytes.reserveCapacity(capacity)
        for (number, name) in names.enumerated() where interned[name] == nil { interned[name] = number }
        internsNewStrings = false
    }

    package mutating func write<T: FixedWidthInteger>(fixed value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A non-negative integer as LEB128 (one byte below 128).
    package mutating func write(_ value: Int) {
        precondition(value >= 0, "BinaryWriter writes non-negative integers only")
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func write(_ value: Double) { write(fixed: value.bitPattern) }

    package mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    package mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// A string that repeats (a document name, a diagnostic id): its number
    /// after the first time. 0 introduces a new one, n + 1 repeats the nth.
    package mutating func write(interned value: String) {
        if let number = interned[value] {
            write(number + 1)
        } else {
            if internsNewStrings { interned[value] = interned.count }
            write(0)
            write(value)
        }
    }

    /// An enum case as its position in `allCases`.
    package mutating func write<T: CaseIterable & Equatable>(case value: T) {
        write(T.allCases.distance(from: T.allCases.startIndex, to: T.allCases.firstIndex(of: value)!))
    }

    package mutating func write<T: BinaryCodable>(_ value: T) { value.encode(to: &self) }

    package mutating func write<T: BinaryCodable>(_ value: T?) {
        write(value != nil)
        if let value { value.encode(to: &self) }
    }

    package mutating func write<T: BinaryCodable>(_ values: [T]) { write(values) { $0.write($1) } }

    package mutating func write(_ values: [String]) { write(values) { $0.write($1) } }

    package mutating func write(_ values: [Int]) { write(values) { $0.write($1) } }

    /// A count, then each value as `element` writes it.
    private mutating func write<T>(_ values: [T], element: (inout BinaryWriter, T) -> Void) {
        write(values.count)
        for value in values { element(&self, value) }
    }

    /// A column: its count, zero bytes up to a multiple of 8 from the writer's
    /// start, then its elements as a block, so a reader of a mapped, aligned
    /// buffer can use them in place (`BinaryReader.read(column:lazy:)`).
    package mutating func write<T: FixedWidthInteger>(column values: Column<T>) {
        write(values.count)
        while position % 8 != 0 { bytes.append(0) }
        values.withUnsafeBufferPointer { buffer in
            if 1.littleEndian == 1 {
                append(block: UnsafeRawBufferPointer(buffer))
            } else {
                for value in buffer { write(fixed: value) }
            }
        }
    }

    /// The start of a column of `count` bytes whose bytes follow in parts
    /// (`appendToByteColumn`): what `write(column:)` writes before the elements.
    package mutating func beginByteColumn(count: Int) {
        write(count)
        while position % 8 != 0 { bytes.append(0) }
    }

    /// The next bytes of the column begun by `beginByteColumn`; all its parts must add up to its count.
    package mutating func appendToByteColumn(_ raw: UnsafeRawBufferPointer) {
        append(block: raw)
    }

    package mutating func write(_ strings: StringColumn) {
        write(column: strings.utf8)
        write(column: strings.ends)
    }

    /// An array of fixed-width integers as one block of little-endian bytes.
    package mutating func write<T: FixedWidthInteger>(block values: [T]) {
        write(values.count)
        values.withUnsafeBytes { raw in
            if 1.littleEndian == 1 {
                append(block: raw)
            } else {
                for value in values { write(fixed: value) }
            }
        }
    }
}

package struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    package private(set) var offset: Int
    private var interned: [String] = []
    /// When reading a mapped cache section: columns become views into it.
    private let checker: ChunkChecker?
    /// The byte ranges of the columns read with `lazy: true`, which the checker checks only when they are read.
    package private(set) var lazyRanges: [Range<Int>] = []

    /// Interns only the names it was given (see `BinaryWriter.init(capacity:names:)`).
    private var internsNewStrings = true

    /// Reads `bytes`, which must stay valid while the reader is used.
    package init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
        self.checker = nil
    }

    /// Reads what a writer with these `names` wrote.
    package init(_ bytes: UnsafeRawBufferPointer, names: [String]) {
        self.init(bytes)
        interned = names
        internsNewStrings = false
    }

    /// Reads the section of `checker` in place, from `offset`: columns are views into it, kept alive by the checker.
    package init(checking checker: ChunkChecker, offset: Int = 0) {
        self.bytes = checker.bytes
        self.offset = offset
        self.checker = checker
    }

    package var isAtEnd: Bool { offset == bytes.count }

    /// Throws unless every byte was read: a section longer than its contents is damaged.
    package func expectEnd() throws {
        guard isAtEnd else { throw BinaryCodingError.invalid("\(bytes.count - offset) bytes left over") }
    }

    private mutating func take(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw BinaryCodingError.truncated }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
        offset += count
        return slice
    }

    package mutating func read<T: FixedWidthInteger>(fixed type: T.Type = T.self) throws -> T {
        let raw = try take(MemoryLayout<T>.size)
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: raw) }
        return T(littleEndian: value)
    }

    package mutating func read(_ type: Int.Type = Int.self) throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw BinaryCodingError.truncated }
            let byte = bytes[offset]
            offset += 1
            guard shift < 63 else { throw BinaryCodingError.invalid("integer too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw BinaryCodingError.invalid("integer out of range") }
        return Int(value)
    }

    /// A count of things that each take at least one byte: never more than the bytes left.
    package mutating func readCount() throws -> Int {
        let count = try read(Int.self)
        guard count <= bytes.count - offset else { throw BinaryCodingError.truncated }
        return count
    }

    package mutating func read(_ type: Bool.Type = Bool.self) throws -> Bool {
        switch try read(fixed: UInt8.self) {
        case 0: false
        case 1: true
        default: throw BinaryCodingError.invalid("boolean")
        }
    }

    package mutating func read(_ type: Double.Type = Double.self) throws -> Double {
        Double(bitPattern: try read(fixed: UInt64.self))
    }

    package mutating func read(_ type: String.Type = String.self) throws -> String {
        let raw = try take(try read(Int.self))
        return String(decoding: raw.bindMemory(to: UInt8.self), as: UTF8.self)
    }

    package mutating func read(_ type: String?.Type = String?.self) throws -> String? {
        try read(Bool.self) ? try read(String.self) : nil
    }

    package mutating func readInterned() throws -> String {
        let number = try read(Int.self)
        if number == 0 {
            let value = try read(String.self)
            if internsNewStrings { interned.append(value) }
            return value
        }
        guard number <= interned.count else { throw BinaryCodingError.invalid("interned string \(number)") }
        return interned[number - 1]
    }

    /// An enum case from its position in `allCases`.
    package mutating func read<T: CaseIterable>(case type: T.Type = T.self) throws -> T {
        let position = try read(Int.self)
        let cases = T.allCases
        guard position < cases.count else { throw BinaryCodingError.invalid("\(T.self) case \(position)") }
        return cases[cases.index(cases.startIndex, offsetBy: position)]
    }

    package mutating func read<T: BinaryCodable>(_ type: T.Type = T.self) throws -> T { try T(from: &self) }

    package mutating func read<T: BinaryCodable>(_ type: T?.Type = T?.self) throws -> T? {
        try read(Bool.self) ? try T(from: &self) : nil
    }

    package mutating func read<T: BinaryCodable>(_ type: [T].Type = [T].self) throws -> [T] {
        try readArray { try T(from: &$0) }
    }

    package mutating func read(_ type: [String].Type = [String].self) throws -> [String] {
        try readArray { try $0.read(String.self) }
    }

    package mutating func read(_ type: [Int].Type = [Int].self) throws -> [Int] {
        try readArray { try $0.read(Int.self) }
    }

    /// A count (checked against the bytes left), then that many values as `element` reads them.
    private mutating func readArray<T>(_ element: (inout BinaryReader) throws -> T) throws -> [T] {
        let count = try readCount()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }

    /// A column written by `BinaryWriter.write(column:)`: a view of the bytes
    /// when reading a checked mapping (and they are aligned), else a copy.
    /// `lazy` views are left out of the checker's first check (`lazyRanges`):
    /// their reader checks each range before reading it.
    package mutating func read<T: FixedWidthInteger>(column type: Column<T>.Type = Column<T>.self, lazy: Bool = false)
        throws -> Column<T>
    {
        let count = try read(Int.self)
        while offset % 8 != 0 {
            guard try read(fixed: UInt8.self) == 0 else { throw BinaryCodingError.invalid("column padding") }
        }
        guard count <= (bytes.count - offset) / MemoryLayout<T>.size else { throw BinaryCodingError.truncated }
        let start = offset
        let raw = try take(count * MemoryLayout<T>.size)
        if let checker, 1.littleEndian == 1, let base = raw.baseAddress ?? bytes.baseAddress,
            Int(bitPattern: base) % MemoryLayout<T>.alignment == 0
        {
            if lazy { lazyRanges.append(start..<offset) }
            return Column(view: base, count: count, checker: checker, byteOffset: start)
        }
        return Column(
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
                if 1.littleEndian != 1 {
                    for index in 0..<count { buffer[index] = T(littleEndian: buffer[index]) }
                }
                initialized = count
            })
    }

    package mutating func read(_ type: StringColumn.Type = StringColumn.self) throws -> StringColumn {
        try StringColumn(utf8: try read(column: Column<UInt8>.self), ends: try read(column: Column<UInt32>.self))
    }

    package mutating func read<T: FixedWidthInteger>(block type: [T].Type = [T].self) throws -> [T] {
        let count = try read(Int.self)
        guard count <= (bytes.count - offset) / MemoryLayout<T>.size else { throw BinaryCodingError.truncated }
        let raw = try take(count * MemoryLayout<T>.size)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            if 1.littleEndian != 1 {
                for index in 0..<count { buffer[index] = T(littleEndian: buffer[index]) }
            }
            initialized = count
        }
    }
}
