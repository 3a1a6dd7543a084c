/// The month that ACL-style reference lists put at the end of an entry's details:
/// `*Minds Mach.*, 22(2):71–85, may.`, `pages 1–10, Sept.`, `*Venue*, December.`
enum CitationMonth {
    private static let names = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// The details without a trailing month, and that month (1–12). Details that do not
    /// end with a month come back as they are, with no month; details that are only a
    /// month come back as nil.
    static func split(details: String) -> (details: String?, month: Int?) {
        let scalars = details.unicodeScalars
        let comma = scalars.lastIndex(of: ",")
        let wordStart = comma.map(scalars.index(after:)) ?? scalars.startIndex
        guard let month = number(String(details[wordStart...]).trimmingSpaces()) else { return (details, nil) }
        guard let comma else { return (nil, month) }
        let before = String(details[..<comma]).trimmingSpaces()
        return (before.isEmpty ? nil : before, month)
    }

    /// 1–12 for a month name or its abbreviation (`jan` … `dec`, `sept`), in lower case
    /// or capitalised; an abbreviation may keep its period (`Sept.`). Nil for anything else.
    static func number(_ word: String) -> Int? {
        var word = Substring(word)
        var hadPeriod = false
        if word.hasSuffix(".") {
            word = word.dropLast()
            hadPeriod = true
        }
        guard word.count >= 3, word.unicodeScalars.allSatisfy(CitationLexicon.isASCIILetter) else { return nil }
        let rest = word.dropFirst()
        guard rest == rest.lowercased() else { return nil }
        let folded = word.lowercased()
        if let index = names.firstIndex(of: folded), !hadPeriod || folded.count == 3 { return index + 1 }
        if folded == "sept" { return 9 }
        if folded.count == 3, let index = names.firstIndex(where: { $0.hasPrefix(folded) }) { return index + 1 }
        return nil
    }
}
