/// Lines that a PDF-to-text conversion leaves between pages: copyright and
/// licence footers, running headers such as `JCL 2024`, bare page numbers.
/// They are not text: they never become headings or paragraphs, and a
/// paragraph they interrupt is joined again.
///
/// Every line of a document is asked, so the checks read UTF-8 bytes: all the
/// markers are ASCII or `©`, and most lines are rejected by their first byte.
enum PageDebris {
    static func isDebris(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { isDebris(bytes: $0) }
    }

    private static func isDebris(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count < 200 else { return false }
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard start < end else { return false }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        switch text[0] {
        case 0xC2, 0xE4...0xE9, UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            // `©` (C2 A9), a Han character, `(c)`, a page number or a capital.
            return text.starts(with: copyright) || text.starts(with: lowerCopyright) || text.starts(with: copyrightWord)
                || isLicence(text) || isRunningHeader(text) || isPageNumber(text)
        default:
            return false
        }
    }

    private static let copyright = Array("©".utf8)
    private static let lowerCopyright = Array("(c) ".utf8)
    private static let copyrightWord = Array("Copyright ©".utf8)
    private static let creativeCommons = Array("Creative Commons".utf8)
    private static let license = Array("License".utf8)
    private static let licenceZh = Array("许可".utf8)

    private static func isLicence(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.containsBytes(creativeCommons) && (text.containsBytes(license) || text.containsBytes(licenceZh))
    }

    /// An acronym and a year alone on a line: `JCL 2024`, `CCL 2023`.
    private static func isRunningHeader(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let space = text.firstIndex(of: 0x20) else { return false }
        let name = text[..<space]
        let year = text[space...].drop { $0 == 0x20 }
        return (2...8).contains(name.count) && name.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            && year.count == 4 && year.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `12`, `- 12 -`: a page number on its own.
    private static func isPageNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        for byte in text where byte != UInt8(ascii: "-") && byte != 0x20 {
            guard byte >= 0x30 && byte <= 0x39 else { return false }
            digits += 1
        }
        return (1...4).contains(digits)
    }
}
