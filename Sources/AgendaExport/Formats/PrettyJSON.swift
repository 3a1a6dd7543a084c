import Foundation

/// JSON as every command and export writes it: pretty-printed, keys sorted,
/// slashes unescaped, and empty arrays and objects as `[]` and `{}` on one
/// line (corelibs Foundation writes `[` and `]` two lines apart).
public enum PrettyJSON {
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return collapsingEmptyContainers(try encoder.encode(value))
    }

    /// `json` with each bracket pair that holds only whitespace written `[]`
    /// or `{}`. Text inside strings is left alone (a newline there is `\n`).
    static func collapsingEmptyContainers(_ json: Data) -> String {
        json.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            var inString = false
            while index < bytes.count {
                let byte = bytes[index]
                output.append(byte)
                index += 1
                if inString {
                    if byte == UInt8(ascii: "\\"), index < bytes.count {
                        output.append(bytes[index])
                        index += 1
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                    }
                    continue
                }
                if byte == UInt8(ascii: "\"") {
                    inString = true
                    continue
                }
                guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") else { continue }
                var end = index
                while end < bytes.count, bytes[end] == 0x0A || bytes[end] == 0x20 { end += 1 }
                let closing = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
                if end < bytes.count, bytes[end] == closing {
                    output.append(closing)
                    index = end + 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
