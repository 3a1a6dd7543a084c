/// Author lists as citations write them: `Holtzman et al.`, `Leike等人`,
/// `Critch and Krueger`, `Newell和Simon`, `CHAI, Far.ai和Ditchley Foundation`, `白宫`.
enum CitationNames {
    struct AuthorList: Equatable {
        /// Surnames or organisations as written, in order.
        var authors: [String]
        /// "And others" was written: `authors` is only the start of the list.
        var etAl: Bool
    }

    private static let prefixes = ["参见", "详见", "见", "例如", "比如", "如", "see also ", "see ", "e.g., ", "e.g. ", "cf. ", "cf "]
    private static let etAlSuffixes = ["et al.", "et al", "等人", "等"]

    /// Parses the author part of a citation; `nil` when it does not look like one.
    /// Chinese names (`白宫`) are accepted only when `allowHan` is set.
    static func authorList(_ raw: String, allowHan: Bool) -> AuthorList? {
        var text = raw.trimmingSpaces()
        for prefix in prefixes where text.hasPrefix(prefix) && text.count > prefix.count {
            text = String(text.dropFirst(prefix.count)).trimmingSpaces()
            break
        }
        var etAl = false
        for suffix in etAlSuffixes where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingSpaces()
            etAl = true
            break
        }
        while let last = text.unicodeScalars.last, CitationLexicon.isComma(last) {
            text = String(text.dropLast()).trimmingSpaces()
        }
        let names = split(text)
        guard !names.isEmpty else { return nil }
        for name in names where !isLatinName(name) && !(allowHan && isHanName(name)) {
            return nil
        }
        return AuthorList(authors: names, etAl: etAl)
    }

    /// Splits at `,` `，` `、` `&` ` and `, and at `和` `与` `及` next to a Latin letter
    /// (so an organisation such as `中华人民共和国` stays whole).
    static func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var names: [String] = []
        var start = 0
        var index = 0
        func cut(_ end: Int, _ next: Int) {
            let name = scalars.text(start..<end)
            if !name.isEmpty { names.append(name) }
            start = next
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if CitationLexicon.isComma(scalar) || scalar == "、" || scalar == "&" || scalar == ";" {
                cut(index, index + 1)
            } else if scalar == "和" || scalar == "与" || scalar == "及",
                (index > 0 && CitationLexicon.isLatinLetter(scalars[index - 1]))
                    || (index + 1 < scalars.count && CitationLexicon.isLatinLetter(scalars[index + 1]))
            {
                cut(index, index + 1)
            } else if scalar == " ", CitationLexicon.matches(Array("and ".unicodeScalars), in: scalars, at: index + 1) {
                cut(index, index + 5)
                index += 4
            }
            index += 1
        }
        cut(scalars.count, scalars.count)
        return names
    }

    private static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "ten", "ter", "dos", "das",
        "do", "bin", "al", "el", "St.", "d'",
    ]

    /// A Latin-script name or organisation: capitalised (`Hadfield-Menell`, `Far.ai`, `FAccT`),
    /// or led by a particle (`van Merwijk`); no digits, at most six words.
    static func isLatinName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 6 else { return false }
        for scalar in name.unicodeScalars
        where !(CitationLexicon.isLatinLetter(scalar) || " -'’.".unicodeScalars.contains(scalar)) {
            return false
        }
        guard let firstCapital = words.firstIndex(where: { $0.unicodeScalars.first.map(CitationLexicon.isUppercase) ?? false })
        else { return false }
        return words[..<firstCapital].allSatisfy { particles.contains(String($0).lowercased()) }
    }

    /// One to twelve Han characters (`白宫`, `国家标准化委员会`), a middle dot allowed.
    static func isHanName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        return (1...12).contains(scalars.count) && scalars.allSatisfy { $0.isHan || $0 == "·" }
    }

    private static let organisationWords: Set<String> = [
        "AI", "Lab", "Labs", "Institute", "Foundation", "Forum", "University", "Center", "Centre", "Council",
        "Committee", "Office", "Association", "Society", "Group", "Inc", "Inc.", "Ltd", "Ltd.", "Company",
        "Research", "House", "Department", "Agency", "Commission", "Google", "Microsoft", "Meta", "DeepMind",
    ]

    /// The name a narrative mention gives as the author: a person's surname
    /// (`Richard Sutton` → `Sutton`) or an organisation as written (`OpenAI`, `Google DeepMind`).
    static func narrativeAuthor(_ name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 4 else { return name }
        let looksPersonal = words.allSatisfy { word in
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first, CitationLexicon.isUppercase(first), !organisationWords.contains(word) else {
                return particles.contains(word.lowercased())
            }
            // `Richard`, `F.`: one capital then lower case; `DeepMind`, `CAIS` are organisations.
            return scalars.dropFirst().allSatisfy { !CitationLexicon.isUppercase($0) || $0 == "." }
        }
        return looksPersonal ? surname(of: name) : name
    }

    /// The surname of a full name: its last word, with particles (`Chris van Merwijk` →
    /// `van Merwijk`, `Sheer El Showk` → `El Showk`) and without `Jr.`-style suffixes.
    static func surname(of fullName: String) -> String {
        var words = fullName.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last,
            ["Jr.", "Jr", "Sr.", "II", "III", "IV"].contains(last.hasSuffix(",") ? String(last.dropLast()) : last)
        {
            words.removeLast()
        }
        guard var index = words.indices.last else { return fullName.trimmingSpaces() }
        while index > 1, particles.contains(words[index - 1].lowercased()) { index -= 1 }
        return words[index...].joined(separator: " ")
    }
}
