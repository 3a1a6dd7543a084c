import Foundation

/// JSON as every command and export writes it: pretty-printed, keys sorted,
/// slashes unescaped, and empty arrays and objects as `[]` and `{}` on one
/// line (corelibs Foundation writes `[` and `]` two lines apart).
public enum PrettyJSON {
    public static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONTextEncoder().encode(value), as: UTF8.self)
    }
}
