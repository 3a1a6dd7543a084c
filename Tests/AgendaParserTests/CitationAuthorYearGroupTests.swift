import Testing

@testable import AgendaParser

/// Parenthetical author-year groups in every punctuation variant of the corpus.
@Suite struct CitationAuthorYearGroupTests {
    /// One expected entry: authors joined by `|`, "et al.", year, locator.
    struct Entry: Equatable, CustomStringConvertible {
        var authors: String
        var etAl: Bool
        var year: String
        var locator: String?
        var description: String { "\(authors)\(etAl ? " et al." : "") \(year) \(locator ?? "")" }
    }

    static func read(_ content: String) -> (entries: [Entry], unparsed: Int) {
        let scalars = Array(content.unicodeScalars)
        let result = CitationAuthorYearGroup.parse(scalars, range: 0..<scalars.count)
        let entries = result.entries.map {
            Entry(
                authors: $0.authors.authors.joined(separator: "|"), etAl: $0.authors.etAl, year: $0.year,
                locator: $0.locator)
        }
        return (entries, result.unparsed.count)
    }

    static let variants: [(String, [Entry])] = [
        (
            "Leike等人,2022年;Anthropic,2023a年;Frontier Model Forum,2023年",
            [
                Entry(authors: "Leike", etAl: true, year: "2022"),
                Entry(authors: "Anthropic", etAl: false, year: "2023a"),
                Entry(authors: "Frontier Model Forum", etAl: false, year: "2023"),
            ]
        ),
        (
            "白宫,2023年;办公室,2023年;委员会,2023年",
            [
                Entry(authors: "白宫", etAl: false, year: "2023"), Entry(authors: "办公室", etAl: false, year: "2023"),
                Entry(authors: "委员会", etAl: false, year: "2023"),
            ]
        ),
        (
            "CHAI, Far.ai和Ditchley Foundation,2023年",
            [Entry(authors: "CHAI|Far.ai|Ditchley Foundation", etAl: false, year: "2023")]
        ),
        ("Sanh等人,2019年,图1", [Entry(authors: "Sanh", etAl: true, year: "2019", locator: "图1")]),
        (
            "Holtzman et al., 2023; Steinhardt, 2023; Hendrycks, 2023,第5章",
            [
                Entry(authors: "Holtzman", etAl: true, year: "2023"),
                Entry(authors: "Steinhardt", etAl: false, year: "2023"),
                Entry(authors: "Hendrycks", etAl: false, year: "2023", locator: "第5章"),
            ]
        ),
        ("Adams et al., 2014,表4", [Entry(authors: "Adams", etAl: true, year: "2014", locator: "表4")]),
        ("Lin et al., 2021", [Entry(authors: "Lin", etAl: true, year: "2021")]),
        ("Newell和Simon, 1976", [Entry(authors: "Newell|Simon", etAl: false, year: "1976")]),
        ("Critch and Krueger, 2020", [Entry(authors: "Critch|Krueger", etAl: false, year: "2020")]),
        ("Critch和Krueger,2020年", [Entry(authors: "Critch|Krueger", etAl: false, year: "2020")]),
        (
            "Askell et al., 2021; Bai et al., 2022",
            [
                Entry(authors: "Askell", etAl: true, year: "2021"), Entry(authors: "Bai", etAl: true, year: "2022"),
            ]
        ),
        (
            "Askell et al.，2021；Bai et al.，2022",
            [
                Entry(authors: "Askell", etAl: true, year: "2021"), Entry(authors: "Bai", etAl: true, year: "2022"),
            ]
        ),
        ("Christiano,2018", [Entry(authors: "Christiano", etAl: false, year: "2018")]),
        (
            "Gabriel,2020;Ngo等人,2023",
            [
                Entry(authors: "Gabriel", etAl: false, year: "2020"), Entry(authors: "Ngo", etAl: true, year: "2023"),
            ]
        ),
        ("Weidinger等人,2023a", [Entry(authors: "Weidinger", etAl: true, year: "2023a")]),
        ("Hendrycks等人,2021a年", [Entry(authors: "Hendrycks", etAl: true, year: "2021a")]),
        ("Holtzman等, 2023", [Entry(authors: "Holtzman", etAl: true, year: "2023")]),
        ("Perez et al. 2022", [Entry(authors: "Perez", etAl: true, year: "2022")]),
        ("Smith & Jones, 2020, p. 3", [Entry(authors: "Smith|Jones", etAl: false, year: "2020", locator: "p. 3")]),
        (
            "Smith, 2019, 2020",
            [Entry(authors: "Smith", etAl: false, year: "2019"), Entry(authors: "Smith", etAl: false, year: "2020")]
        ),
        ("参见Smith等人，2019年", [Entry(authors: "Smith", etAl: true, year: "2019")]),
        ("see van Dijk, 2020", [Entry(authors: "van Dijk", etAl: false, year: "2020")]),
        ("Hadfield-Menell et al., 2017", [Entry(authors: "Hadfield-Menell", etAl: true, year: "2017")]),
        ("Sébastien Bubeck, 2023", [Entry(authors: "Sébastien Bubeck", etAl: false, year: "2023")]),
    ]

    @Test(arguments: variants)
    func groupVariant(_ content: String, _ expected: [Entry]) {
        let result = Self.read(content)
        #expect(result.entries == expected)
        #expect(result.unparsed == 0)
    }

    @Test(arguments: [
        "参见第2.2.3节和第3.3节", "第3.5节", "2017", "Scaling Law", "Existential Risk, X-Risk", "202203AA080004",
        "2022D01D43", "22个单词", "1", "即67%的观众认为AI研究和发展构成X-Risk威胁, 33%认为不会", "Goal Transparency", "LLMs",
        "见表1", "emergent behaviors", "",
    ])
    func notACitation(_ content: String) {
        let result = Self.read(content)
        #expect(result.entries.isEmpty)
        #expect(result.unparsed == 0)
    }

    @Test(arguments: [
        "Smith et al.", "Smith等人", "GPT-4, 2023",
        "Smith et al., 2020, which first showed this at length in a long aside",
        "Smith, 2020, 第3章。其余", "第3版, 2019",
    ])
    func citationLikeButUnreadable(_ content: String) {
        let result = Self.read(content)
        #expect(result.entries.isEmpty)
        #expect(result.unparsed == 1)
    }

    @Test func unreadableEntryBesideReadableOnes() {
        let result = Self.read("Smith, 2020; Jones et al.")
        #expect(result.entries == [Entry(authors: "Smith", etAl: false, year: "2020")])
        #expect(result.unparsed == 1)
    }

    @Test(arguments: [
        ("2023", "2023"), ("2023a", "2023a"), ("2023年", "2023"), ("2023a年", "2023a"), ("1960", "1960"),
    ])
    func yearTokens(_ token: String, _ year: String) {
        #expect(CitationLexicon.yearToken(token.unicodeScalars) == year)
    }

    @Test(arguments: ["1850", "2023ab", "202", "20234", "2023年代", "a2023", "２０２３"])
    func notYearTokens(_ token: String) {
        #expect(CitationLexicon.yearToken(token.unicodeScalars) == nil)
    }

    // MARK: - Through the whole parser

    @Test func fullWidthParenthesesAndNesting() throws {
        let works = CitationTesting.works("对于真实性，可以利用对抗性问答任务（例如TruthfulQA（Lin et al., 2021））检测。\n")
        let lin = try #require(works.first)
        #expect(works.count == 1)
        #expect(lin.key == "lin2021")
        #expect(
            lin.mentions == [
                Mention(source: SourceLocation(document: "t.md", line: 1), text: "Lin et al., 2021", kind: .authorYear)
            ])
    }

    @Test func mixedParenthesesAndMentionLines() {
        let text = "第一行(Smith, 2020）。\n\n第三行（Jones等人,2021年)与(Smith, 2020)。\n"
        let works = CitationTesting.works(text, name: "a.txt")
        #expect(works.map(\.key) == ["jones2021", "smith2020"])
        #expect(works[1].mentions.map(\.source.line) == [1, 3])
        #expect(works[0].mentions.map(\.source.line) == [3])
    }

    @Test func groupSplitOverTwoLinesKeepsEachEntrysLine() {
        // A Markdown paragraph joins its lines; each entry keeps the line it starts on.
        let text = "正文(Holtzman et al., 2023;\nSteinhardt, 2023)继续。\n"
        let works = CitationTesting.works(text)
        #expect(works.map(\.key) == ["holtzman2023", "steinhardt2023"])
        #expect(works.map { $0.mentions[0].source.line } == [1, 2])
    }

    @Test func unparsedParenthesisIsADiagnosticWithItsLine() {
        let corpus = CitationTesting.parse([("t.md", "第一段。\n\n这一点已有研究(Smith et al.)指出。\n")])
        #expect(corpus.works.isEmpty)
        let diagnostics = CitationTesting.citationDiagnostics(corpus)
        #expect(diagnostics.map(\.id) == [CitationDiagnostics.unparsedID])
        #expect(diagnostics.first?.source == SourceLocation(document: "t.md", line: 3))
        #expect(
            diagnostics.first?.description
                == "t.md:3: warning: citation-like parenthesis not understood: 'Smith et al.' [citation.unparsed]")
    }

    @Test func notCitationsMakeNoWorksAndNoWarnings() {
        let text = """
            这意味着仅依赖评估可能不足(参见第2.2.3节和第3.3节)，见(第3.5节)。在(2017)年，标度律(Scaling Law)与存亡风险(Existential Risk, X-Risk)。
            本研究受专项（202203AA080004）资助。该声明仅包含一句话(22个单词)。
            (1) 从用户提供的对齐信号中学习奖励模型。

            """
        let corpus = CitationTesting.parse([("t.txt", text)])
        #expect(corpus.works.isEmpty)
        #expect(CitationTesting.citationDiagnostics(corpus).isEmpty)
    }
}
