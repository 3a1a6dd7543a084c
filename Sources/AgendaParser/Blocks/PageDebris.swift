/// Lines that a PDF-to-text conversion leaves between pages: copyright and
/// licence footers, running headers such as `JCL 2024`, bare page numbers.
/// They are not text: they never become headings or paragraphs, and a
/// paragraph they interrupt is joined again.
enum PageDebris {
    static func isDebris(_ line: String) -> Bool {
        // Cheap rejection first: debris is short and starts with ©, a Han character, a capital, a digit or `-`.
        guard line.utf8.count < 200, let lead = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        guard lead == 0xC2 || (0xE4...0xE9).contains(lead) || lead == UInt8(ascii: "(") || lead == UInt8(ascii: "-") || (lead >= 0x30 && lead <= 0x39) || (lead >= 0x41 && lead <= 0x5A) else {
            return false
        }
        let text = line.trimmingSpaces()
        guard !text.isEmpty else { return false }
        if text.hasPrefix("©") || text.hasPrefix("(c) ") || text.hasPrefix("Copyright ©") {
            return true
        }
        if text.contains("Creative Commons") && (text.contains("License") || text.contains("许可")) {
            return true
        }
        return isRunningHeader(text) || isPageNumber(text)
    }

    /// An acronym and a year alone on a line: `JCL 2024`, `CCL 2023`.
    private static func isRunningHeader(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count == 2 else { return false }
        let name = parts[0].unicodeScalars
        let year = parts[1].unicodeScalars
        return (2...8).contains(name.count) && name.allSatisfy({ ("A"..."Z").contains($0) })
            && year.count == 4 && year.allSatisfy({ ("0"..."9").contains($0) })
    }

    /// `12`, `- 12 -`: a page number on its own.
    private static func isPageNumber(_ text: String) -> Bool {
        let core = text.unicodeScalars.filter { $0 != "-" && $0 != " " }
        return !core.isEmpty && core.count <= 4 && core.allSatisfy({ ("0"..."9").contains($0) })
    }
}
