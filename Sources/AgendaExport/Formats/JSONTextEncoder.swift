import AgendaParser
import Foundation

/// Encodes values as the JSON text `PrettyJSON` promises: what Foundation's
/// `JSONEncoder` writes with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (two-space indent, `"key" : value`, keys in
/// UTF-8 order, the same escapes and number forms), except that empty
/// containers are `[]` and `{}`. Foundation's encoder writes a thousand
/// documents' works at about 12 MB/s; this one builds a light tree and writes
/// it out in one pass.
struct JSONTextEncoder {
    func encode(_ value: some Encodable) throws -> [UInt8] {
        let root = try TreeEncoder.box(value)
        var writer = JSONTextWriter()
        writer.write(root, indent: 0)
        return writer.bytes
    }
}

/// A value of the tree: scalars as their text, containers by reference so
/// that nested containers can be filled after they are placed.
enum JSONTreeValue {
    case null
    case bool(Bool)
    /// A number, already in its JSON form.
    case number(String)
    case string(String)
    case container(JSONTreeContainer)
    /// What an encoder handed out by `superEncoder()` ends up holding.
    case deferred(TreeEncoder)
    /// An array whose elements are written already, each as at indent 0 (see `ConcurrentJSONArray`).
    case writtenElements([[UInt8]])
}

final class JSONTreeContainer {
    let isObject: Bool
    var elements: [JSONTreeValue] = []
    var members: [(key: String, value: JSONTreeValue)] = []

    init(isObject: Bool) { self.isObject = isObject }
}

/// The `Encoder` that builds the tree. Coding paths are not kept: nothing
/// here reports them, and keeping them costs an array per value.
final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    fileprivate(set) var value: JSONTreeValue?

    /// `value` as a tree: scalars directly, anything else through its `encode(to:)`.
    static func box<T: Encodable>(_ value: T) throws -> JSONTreeValue {
        // Metatype tests rather than `as?` casts: most values are strings and
        // integers, and a dynamic cast per value showed in the profile.
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .number(String(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Double.self { return try number(unsafeBitCast(value, to: Double.self)) }
        switch value {
        case let float as Float: return try number(float)
        case let url as URL: return .string(url.absoluteString)
        case let number as any FixedWidthInteger: return .number(String(describing: number))
        default:
            let encoder = TreeEncoder()
            try value.encode(to: encoder)
            // A value that encoded nothing is an empty object, as Foundation writes it.
            return encoder.value ?? .container(JSONTreeContainer(isObject: true))
        }
    }

    /// Swift's shortest form, without a trailing `.0` (`100`, `0.5`, `1e-07`, `1e+21`).
    static func number<Number: BinaryFloatingPoint & CustomStringConvertible>(_ value: Number) throws -> JSONTreeValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) is not JSON"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    private func container(isObject: Bool) -> JSONTreeContainer {
        if case .container(let existing)? = value, existing.isObject == isObject { return existing }
        let container = JSONTreeContainer(isObject: isObject)
        value = .container(container)
        return container
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedTreeContainer<Key>(container: container(isObject: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedTreeContainer(container: container(isObject: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleTreeContainer(encoder: self) }

    fileprivate func set(_ value: JSONTreeValue) { self.value = value }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let container: JSONTreeContainer
    var codingPath: [any CodingKey] { [] }

    private func put(_ value: JSONTreeValue, _ key: Key) { container.members.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { put(.string(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(try TreeEncoder.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(try TreeEncoder.number(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try TreeEncoder.box(value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = JSONTreeContainer(isObject: true)
        put(.container(nested), key)
        return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(container: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONTreeContainer(isObject: false)
        put(.container(nested), key)
        return UnkeyedTreeContainer(container: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder()
        container.members.append(("super", .deferred(encoder)))
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = TreeEncoder()
        put(.deferred(encoder), key)
        return encoder
    }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let container: JSONTreeContainer
    var codingPath: [any CodingKey] { [] }
    var count: Int { container.elements.count }

    mutating func encodeNil() { container.elements.append(.null) }
    mutating func encode(_ value: Bool) { container.elements.append(.bool(value)) }
    mutating func encode(_ value: String) { container.elements.append(.string(value)) }
    mutating func encode(_ value: Int) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int8) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int16) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int32) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int64) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt8) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt16) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt32) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt64) { container.elements.append(.number(String(value))) }
    mutating func encode(_ value: Double) throws { container.elements.append(try TreeEncoder.number(value)) }
    mutating func encode(_ value: Float) throws { container.elements.append(try TreeEncoder.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { container.elements.append(try TreeEncoder.box(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = JSONTreeContainer(isObject: true)
        container.elements.append(.container(nested))
        return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(container: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONTreeContainer(isObject: false)
        container.elements.append(.container(nested))
        return UnkeyedTreeContainer(container: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder()
        container.elements.append(.deferred(encoder))
        return encoder
    }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.set(.null) }
    mutating func encode(_ value: Bool) { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) { encoder.set(.string(value)) }
    mutating func encode(_ value: Int) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int8) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int16) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int32) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int64) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt8) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt16) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt32) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt64) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Double) throws { encoder.set(try TreeEncoder.number(value)) }
    mutating func encode(_ value: Float) throws { encoder.set(try TreeEncoder.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.set(try TreeEncoder.box(value)) }
}

/// Writes a tree as pretty-printed JSON text.
struct JSONTextWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: JSONTreeValue, indent: Int) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .string(let text): writeString(text)
        case .deferred(let encoder):
            write(encoder.value ?? .container(JSONTreeContainer(isObject: true)), indent: indent)
        case .writtenElements(let elements):
            guard !elements.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                startItem(index, indent: indent)
                // A written string has no raw line break: each one ends a line of structure.
                var start = 0
                for (offset, byte) in element.enumerated() where byte == 0x0A {
                    bytes.append(contentsOf: element[start...offset])
                    spaces(indent + 2)
                    start = offset + 1
                }
                bytes.append(contentsOf: element[start...])
            }
            close(UInt8(ascii: "]"), indent: indent)
        case .container(let container) where container.isObject:
            let kept = Self.sortedMembers(container.members)
            guard !kept.isEmpty else { return bytes.append(contentsOf: "{}".utf8) }
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in kept.enumerated() {
                startItem(index, indent: indent)
                writeString(member.key)
                bytes.append(contentsOf: " : ".utf8)
                write(member.value, indent: indent + 2)
            }
            close(UInt8(ascii: "}"), indent: indent)
        case .container(let container):
            guard !container.elements.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
            bytes.append(UInt8(ascii: "["))
            for (index, element) in container.elements.enumerated() {
                startItem(index, indent: indent)
                write(element, indent: indent + 2)
            }
            close(UInt8(ascii: "]"), indent: indent)
        }
    }

    /// Members by key in UTF-8 order; of a key written twice, the last value
    /// counts (as in Foundation). Most objects come sorted already.
    private static func sortedMembers(_ members: [(key: String, value: JSONTreeValue)]) -> [(
        key: String, value: JSONTreeValue
    )] {
        var ordered = true
        for index in members.indices.dropFirst()
        where !members[index - 1].key.utf8.lexicographicallyPrecedes(members[index].key.utf8) {
            ordered = false
            break
        }
        guard !ordered else { return members }
        let sorted = members.enumerated().sorted { lhs, rhs in
            lhs.element.key == rhs.element.key
                ? lhs.offset < rhs.offset : lhs.element.key.utf8.lexicographicallyPrecedes(rhs.element.key.utf8)
        }
        var kept: [(key: String, value: JSONTreeValue)] = []
        kept.reserveCapacity(sorted.count)
        for (_, member) in sorted {
            if let last = kept.last, last.key == member.key {
                kept[kept.count - 1] = member
            } else {
                kept.append(member)
            }
        }
        return kept
    }

    /// Before item `index` of a container at `indent`: a comma after the one before, a line break, the item's indent.
    private mutating func startItem(_ index: Int, indent: Int) {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
        spaces(indent + 2)
    }

    /// A container's closing bracket on a line of its own, at `indent`.
    private mutating func close(_ bracket: UInt8, indent: Int) {
        bytes.append(0x0A)
        spaces(indent)
        bytes.append(bracket)
    }

    private mutating func spaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// `"…"` with `"` and `\` escaped, and control characters as `\n`, `\t`,
    /// `\r`, `\b`, `\f` or `\u00XX`; everything else (`/`, CJK) as it is.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                switch byte {
                case 0x22: bytes.append(contentsOf: "\\\"".utf8)
                case 0x5C: bytes.append(contentsOf: "\\\\".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0x08: bytes.append(contentsOf: "\\b".utf8)
                case 0x0C: bytes.append(contentsOf: "\\f".utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// An array that `JSONTextEncoder` writes one element per core, each element boxed
/// and written on its own and then indented into place: the same text as the plain
/// array, for long lists of records (a thousand documents' works). Any other encoder
/// gets the plain array.
package struct ConcurrentJSONArray<Element: Encodable & Sendable>: Encodable, Sendable {
    package var elements: [Element]

    package init(_ elements: [Element]) { self.elements = elements }

    package func encode(to encoder: any Encoder) throws {
        guard let tree = encoder as? TreeEncoder else {
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
            return
        }
        let written = elements.concurrentMap { element -> Result<[UInt8], any Error> in
            Result { try JSONTextEncoder().encode(element) }
        }
        tree.set(.writtenElements(try written.map { try $0.get() }))
    }
}
