import AgendaExport
import Foundation

/// Machine output: camelCase keys, sorted, pretty-printed, absent values as `null`,
/// slashes and CJK unescaped. Control characters from documents are escaped by
/// the encoder, so JSON never carries raw terminal sequences.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        try PrettyJSON.encode(value) + "\n"
    }
}

/// Keys for the hand-written `encode(to:)` of the views.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where K == JSONKey {
    /// Encodes `value`, writing `null` for `nil` (synthesised Codable would omit the key).
    mutating func put<T: Encodable>(_ value: T?, _ key: String) throws {
        if let value { try encode(value, forKey: JSONKey(key)) } else { try encodeNil(forKey: JSONKey(key)) }
    }
}
