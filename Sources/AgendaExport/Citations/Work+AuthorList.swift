import AgendaParser

extension Work {
    /// True when the corpus names only the first author(s) of a work and says there are
    /// more: every mention that names authors writes `et al.`, `等人` or `Holtzman等`, and
    /// no reference list gives the full list. One plain `Steinhardt, 2023` is enough to
    /// believe a single author.
    public var hasUnnamedAuthors: Bool {
        guard authorNames.isEmpty, !authors.isEmpty else { return false }
        let naming = mentions.filter { [.authorYear, .link, .narrative].contains($0.kind) }
        return !naming.isEmpty && naming.allSatisfy { Self.saysOthers($0.text) }
    }

    /// `et al` in any case, `等人`, or an ASCII letter right before `等`, found in
    /// one pass over the UTF-8 bytes: a work cited in hundreds of documents
    /// has thousands of mentions, and every export asks this of every work.
    static func saysOthers(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte | 0x20 == UInt8(ascii: "e"), index + 5 <= count, bytes[index + 1] | 0x20 == UInt8(ascii: "t"),
                    bytes[index + 2] == UInt8(ascii: " "), bytes[index + 3] | 0x20 == UInt8(ascii: "a"),
                    bytes[index + 4] | 0x20 == UInt8(ascii: "l")
                {
                    return true
                }
                // 等 is E7 AD 89, 人 E4 BA BA.
                if byte == 0xE7, index + 3 <= count, bytes[index + 1] == 0xAD, bytes[index + 2] == 0x89 {
                    if index > 0, isASCIILetter(bytes[index - 1]) { return true }
                    if index + 6 <= count, bytes[index + 3] == 0xE4, bytes[index + 4] == 0xBA, bytes[index + 5] == 0xBA
                    {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
