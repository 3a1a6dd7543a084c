#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only array of fixed-width integers: either owned, or a view of
/// mapped cache bytes, so a cached search index is used in place instead of
/// being copied out of the file first.
///
/// A view keeps its mapping alive through `checker`. Columns read with
/// `lazy: true` are not checksummed when the cache is opened: whoever reads
/// them calls `isIntact(_:)` on the range first, which checks the chunks it
/// touches once (see `ChunkChecker`).
package struct Column<Element: FixedWidthInteger & Sendable>: RandomAccessCollection, @unchecked Sendable {
    @usableFromInline let owned: [Element]
    @usableFromInline let view: UnsafeBufferPointer<Element>?
    /// The mapped section `view` points into; nil when owned.
    @usableFromInline let checker: ChunkChecker?
    /// Where `view` starts in the checker's section, in bytes.
    @usableFromInline let byteOffset: Int

    // Inlinable, so that other modules specialise it: a generic call across
    // modules costs a metadata look-up, far more than the element it reads.
    @inlinable
    package init(_ elements: [Element] = []) {
        owned = elements
        view = nil
        checker = nil
        byteOffset = 0
    }

    /// A view of `count` elements at `byteOffset` of `checker`'s section, which must be aligned for `Element`.
    init(view base: UnsafeRawPointer, count: Int, checker: ChunkChecker, byteOffset: Int) {
        owned = []
        view = UnsafeBufferPointer(start: base.assumingMemoryBound(to: Element.self), count: count)
        self.checker = checker
        self.byteOffset = byteOffset
    }

    @inlinable package var startIndex: Int { 0 }
    @inlinable package var endIndex: Int { view?.count ?? owned.count }

    @inlinable
    package subscript(position: Int) -> Element {
        if let view {
            precondition(position >= 0 && position < view.count, "Column index out of range")
            return view[position]
        }
        return owned[position]
    }

    // The collection basics spelled out, so no call goes through the generic defaults.
    package typealias Indices = Range<Int>
    @inlinable package var indices: Range<Int> { 0..<endIndex }
    @inlinable package var count: Int { endIndex }
    @inlinable package var isEmpty: Bool { endIndex == 0 }
    @inlinable package func index(after index: Int) -> Int { index + 1 }
    @inlinable package func index(before index: Int) -> Int { index - 1 }
    @inlinable package var first: Element? { isEmpty ? nil : self[0] }
    @inlinable package var last: Element? { isEmpty ? nil : self[endIndex - 1] }

    @inlinable
    package func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        if let view { return try body(view) }
        return try owned.withUnsafeBufferPointer(body)
    }

    /// The elements as an array (a copy when this is a view).
    @inlinable package var array: [Element] { view.map(Array.init) ?? owned }

    /// Whether elements `range` may be read: false only for a lazily checked
    /// view whose bytes there fail their checksum.
    @inlinable
    package func isIntact(_ range: Range<Int>) -> Bool {
        guard let checker, !range.isEmpty else { return true }
        let size = MemoryLayout<Element>.stride
        return checker.isIntact(byteOffset + range.lowerBound * size..<byteOffset + range.upperBound * size)
    }

    /// `isIntact(_:)` for a reader going forward through the column; `known` (bytes,
    /// empty at first) remembers the chunks last found intact.
    @inlinable
    package func isIntact(_ range: Range<Int>, known: inout Range<Int>) -> Bool {
        guard let checker, !range.isEmpty else { return true }
        let size = MemoryLayout<Element>.stride
        return checker.isIntact(
            byteOffset + range.lowerBound * size..<byteOffset + range.upperBound * size, known: &known)
    }
}

// Checks a reader runs over whole columns, written for each element type so
// that they are compiled specialised here rather than generic in the caller.

extension Column where Element == UInt8 {
    /// Whether every element is below `limit`.
    package func allBelow(_ limit: Int) -> Bool {
        withUnsafeBufferPointer { values in values.allSatisfy { Int($0) < limit } }
    }
}

extension Column where Element == Int32 {
    /// Whether every element lies in `range`.
    package func allWithin(_ range: Range<Int>) -> Bool {
        withUnsafeBufferPointer { values in values.allSatisfy { range.contains(Int($0)) } }
    }

    /// Whether every element is at least the one before it.
    package func isAscending() -> Bool {
        withUnsafeBufferPointer { values in values.indices.dropFirst().allSatisfy { values[$0 - 1] <= values[$0] } }
    }
}

extension Column where Element == UInt32 {
    /// Whether every element is at least the one before it.
    package func isAscending() -> Bool {
        withUnsafeBufferPointer { values in values.indices.dropFirst().allSatisfy { values[$0 - 1] <= values[$0] } }
    }
}

extension Column where Element == UInt64 {
    /// Whether every element is more than the one before it.
    package func isStrictlyAscending() -> Bool {
        withUnsafeBufferPointer { values in values.indices.dropFirst().allSatisfy { values[$0 - 1] < values[$0] } }
    }
}

extension Column: Equatable {
    @inlinable package static func == (lhs: Column, rhs: Column) -> Bool { lhs.elementsEqual(rhs) }
}

extension Column: Hashable {
    @inlinable package func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        withUnsafeBufferPointer { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Strings stored as one block of UTF-8 and their end offsets, decoded one
/// at a time: a cached index reads the few it shows, not all of them.
package struct StringColumn: RandomAccessCollection, Hashable, Sendable {
    package private(set) var utf8: Column<UInt8>
    /// `ends[i]` is where string `i` ends in `utf8` (it starts where `i - 1` ends).
    package private(set) var ends: Column<UInt32>

    package init(_ strings: [String] = []) {
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        ends.reserveCapacity(strings.count)
        for string in strings {
            bytes += string.utf8
            ends.append(UInt32(bytes.count))
        }
        self.utf8 = Column(bytes)
        self.ends = Column(ends)
    }

    init(utf8: Column<UInt8>, ends: Column<UInt32>) throws {
        guard ends.last.map({ Int($0) == utf8.count }) ?? utf8.isEmpty, ends.isAscending()
        else { throw BinaryCodingError.invalid("string column") }
        self.utf8 = utf8
        self.ends = ends
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { ends.count }

    package subscript(position: Int) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: $0[byteRange(position)], as: UTF8.self) }
    }

    /// The UTF-8 of string `position` in `utf8`.
    package func byteRange(_ position: Int) -> Range<Int> {
        (position == 0 ? 0 : Int(ends[position - 1]))..<Int(ends[position])
    }

    /// Compares string `position` with `other` by their UTF-8 bytes (for NFC text, the order of their scalars).
    package func compare(_ position: Int, with other: String) -> Int32 {
        var other = other
        return other.withUTF8 { right in
            utf8.withUnsafeBufferPointer { left in
                let slice = UnsafeBufferPointer(rebasing: left[byteRange(position)])
                let common = Swift.min(slice.count, right.count)
                let order = common == 0 ? 0 : memcmp(slice.baseAddress!, right.baseAddress!, common)
                if order != 0 { return order }
                return slice.count < right.count ? -1 : slice.count > right.count ? 1 : 0
            }
        }
    }

    /// Whether string `position` starts with the UTF-8 of `prefix`.
    package func hasPrefix(_ position: Int, _ prefix: String) -> Bool {
        utf8.withUnsafeBufferPointer { $0[byteRange(position)].starts(with: prefix.utf8) }
    }
}

extension Column: Codable where Element: Codable {
    package init(from decoder: Decoder) throws { self.init(try [Element](from: decoder)) }
    package func encode(to encoder: Encoder) throws { try array.encode(to: encoder) }
}

extension StringColumn: Codable {
    package init(from decoder: Decoder) throws { self.init(try [String](from: decoder)) }
    package func encode(to encoder: Encoder) throws { try Array(self).encode(to: encoder) }
}
