/// The encodings `agenda` reads. Detection order: byte-order mark, then UTF-8,
/// then GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese
/// `.txt` files), unless the user names one with `--encoding`.
public enum TextEncoding: String, Hashable, Codable, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case gb18030

    /// Accepts the names people type: `utf8`, `UTF-8`, `gbk`, `gb2312`, `utf-16`.
    public init?(name: String) {
        let folded = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch folded {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le", "utf-16", "utf16": self = .utf16LittleEndian
        case "utf-16be", "utf16be": self = .utf16BigEndian
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}
