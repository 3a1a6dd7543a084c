/// Author lists as citations write them: `Holtzman et al.`, `Leike等人`,
/// `Critch and Krueger`, `Newell和Simon`, `CHAI, Far.ai和Ditchley Foundation`, `白宫`.
enum CitationNames {
    struct AuthorList: Equatable {
        /// Surnames or organisations as written, in order.
        var authors: [String]
        /// "And others" was written: `authors` is only the start of the list.
        var etAl: Bool
    }

    private static let prefixes = CitationLexicon.scalars([
        "参见", "详见", "见", "例如", "比如", "如", "see also ", "see ", "e.g., ", "e.g. ", "cf. ", "cf ",
    ])
    private static let etAlSuffixes = CitationLexicon.scalars(["et al.", "et al", "等人", "等"])
    private static let and = Array(" and ".unicodeScalars)

    /// Parses the author part of a citation; `nil` when it does not look like one.
    /// Chinese names (`白宫`) are accepted only when `allowHan` is set.
    static func authorList(_ raw: String, allowHan: Bool) -> AuthorList? {
        let scalars = raw.scalarArray
        return authorList(scalars, range: 0..<scalars.count, allowHan: allowHan)
    }

    /// The same, reading `range` of `scalars` without building strings until it succeeds.
    static func authorList(_ scalars: [Unicode.Scalar], range: Range<Int>, allowHan: Bool) -> AuthorList? {
        var range = CitationAuthorYearGroup.trimmedRange(scalars, range)
        for prefix in prefixes
        where range.count > prefix.count && CitationLexicon.matches(prefix, in: scalars, at: range.lowerBound) {
            range = CitationAuthorYearGroup.trimmedRange(scalars, (range.lowerBound + prefix.count)..<range.upperBound)
            break
        }
        var etAl = false
        for suffix in etAlSuffixes
        where range.count >= suffix.count && CitationLexicon.matches(suffix, in: scalars, endingAt: range.upperBound) {
            range = CitationAuthorYearGroup.trimmedRange(scalars, range.lowerBound..<(range.upperBound - suffix.count))
            etAl = true
            break
        }
        while let last = range.last, CitationLexicon.isComma(scalars[last]) {
            range = CitationAuthorYearGroup.trimmedRange(scalars, range.lowerBound..<last)
        }
        let names = nameRanges(scalars, range: range)
        guard !names.isEmpty else { return nil }
        for name in names where !isLatinName(scalars, name) && !(allowHan && isHanName(scalars, name)) {
            return nil
        }
        return AuthorList(authors: names.map { scalars.text($0) }, etAl: etAl)
    }

    /// Splits at `,` `，` `、` `&` ` and `, and at `和` `与` `及` next to a Latin letter
    /// (so an organisation such as `中华人民共和国` stays whole).
    static func split(_ text: String) -> [String] {
        let scalars = text.scalarArray
        return nameRanges(scalars, range: 0..<scalars.count).map { scalars.text($0) }
    }

    /// The trimmed, non-empty name ranges of `range`, split as `split` describes.
    static func nameRanges(_ scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        func cut(_ end: Int, _ next: Int) {
            let name = CitationAuthorYearGroup.trimmedRange(scalars, start..<end)
            if !name.isEmpty { names.append(name) }
            start = next
        }
        while index < range.upperBound {
            let scalar = scalars[index]
            if CitationLexicon.isComma(scalar) || scalar == "、" || scalar == "&" || scalar == ";" {
                cut(index, index + 1)
            } else if scalar == "和" || scalar == "与" || scalar == "及",
                (index > range.lowerBound && CitationLexicon.isLatinLetter(scalars[index - 1]))
                    || (index + 1 < range.upperBound && CitationLexicon.isLatinLetter(scalars[index + 1]))
            {
                cut(index, index + 1)
            } else if scalar == " ", index + and.count <= range.upperBound,
                CitationLexicon.matches(and, in: scalars, at: index)
            {
                cut(index, index + and.count)
                index += and.count - 1
            } else if scalar == "a", index == start,
                CitationLexicon.matches(Array(and.dropFirst()), in: scalars, at: index)
            {
                // `, and Jared Kaplan`: the `and` right after a comma.
                start = index + and.count - 1
                index = start - 1
            }
            index += 1
        }
        cut(range.upperBound, range.upperBound)
        return names
    }

    private static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "ten", "ter", "dos", "das",
        "do", "bin", "al", "el", "st.", "d'",
    ]

    /// A Latin-script name or organisation: capitalised (`Hadfield-Menell`, `Far.ai`, `FAccT`),
    /// or led by a particle (`van Merwijk`); no digits, at most six words.
    static func isLatinName(_ name: String) -> Bool {
        let scalars = name.scalarArray
        return isLatinName(scalars, 0..<scalars.count)
    }

    static func isLatinName(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var words = 0
        var wordStart: Int?
        var sawCapitalWord = false
        var index = range.lowerBound
        while index <= range.upperBound {
            let scalar = index < range.upperBound ? scalars[index] : " "
            if scalar == " " {
                if let start = wordStart {
                    words += 1
                    if words > 6 { return false }
                    if !sawCapitalWord {
                        if CitationLexicon.isUppercase(scalars[start]) {
                            sawCapitalWord = true
                        } else if !particles.contains(scalars.text(start..<index).lowercased()) {
                            return false
                        }
                    }
                    wordStart = nil
                }
            } else {
                guard
                    CitationLexicon.isLatinLetter(scalar) || scalar == "-" || scalar == "'" || scalar == "’"
                        || scalar == "."
                else {
                    return false
                }
                if wordStart == nil { wordStart = index }
            }
            index += 1
        }
        return sawCapitalWord
    }

    /// One to twelve Han characters (`白宫`, `国家标准化委员会`), a middle dot allowed.
    static func isHanName(_ name: String) -> Bool {
        let scalars = name.scalarArray
        return isHanName(scalars, 0..<scalars.count)
    }

    static func isHanName(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        (1...12).contains(range.count) && scalars[range].allSatisfy { $0.isHan || $0 == "·" }
    }

    private static let organisationWords: Set<String> = [
        "AI", "Lab", "Labs", "Institute", "Foundation", "Forum", "University", "Center", "Centre", "Council",
        "Committee", "Office", "Association", "Society", "Group", "Inc", "Inc.", "Ltd", "Ltd.", "Company",
        "Research", "House", "Department", "Agency", "Commission", "Google", "Microsoft", "Meta", "DeepMind",
    ]

    /// The name a narrative mention gives as the author: a person's surname
    /// (`Richard Sutton` → `Sutton`) or an organisation as written (`OpenAI`, `Google DeepMind`).
    static func narrativeAuthor(_ name: String) -> String {
        let words = name.wordsBetweenSpaces()
        guard words.count >= 2, words.count <= 4 else { return name }
        let looksPersonal = words.allSatisfy { word in
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first, CitationLexicon.isUppercase(first), !organisationWords.contains(word)
            else {
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
        var words = fullName.wordsBetweenSpaces()
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
