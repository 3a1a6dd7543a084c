/// The English inside `中文（…）`, if it is a name: `Large Language Model, LLM`,
/// `Scalable Oversight`, `LLMs`. Citations (`Lin et al., 2021`), section
/// references, years, URLs and mostly-Chinese asides are not names.
struct EnglishName: Equatable {
    var english: String
    var abbreviation: String?

    init?(_ inner: [Unicode.Scalar]) {
        // Citations (`Gabriel,2020;Ngo等人,2023`) are not names, whatever else they hold. Most
        // parentheses are citations, so this is decided on the scalars before any string is built.
        guard let first = inner.first(where: { !$0.isBlank }), first.isASCII, first.properties.isAlphabetic,
            !Self.containsYear(inner), !Self.containsCitationMark(inner)
        else { return nil }
        var text = String(unicodeScalars: inner).trimmingSpaces()
        // `Induction Head，可用于解释…`: the name ends before the Chinese aside.
        if text.unicodeScalars.contains(where: \.isWideScript) {
            guard let comma = text.unicodeScalars.firstIndex(where: Self.isComma),
                !text.unicodeScalars[..<comma].contains(where: \.isWideScript)
            else { return nil }
            text = String(text[..<comma]).trimmingSpaces()
        }
        let lower = text.lowercased()
        guard !lower.containsText("http"), !lower.containsText("et al"), !Self.containsYear(text), text.count <= 80
        else { return nil }
        let parts = Self.commaSeparated(text)
        guard !parts.isEmpty else { return nil }
        if parts.count >= 2, let last = parts.last, Self.isAbbreviation(last) {
            english = parts.dropLast().joined(separator: ", ")
            abbreviation = last
        } else if parts.count == 1 {
            english = parts[0]
            abbreviation = Self.isAbbreviation(parts[0]) ? parts[0] : nil
        } else {
            // `Existential Risk, X-Risk` is handled above; other lists are not one name.
            return nil
        }
    }

    private static func isComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "，" }

    /// The non-empty, trimmed parts of `text` between commas.
    private static func commaSeparated(_ text: String) -> [String] {
        var parts: [String] = []
        var start = text.startIndex
        let scalars = text.unicodeScalars
        for index in scalars.indices where isComma(scalars[index]) {
            parts.append(text[start..<index].trimmingSpaces())
            start = scalars.index(after: index)
        }
        parts.append(text[start...].trimmingSpaces())
        return parts.filter { !$0.isEmpty }
    }

    /// `LLM`, `LLMs`, `X-Risk`, `RLHF`, `LLM-agent`: short, two or more capitals.
    static func isAbbreviation(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count <= 10, !scalars.contains(" ") else { return false }
        return scalars.filter({ ("A"..."Z").contains($0) }).count >= 2
    }

    /// `;`, `；` or `等人`: marks of a citation list.
    private static func containsCitationMark(_ scalars: [Unicode.Scalar]) -> Bool {
        for (index, scalar) in scalars.enumerated() {
            if scalar == ";" || scalar == "；" { return true }
            if scalar == "等", index + 1 < scalars.count, scalars[index + 1] == "人" { return true }
        }
        return false
    }

    static func containsYear(_ text: String) -> Bool { containsYear(text.scalarArray) }

    /// Four digits starting with 1 or 2, not part of a longer number.
    static func containsYear(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index + 4 <= scalars.count {
            let window = scalars[index..<(index + 4)]
            if window.allSatisfy({ ("0"..."9").contains($0) }), window.first == "1" || window.first == "2",
                index == 0 || !("0"..."9").contains(scalars[index - 1]),
                index + 4 == scalars.count || !("0"..."9").contains(scalars[index + 4])
            {
                return true
            }
            index += 1
        }
        return false
    }
}
