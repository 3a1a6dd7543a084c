import AgendaTestSupport
import Testing

@testable import AgendaParser

/// Reference-list entries (ACL style) and footnotes.
@Suite struct CitationReferenceEntryTests {
    struct Case: Sendable, CustomStringConvertible {
        var entry: String
        var authors: [String]
        var authorNames: [String]
        var year: String
        var title: String?
        var venue: String?
        var details: String?
        var arxiv: String?
        var kind: Work.Kind
        var month: Int? = nil
        var description: String { String(entry.prefix(40)) }
    }

    static let cases: [Case] = [
        Case(
            entry:
                "Dario Amodei, Chris Olah, Jacob Steinhardt, Paul F. Christiano, John Schulman, and Dan Mané. 2016. Concrete problems in AI safety. *CoRR*, abs/1606.06565.",
            authors: ["Amodei", "Olah", "Steinhardt", "Christiano", "Schulman", "Mané"],
            authorNames: [
                "Dario Amodei", "Chris Olah", "Jacob Steinhardt", "Paul F. Christiano", "John Schulman", "Dan Mané",
            ],
            year: "2016", title: "Concrete problems in AI safety", venue: "CoRR", details: nil, arxiv: "1606.06565",
            kind: .preprint),
        Case(
            entry:
                "Nick Bostrom. 2012. The superintelligent will: Motivation and instrumental rationality in advanced artificial agents. *Minds Mach.*, 22(2):71–85, may.",
            authors: ["Bostrom"], authorNames: ["Nick Bostrom"], year: "2012",
            title: "The superintelligent will: Motivation and instrumental rationality in advanced artificial agents",
            venue: "Minds Mach.", details: "22(2):71–85", arxiv: nil, kind: .journalArticle, month: 5),
        Case(
            entry: "Joseph Carlsmith. 2022. Is power-seeking AI an existential risk? *ArXiv*, abs/2206.13353.",
            authors: ["Carlsmith"], authorNames: ["Joseph Carlsmith"], year: "2022",
            title: "Is power-seeking AI an existential risk?",
            venue: "ArXiv", details: nil, arxiv: "2206.13353", kind: .preprint),
        Case(
            entry: "Micah Carroll. 2018. Overview of current AI alignment approaches.", authors: ["Carroll"],
            authorNames: ["Micah Carroll"],
            year: "2018", title: "Overview of current AI alignment approaches", venue: nil, details: nil, arxiv: nil,
            kind: .unknown),
        Case(
            entry:
                "Andrew Critch and David Krueger. 2020. AI research considerations for human existential safety (ARCHES). *CoRR*, abs/2006.04948.",
            authors: ["Critch", "Krueger"], authorNames: ["Andrew Critch", "David Krueger"], year: "2020",
            title: "AI research considerations for human existential safety (ARCHES)", venue: "CoRR", details: nil,
            arxiv: "2006.04948",
            kind: .preprint),
        Case(
            entry:
                "Evan Hubinger, Chris van Merwijk, Vladimir Mikulik, Joar Skalse, and Scott Garrabrant. 2019. Risks from learned optimization in advanced machine learning systems. *CoRR*, abs/1906.01820.",
            authors: ["Hubinger", "van Merwijk", "Mikulik", "Skalse", "Garrabrant"],
            authorNames: ["Evan Hubinger", "Chris van Merwijk", "Vladimir Mikulik", "Joar Skalse", "Scott Garrabrant"],
            year: "2019",
            title: "Risks from learned optimization in advanced machine learning systems", venue: "CoRR", details: nil,
            arxiv: "1906.01820",
            kind: .preprint),
        Case(
            entry:
                "Sheer El Showk, Zachary Chase Lipton, and G R Khundadze. 2021b. A title: with a colon. In *Proceedings of ACL*, pages 1–10.",
            authors: ["El Showk", "Lipton", "Khundadze"],
            authorNames: ["Sheer El Showk", "Zachary Chase Lipton", "G R Khundadze"],
            year: "2021b", title: "A title: with a colon", venue: "Proceedings of ACL", details: "pages 1–10",
            arxiv: nil,
            kind: .conferencePaper),
        Case(
            entry:
                "Norbert Wiener. 1960. Some moral and technical consequences of automation. Science, 131(3410):1355–1358.",
            authors: ["Wiener"], authorNames: ["Norbert Wiener"], year: "1960",
            title: "Some moral and technical consequences of automation",
            venue: "Science", details: "131(3410):1355–1358", arxiv: nil, kind: .journalArticle),
        // A trailing month, in the forms ACL-style lists write it.
        Case(
            entry: "Jane Doe. 2019. A study of months. In *Proceedings of ACL*, pages 1–10, Sept.",
            authors: ["Doe"], authorNames: ["Jane Doe"], year: "2019", title: "A study of months",
            venue: "Proceedings of ACL", details: "pages 1–10", arxiv: nil, kind: .conferencePaper, month: 9),
        Case(
            entry: "John Roe. 2020. Only a month. *Journal X*, December.",
            authors: ["Roe"], authorNames: ["John Roe"], year: "2020", title: "Only a month",
            venue: "Journal X", details: nil, arxiv: nil, kind: .journalArticle, month: 12),
        Case(
            entry: "Ann Poe. 2018. A plain venue. Science, 131(3410):1355–1358, jan.",
            authors: ["Poe"], authorNames: ["Ann Poe"], year: "2018", title: "A plain venue",
            venue: "Science", details: "131(3410):1355–1358", arxiv: nil, kind: .journalArticle, month: 1),
        Case(
            entry: "Bo Li. 2021. Not a month. *Journal Y*, 3(1):5–9, Online.",
            authors: ["Li"], authorNames: ["Bo Li"], year: "2021", title: "Not a month",
            venue: "Journal Y", details: "3(1):5–9, Online", arxiv: nil, kind: .journalArticle),
    ]

    @Test(arguments: cases)
    func entry(_ expected: Case) throws {
        let fact = try #require(
            CitationReferenceEntry.parse(expected.entry, source: SourceLocation(document: "r.md", line: 1)))
        #expect(fact.authors == expected.authors)
        #expect(fact.authorNames == expected.authorNames)
        #expect(fact.year == expected.year)
        #expect(fact.title == expected.title)
        #expect(fact.venue == expected.venue)
        #expect(fact.details == expected.details)
        #expect(fact.month == expected.month)
        #expect(fact.arxiv == expected.arxiv)
        #expect(fact.kind == expected.kind)
        #expect(fact.isReference)
        #expect(fact.mentions.map(\.kind) == [.reference])
    }

    @Test(arguments: [
        ("may", 5), ("May", 5), ("May.", 5), ("jan", 1), ("Jan.", 1), ("june", 6), ("Sept.", 9), ("sep", 9),
        ("September", 9), ("December", 12),
    ])
    func month(_ word: String, _ number: Int) {
        #expect(CitationMonth.number(word) == number)
    }

    @Test(arguments: ["MAY", "mAy", "Mayfair", "June.", "ma", "Online", "5", ""])
    func notAMonth(_ word: String) {
        #expect(CitationMonth.number(word) == nil)
    }

    @Test(arguments: ["以下按作者姓氏排序。", "Anonymous. Forthcoming. A title.", ""])
    func notAnEntry(_ text: String) {
        #expect(CitationReferenceEntry.parse(text, source: SourceLocation(document: "r.md", line: 1)) == nil)
    }

    static let survey = """
        # 综述

        正文引用(Perez et al., 2022)与（Lin et al., 2021）。

        ## 参考文献

        - Stephanie Lin, Jacob Hilton, and Owain Evans. 2021. TruthfulQA: Measuring how models mimic human falsehoods. *CoRR*, abs/2109.07958.
        - Ethan Perez, Sam Ringer, Kamilè Lukoiūtė,

        JCL 2024

        Jack Clark, and Jared Kaplan. 2022. Discovering language model behaviors with model-written evaluations. *ArXiv*, abs/2212.09251.

        以下按作者姓氏排序。
        """

    @Test func referenceListWithContinuationAcrossAPageBreak() throws {
        let corpus = CitationTesting.parse([("s.md", Self.survey)])
        #expect(corpus.works.map(\.key) == ["lin2021", "perez2022"])
        let perez = try #require(corpus.works.last)
        #expect(perez.authors == ["Perez", "Ringer", "Lukoiūtė", "Clark", "Kaplan"])
        #expect(perez.mentions.map(\.source.line) == [3, 8])
        #expect(perez.mentions.last?.text.hasSuffix("*ArXiv*, abs/2212.09251.") == true)
        #expect(perez.mergedBy == [.authorYear])
        let lin = try #require(corpus.works.first)
        #expect(lin.title == "TruthfulQA: Measuring how models mimic human falsehoods")
        #expect(lin.mentions.map(\.source.line) == [3, 7])
        let diagnostics = CitationTesting.citationDiagnostics(corpus)
        #expect(diagnostics.map(\.id) == [CitationDiagnostics.unparsedReferenceID])
        #expect(diagnostics.first?.source?.line == 14)
        // Same-document resolution of an in-text citation is not a warning.
        #expect(!diagnostics.contains { $0.id == CitationDiagnostics.authorYearMergeID })
    }

    @Test func referenceSectionTextIsNotScannedForInlineCitations() {
        let text = "# A\n\n## References\n\n- Jane Doe. 2020. A study (of things, 2019). *Journal X*, 1(2):3–4.\n"
        let works = CitationTesting.works(text)
        #expect(works.map(\.key) == ["doe2020"])
        #expect(works.first?.title == "A study (of things, 2019)")
    }

    // MARK: - Footnotes

    static let footnotes = """
        # 文

        签名为AI安全声明<sup>1</sup>。Russell在一次访谈中<sup>3</sup>指出:

        <sup>1</sup><https://www.safe.ai/statement-on-ai-risk>

        <sup>3</sup><http://edge.org/conversation/the-myth-of-ai#26015>

        后来再次提到声明<sup>1</sup>，以及未定义的<sup>9</sup>。
        """

    @Test func footnoteMarkersPairWithDefinitions() throws {
        let corpus = CitationTesting.parse([("f.md", Self.footnotes)])
        #expect(corpus.works.map(\.key) == ["edge", "safe"])
        let safe = try #require(corpus.works.last)
        #expect(safe.kind == .webpage)
        #expect(safe.url == "https://www.safe.ai/statement-on-ai-risk")
        #expect(safe.mentions.map(\.source.line) == [3, 5, 9])
        #expect(safe.mentions.map(\.kind) == [.footnote, .footnote, .footnote])
        #expect(corpus.works.first?.mentions.map(\.source.line) == [3, 7])
        let diagnostics = CitationTesting.citationDiagnostics(corpus)
        #expect(diagnostics.map(\.id) == [CitationDiagnostics.undefinedFootnoteID])
        #expect(diagnostics.first?.source?.line == 9)
    }

    @Test func markerPrefersTheDefinitionThatFollowsIt() {
        let candidates = [
            CitationFootnotes.Definition(
                label: "1", target: "https://a.org", source: SourceLocation(document: "d", line: 10), text: ""),
            CitationFootnotes.Definition(
                label: "1", target: "https://b.org", source: SourceLocation(document: "d", line: 30), text: ""),
        ]
        #expect(CitationFootnotes.nearest([0, 1], to: 5, in: candidates) == 0)
        #expect(CitationFootnotes.nearest([0, 1], to: 20, in: candidates) == 1)
        #expect(CitationFootnotes.nearest([0, 1], to: 40, in: candidates) == 1)
    }

    @Test func superscriptsWithoutAnyFootnotesAreNotWarnings() {
        let corpus = CitationTesting.parse([("m.md", "面积是10<sup>6</sup>平方米。\n")])
        #expect(corpus.works.isEmpty)
        #expect(CitationTesting.citationDiagnostics(corpus).isEmpty)
    }

    /// The one-slice cut agrees with removing the last scalar while it is `.`, `,`, `(` or blank.
    @Test func trailingPunctuationIsCutAsScalarByScalar() {
        func scalarByScalar(_ text: String) -> String {
            var text = text
            while let last = text.unicodeScalars.last, last == "." || last == "," || last == "(" || last.isBlank {
                text.unicodeScalars.removeLast()
            }
            return text
        }
        var generator = SeededRandom(seed: 5)
        let pieces = [".", ",", "(", " ", "\u{3000}", "\u{A0}", "a", "张", "e\u{301}", "\u{301}", ")"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...7, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(
                CitationReferenceEntry.withoutTrailingPunctuation(text) == scalarByScalar(text),
                "\(Array(text.unicodeScalars))")
        }
    }
}
