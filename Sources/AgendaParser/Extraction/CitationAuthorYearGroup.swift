/// A parenthetical group of author-year citations in any punctuation the corpus
/// uses: `(Leike等人,2022年;Anthropic,2023a年)`, `（Lin et al., 2021）`,
/// `(Holtzman et al., 2023; Steinhardt, 2023; Hendrycks, 2023,第5章)`.
///
/// `;`/`；` separate entries. In an entry the first year token (`2023`, `2023a`,
/// `2023年`) ends the authors; tokens after it are locators (`第5章`, `图1`, `p. 3`).
enum CitationAuthorYearGroup {
    struct Entry: Equatable {
        var authors: CitationNames.AuthorList
        var year: String
        var locator: String?
        /// The entry as written, without the group's parentheses.
        var text: String
        /// Where the entry lies in the scanned scalars.
        var range: Range<Int>
    }

    enum Reading: Equatable {
        /// One entry per cited work (`Smith, 2019, 2020` cites two).
        case citation([Entry])
        /// Has `et al.` or a year but could not be read: worth a warning.
        case citationLike
        /// Not a citation at all: `(第3.5节)`, `(Scaling Law)`, `(22个单词)`.
        case other
    }

    struct Result {
        var entries: [Entry] = []
        /// Entries that look like citations but could not be read, for `citation.unparsed`.
        var unparsed: [Range<Int>] = []
    }

    static func parse(_ scalars: [Unicode.Scalar], range: Range<Int>) -> Result {
        var result = Result()
        for part in split(scalars, range: range, where: CitationLexicon.isSemicolon) {
            switch readEntry(scalars, range: part) {
            case .citation(let entries): result.entries.append(contentsOf: entries)
            case .citationLike: result.unparsed.append(part)
            case .other: break
            }
        }
        return result
    }

    static let locatorLimit = 30

    /// Reads one entry: authors, one or more years, optional locators.
    static func readEntry(_ scalars: [Unicode.Scalar], range: Range<Int>) -> Reading {
        let tokens = tokenise(scalars, range: range)
        guard let firstYear = tokens.firstIndex(where: { $0.year != nil }) else {
            return looksLikeCitation(scalars, range: range) ? .citationLike : .other
        }
        let authorRange =
            firstYear > 0
            ? tokens[0].range.lowerBound..<tokens[firstYear - 1].range.upperBound : range.lowerBound..<range.lowerBound
        guard !authorRange.isEmpty, let authors = CitationNames.authorList(scalars, range: authorRange, allowHan: true)
        else {
            return firstYear > 0 || looksLikeCitation(scalars, range: range) ? .citationLike : .other
        }
        var years: [String] = []
        var index = firstYear
        while index < tokens.count, let year = tokens[index].year {
            years.append(year)
            index += 1
        }
        let locators = tokens[index...].map { scalars.text($0.range) }.filter { !$0.isEmpty }
        for locator in locators where locator.unicodeScalars.count > locatorLimit || locator.contains("。") {
            return .citationLike
        }
        let locator = locators.isEmpty ? nil : locators.joined(separator: ", ")
        let text = scalars.text(range)
        let trimmed = trimmedRange(scalars, range)
        return .citation(years.map { Entry(authors: authors, year: $0, locator: locator, text: text, range: trimmed) })
    }

    /// Reads a Markdown link's text as a citation: `Holtzman等, 2023`, `Adams`, `Newell和Simon`.
    /// A year is optional; Chinese names need one (`[官方博客](…)` is not a citation).
    static func readLinkText(_ scalars: [Unicode.Scalar], range: Range<Int>) -> (CitationNames.AuthorList, String?)? {
        let tokens = tokenise(scalars, range: range)
        let yearIndex = tokens.firstIndex { $0.year != nil }
        let authorCount = yearIndex ?? tokens.count
        guard authorCount > 0,
            let authors = CitationNames.authorList(
                scalars, range: tokens[0].range.lowerBound..<tokens[authorCount - 1].range.upperBound,
                allowHan: yearIndex != nil)
        else { return nil }
        if let yearIndex,
            tokens[(yearIndex + 1)...].contains(where: { !scalars.text($0.range).isEmpty && $0.year == nil })
        {
            return nil
        }
        return (authors, yearIndex.flatMap { tokens[$0].year })
    }

    private struct Token {
        var range: Range<Int>
        var year: String?
    }

    /// Comma-separated tokens; `Perez et al. 2022` (year after a space) becomes two tokens.
    private static func tokenise(_ scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        for part in split(scalars, range: range, where: CitationLexicon.isComma) {
            let trimmed = trimmedRange(scalars, part)
            if let year = CitationLexicon.yearToken(scalars[trimmed]) {
                tokens.append(Token(range: trimmed, year: year))
            } else if let space = scalars[trimmed].lastIndex(where: { $0 == " " }),
                let year = CitationLexicon.yearToken(scalars[(space + 1)..<trimmed.upperBound])
            {
                tokens.append(Token(range: trimmed.lowerBound..<space, year: nil))
                tokens.append(Token(range: (space + 1)..<trimmed.upperBound, year: year))
            } else {
                tokens.append(Token(range: trimmed, year: nil))
            }
        }
        return tokens
    }

    /// `et al.` or `等人` without a readable year still says "this was meant as a citation".
    private static func looksLikeCitation(_ scalars: [Unicode.Scalar], range: Range<Int>) -> Bool {
        CitationLexicon.containsAny(markers, in: scalars, range: range)
    }

    private static let markers = CitationLexicon.scalars(["et al", "等人"])

    static func split(_ scalars: [Unicode.Scalar], range: Range<Int>, where isSeparator: (Unicode.Scalar) -> Bool)
        -> [Range<Int>]
    {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where isSeparator(scalars[index]) {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    static func trimmedRange(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isBlank { lower += 1 }
        while upper > lower, scalars[upper - 1].isBlank { upper -= 1 }
        return lower..<upper
    }
}
