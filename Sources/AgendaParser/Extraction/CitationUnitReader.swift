/// Turns the spans of one unit into citation facts: links, author-year groups,
/// narrative mentions, `《》` titles and bare URLs. Footnote markers are handed
/// back for the document to pair with their definitions.
struct CitationUnitReader {
    let unit: CitationUnit
    let spans: CitationSpans

    struct Output {
        var facts: [CitationFact] = []
        var diagnostics: [Diagnostic] = []
        var markers: [(label: String, mention: Mention)] = []
    }

    init(unit: CitationUnit) {
        self.unit = unit
        self.spans = CitationScanner(scalars: unit.scalars).scan()
    }

    var scalars: [Unicode.Scalar] { unit.scalars }

    func read() -> Output {
        var found: [(position: Int, fact: CitationFact)] = []
        var output = Output()
        for link in spans.links {
            if let fact = linkFact(link) { found.append((link.range.lowerBound, fact)) }
        }
        for url in spans.urls {
            var fact = CitationFact(
                mention: Mention(source: unit.source(at: url.range.lowerBound), text: url.url, kind: .url))
            fact.adopt(url: url.url)
            fact.kind = .webpage
            found.append((url.range.lowerBound, fact))
        }
        for paren in spans.parens where !paren.hasMarkup && paren.close - paren.open <= CitationSpans.maximumParen {
            readParen(paren, into: &found, diagnostics: &output.diagnostics)
        }
        found.append(contentsOf: titledAndNarrativeFacts())
        for marker in spans.markers {
            let mention = Mention(
                source: unit.source(at: marker.range.lowerBound), text: scalars.text(marker.range), kind: .footnote)
            output.markers.append((marker.label, mention))
        }
        output.facts = found.sorted { $0.position < $1.position }.map(\.fact)
        return output
    }

    /// `[Holtzman等, 2023](https://arxiv.org/pdf/2308.00189)`, `[Adams](https://dl.acm.org/doi/…)`.
    /// Without a year, one capitalised word is an author only before a DOI or arXiv
    /// link (`[GitHub](https://github.com/…)` is not); any other link still cites its URL.
    private func linkFact(_ link: CitationSpans.Link) -> CitationFact? {
        guard CitationIdentifiers.parts(link.target) != nil else { return nil }
        let source = unit.source(at: link.range.lowerBound)
        guard let (authors, year) = CitationAuthorYearGroup.readLinkText(scalars, range: link.text),
            year != nil || authors.etAl || authors.authors.count > 1 || CitationIdentifiers.isScholarly(link.target)
        else {
            var fact = CitationFact(mention: Mention(source: source, text: link.target, kind: .url))
            fact.adopt(url: link.target)
            fact.kind = .webpage
            return fact
        }
        var fact = CitationFact(mention: Mention(source: source, text: scalars.text(link.range), kind: .link))
        fact.authors = authors.authors
        fact.etAl = authors.etAl
        fact.year = year
        fact.adopt(url: link.target)
        fact.kind = fact.arxiv != nil ? .preprint : (fact.doi != nil ? nil : .webpage)
        return fact
    }

    /// An author-year group, or `Kenton等人(2021年)`: a year alone after an author.
    private func readParen(
        _ paren: CitationSpans.Paren, into found: inout [(position: Int, fact: CitationFact)],
        diagnostics: inout [Diagnostic]
    ) {
        let content = CitationAuthorYearGroup.trimmedRange(scalars, paren.content)
        if let year = CitationLexicon.yearToken(scalars[content]) {
            guard let author = CitationNarrative.author(endingAt: paren.open, in: scalars, adverbs: false) else {
                return
            }
            let range = author.start..<(paren.close + 1)
            var fact = CitationFact(
                mention: Mention(source: unit.source(at: author.start), text: scalars.text(range), kind: .narrative))
            fact.authors = author.list.authors
            fact.etAl = author.list.etAl
            fact.year = year
            found.append((author.start, fact))
            return
        }
        let group = CitationAuthorYearGroup.parse(scalars, range: content)
        for entry in group.entries {
            let mention = Mention(
                source: unit.source(at: entry.range.lowerBound), text: entry.text, kind: .authorYear,
                locator: entry.locator)
            var fact = CitationFact(mention: mention)
            fact.authors = entry.authors.authors
            fact.etAl = entry.authors.etAl
            fact.year = entry.year
            found.append((entry.range.lowerBound, fact))
        }
        for range in group.unparsed {
            diagnostics.append(CitationDiagnostics.unparsed(scalars.text(range), at: unit.source(at: range.lowerBound)))
        }
    }
}
