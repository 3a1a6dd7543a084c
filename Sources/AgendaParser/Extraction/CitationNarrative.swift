/// Authors named in running text rather than in parentheses: `Kenton等人(2021年)`,
/// `Christiano等人发表了《…》`, `Kaplan等人的《…》`, `Richard Sutton发表的…《…》`,
/// `OpenAI还发表了《…》`, `McCulloch和Pitts发表了…`.
enum CitationNarrative {
    struct Author {
        var list: CitationNames.AuthorList
        /// Where the author expression starts.
        var start: Int
    }

    static let lookBehind = 80
    private static let adverbs: Set<Unicode.Scalar> = ["还", "也", "又", "曾", "则", "都", "先", "后", "首"]
    private static let etAlHan = Array("等人".unicodeScalars)
    private static let etAlLatin = Array(" et al.".unicodeScalars)
    private static let etAlLatinBare = Array(" et al".unicodeScalars)

    /// The author expression that ends just before `end`: Latin names joined by
    /// `和`/`与`/`、`/`and`, optionally followed by `等人`/`等`/`et al.` and, when
    /// `adverbs` is set, by `还`/`也`… (`OpenAI还发表了`). Chinese-only names are not
    /// taken from running text: nothing marks where they begin.
    static func author(endingAt end: Int, in scalars: [Unicode.Scalar], adverbs allowAdverbs: Bool) -> Author? {
        var index = end
        func skipBlanks() { while index > 0, scalars[index - 1].isBlank { index -= 1 } }
        skipBlanks()
        if allowAdverbs {
            var taken = 0
            while index > 0, taken < 2, adverbs.contains(scalars[index - 1]) {
                index -= 1
                taken += 1
            }
            skipBlanks()
        }
        var etAl = false
        if CitationLexicon.matches(etAlHan, in: scalars, endingAt: index) {
            index -= etAlHan.count
            etAl = true
        } else if index > 0, scalars[index - 1] == "等" {
            index -= 1
            etAl = true
        } else if CitationLexicon.matches(etAlLatin, in: scalars, endingAt: index) {
            index -= etAlLatin.count
            etAl = true
        } else if CitationLexicon.matches(etAlLatinBare, in: scalars, endingAt: index) {
            index -= etAlLatinBare.count
            etAl = true
        }
        skipBlanks()
        let nameEnd = index
        let limit = max(0, end - lookBehind)
        while index > limit {
            let scalar = scalars[index - 1]
            if CitationLexicon.isLatinLetter(scalar) || " -'’.&".unicodeScalars.contains(scalar) {
                index -= 1
            } else if scalar == "和" || scalar == "与" || scalar == "、", index >= 2,
                CitationLexicon.isLatinLetter(scalars[index - 2]), index < nameEnd,
                CitationLexicon.isLatinLetter(scalars[index])
            {
                index -= 1
            } else {
                break
            }
        }
        // Drop stray punctuation and leading lower-case words (`the work of Smith`).
        var start = index
        while start < nameEnd, !CitationLexicon.isLatinLetter(scalars[start]) { start += 1 }
        while start < nameEnd, !CitationLexicon.isUppercase(scalars[start]) {
            guard let space = scalars[start..<nameEnd].firstIndex(of: " ") else { return nil }
            start = space
            while start < nameEnd, !CitationLexicon.isLatinLetter(scalars[start]) { start += 1 }
        }
        let text = scalars.text(start..<nameEnd)
        let names = CitationNames.split(text)
        guard !names.isEmpty, names.allSatisfy(CitationNames.isLatinName) else { return nil }
        let authors = names.map(CitationNames.narrativeAuthor)
        return Author(list: CitationNames.AuthorList(authors: authors, etAl: etAl), start: start)
    }

    private static let published = Array("发表了".unicodeScalars)

    /// `1943年，McCulloch和Pitts发表了第一个…`: an author who published in a year the
    /// sentence gives, with no `《title》` in the clause (titles are read with the title).
    /// Returns each fact with the index of its sentence start.
    static func publications(in unit: CitationUnit, spans: CitationSpans) -> [(
        position: Int, sentence: Int, fact: CitationFact
    )] {
        let scalars = unit.scalars
        // A local copy: the loop reads it at every scalar, and a static is reached through a
        // once-check each time (`perf`: about 2 % of a parse).
        let published = Self.published
        var results: [(position: Int, sentence: Int, fact: CitationFact)] = []
        var index = 0
        while index + published.count <= scalars.count {
            guard scalars[index] == "发", CitationLexicon.matches(published, in: scalars, at: index) else {
                index += 1
                continue
            }
            defer { index += published.count }
            var clauseEnd = index + published.count
            while clauseEnd < scalars.count, clauseEnd - index < lookBehind * 2,
                !CitationLexicon.endsClause(scalars[clauseEnd]),
                scalars[clauseEnd] != "《"
            {
                clauseEnd += 1
            }
            if clauseEnd < scalars.count, scalars[clauseEnd] == "《" { continue }
            guard let author = author(endingAt: index, in: scalars, adverbs: true),
                let year = spans.yearBefore(author.start)
            else { continue }
            let range = author.start..<(index + published.count)
            var fact = CitationFact(
                mention: Mention(source: unit.source(at: author.start), text: scalars.text(range), kind: .narrative))
            fact.authors = author.list.authors
            fact.etAl = author.list.etAl
            fact.year = year
            results.append((author.start, spans.sentenceStart(of: index), fact))
        }
        return results
    }
}
