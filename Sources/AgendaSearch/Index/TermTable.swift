import AgendaParser

/// An open-addressing hash table from a term key to its term number.
///
/// Keys are `UInt64`s (`TermKey`), never 0, so 0 marks an empty slot. Two flat
/// arrays and linear probing: much cheaper per look-up than a `Dictionary`
/// when the builder asks once per CJK character, and trivially stored.
///
/// A table read back from the cache keeps only its entries, sorted by key, and
/// finds a key by binary search: a query looks up a handful of keys, so half
/// the memory (and the pages a short-lived process must touch) is worth more.
struct TermTable: Equatable, Sendable {
    /// A key and its term number side by side, so a probe touches one cache line.
    struct Slot: Equatable, Sendable {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private(set) var count = 0
    /// Read back from the cache: the entries as two columns, ascending by key (see
    /// above), used in place; `slots` is then empty.
    private var sortedKeys = Column<UInt64>()
    private var sortedValues = Column<Int32>()
    private var isSorted = false

    /// A table with room for `capacity` keys before it grows; 0 allocates nothing.
    init(capacity: Int = 1024) {
        guard capacity > 0 else {
            slots = []
            return
        }
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
    }

    @inline(__always)
    static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// The term number of `key`, if it is known.
    func value(for key: UInt64) -> Int32? {
        if isSorted { return sortedValue(for: key) }
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var index = TermTable.slot(key, mask: mask)
        while true {
            let slot = slots[index]
            if slot.key == key { return slot.value }
            if slot.key == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// The term number of `key`, inserting `next` for a new key.
    @inline(__always)
    mutating func value(for key: UInt64, inserting next: Int32) -> (value: Int32, inserted: Bool) {
        if isSorted { rehash() }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        return slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            var index = TermTable.slot(key, mask: mask)
            while true {
                let found = slots[index].key
                if found == key { return (slots[index].value, false) }
                if found == 0 {
                    slots[index] = Slot(key: key, value: next)
                    count += 1
                    return (next, true)
                }
                index = (index + 1) & mask
            }
        }
    }

    /// The key of each term number (`count` of them; 0 for numbers never inserted).
    func keysByValue() -> [UInt64] {
        var keys = [UInt64](repeating: 0, count: count)
        for slot in entries where Int(slot.value) < count { keys[Int(slot.value)] = slot.key }
        return keys
    }

    private func sortedValue(for key: UInt64) -> Int32? {
        var low = 0
        var high = sortedKeys.count
        while low < high {
            let mid = (low + high) / 2
            if sortedKeys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < sortedKeys.count && sortedKeys[low] == key ? sortedValues[low] : nil
    }

    /// The entries, ascending by key.
    private var entries: [Slot] {
        isSorted
            ? zip(sortedKeys, sortedValues).map { Slot(key: $0, value: $1) }
            : slots.filter { $0.key != 0 }.sorted { $0.key < $1.key }
    }

    /// A sorted table back into a hash table, to take insertions.
    private mutating func rehash() {
        let old = entries
        isSorted = false
        sortedKeys = Column()
        sortedValues = Column()
        count = 0
        var size = 16
        while size < old.count * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
        for slot in old { _ = value(for: slot.key, inserting: slot.value) }
    }

    /// Equal when they map the same keys to the same numbers, whatever their layout.
    static func == (lhs: TermTable, rhs: TermTable) -> Bool {
        lhs.count == rhs.count && lhs.entries == rhs.entries
    }

    /// Whether every stored term number is below `limit`.
    func allValues(below limit: Int) -> Bool {
        if isSorted { return sortedValues.allWithin(0..<limit) }
        return slots.allSatisfy { $0.key == 0 || ($0.value >= 0 && Int($0.value) < limit) }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: max(16, old.count * 2))
        count = 0
        for slot in old where slot.key != 0 {
            _ = value(for: slot.key, inserting: slot.value)
        }
    }
}

extension TermTable: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        if isSorted {
            writer.write(column: sortedKeys)
            writer.write(column: sortedValues)
            return
        }
        let entries = self.entries
        writer.write(column: Column(entries.map(\.key)))
        writer.write(column: Column(entries.map(\.value)))
    }

    package init(from reader: inout BinaryReader) throws {
        let keys = try reader.read(column: Column<UInt64>.self)
        let values = try reader.read(column: Column<Int32>.self)
        guard keys.count == values.count, keys.first != 0, keys.isStrictlyAscending() else {
            throw BinaryCodingError.invalid("term table")
        }
        self.slots = []
        self.sortedKeys = keys
        self.sortedValues = values
        self.count = keys.count
        self.isSorted = true
    }
}

/// How terms are keyed: a tag in the top bits, then a CJK character, a pair of
/// them (21 bits each), or a 60-bit hash of a word.
///
/// Two words with the same hash would share postings; that only widens the
/// candidates, which are verified by exact search, and is all but impossible.
enum TermKey {
    static func unigram(_ scalar: UInt32) -> UInt64 { 1 << 60 | UInt64(scalar) }

    static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 {
        2 << 60 | UInt64(first) << 21 | UInt64(second)
    }

    static func word(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in scalars {
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 29
        return 3 << 60 | (hash & (1 << 60 - 1))
    }

    static func word(_ word: String) -> UInt64 { self.word(ArraySlice(word.unicodeScalars.map(\.value))) }
}
