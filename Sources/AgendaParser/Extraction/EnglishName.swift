/// The English inside `中文（…）`, if it is a name: `Large Language Model, LLM`,
/// `Scalable Oversight`, `LLMs`. Citations (`Lin et al., 2021`), section
/// references, years, URLs and mostly-Chinese asides are not names.
struct EnglishName: Equatable {
    var english: String
    var abbreviation: String?

    init?(_ inner: [Unicode.Scalar]) {
        var text = String(String.UnicodeScalarView(inner)).trimmingSpaces()
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return nil }
        // Citations (`Gabriel,2020;Ngo等人,2023`) are not names, whatever else they hold.
        guard !Self.containsYear(text), !text.contains("等人"), !text.contains(";"), !text.contains("；") else { return nil }
        // `Induction Head，可用于解释…`: the name ends before the Chinese aside.
        if text.unicodeScalars.contains(where: \.isWideScript) {
            guard let comma = text.firstIndex(where: { $0 == "，" || $0 == "," }),
                !text[..<comma].unicodeScalars.contains(where: \.isWideScript)
            else { return nil }
            text = String(text[..<comma]).trimmingSpaces()
        }
        let lower = text.lowercased()
        guard !lower.contains("http"), !lower.contains("et al"), !Self.containsYear(text), text.count <= 80 else { return nil }
        let parts = text.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
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

    /// `LLM`, `LLMs`, `X-Risk`, `RLHF`, `LLM-agent`: short, two or more capitals.
    static func isAbbreviation(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count <= 10, !scalars.contains(" ") else { return false }
        return scalars.filter({ ("A"..."Z").contains($0) }).count >= 2
    }

    static func containsYear(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
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
