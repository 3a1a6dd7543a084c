import Testing

@testable import AgendaParser

/// Markdown links as citations, bare URLs, and the identifiers read from URLs.
@Suite struct CitationLinkTests {
    @Test func linkWithAuthorsYearAndArxiv() throws {
        let works = CitationTesting.works("复杂系统的特征([Holtzman等, 2023](https://arxiv.org/pdf/2308.00189))。\n")
        let work = try #require(works.first)
        #expect(works.count == 1)
        #expect(work.key == "holtzman2023")
        #expect(work.authors == ["Holtzman"])
        #expect(work.year == "2023")
        #expect(work.arxiv == "2308.00189")
        #expect(work.kind == .preprint)
        #expect(
            work.mentions == [
                Mention(
                    source: SourceLocation(document: "t.md", line: 1),
                    text: "[Holtzman等, 2023](https://arxiv.org/pdf/2308.00189)",
                    kind: .link)
            ])
    }

    @Test func linksInsideAGroupAreNotAlsoAGroup() {
        let text =
            "特征([Holtzman等, 2023](https://arxiv.org/pdf/2308.00189); [Steinhardt等, 2023](https://bounded-regret.ghost.io/complex-systems-are-hard-to-control/))，行为。\n"
        let corpus = CitationTesting.parse([("t.md", text)])
        #expect(corpus.works.map(\.key) == ["holtzman2023", "steinhardt2023"])
        #expect(corpus.works.map(\.kind) == [.preprint, .webpage])
        #expect(CitationTesting.citationDiagnostics(corpus).filter { $0.id == CitationDiagnostics.unparsedID }.isEmpty)
    }

    @Test(arguments: [
        ("[Adams](https://dl.acm.org/doi/10.1002/sys.21255)", "adams", nil as String?, "10.1002/sys.21255"),
        ("[Newell和Simon](https://dl.acm.org/doi/10.1145/360018.360022)", "newell", nil, "10.1145/360018.360022"),
        ("[Smith et al., 2020](https://doi.org/10.1000/XYZ.123)", "smith2020", "2020", "10.1000/XYZ.123"),
    ])
    func linkWithDOI(_ link: String, key: String, year: String?, doi: String) throws {
        let work = try #require(CitationTesting.works("见\(link)。\n").first)
        #expect(work.key == key)
        #expect(work.year == year)
        #expect(work.doi == doi)
        #expect(work.arxiv == nil)
    }

    @Test func linkWhoseTextIsNoAuthorCitesItsURL() throws {
        let works = CitationTesting.works("详见[官方博客](https://openai.com/blog/x)和![图](https://example.com/a.png)。\n")
        let work = try #require(works.first)
        #expect(works.count == 1)
        #expect(work.kind == .webpage)
        #expect(work.authors == [])
        #expect(work.key == "openai")
        #expect(work.mentions.map(\.kind) == [.url])
    }

    @Test func capitalisedLinkTextWithoutYearIsAnAuthorOnlyBeforeAPaper() throws {
        let works = CitationTesting.works("代码见[GitHub](https://github.com/openai/evals)。\n")
        let work = try #require(works.first)
        #expect(work.authors == [])
        #expect(work.key == "github")
        #expect(work.mentions.map(\.kind) == [.url])
        let paper = try #require(CitationTesting.works("见[Vaswani et al.](https://example.org/attention)。\n").first)
        #expect(paper.authors == ["Vaswani"])
        #expect(paper.mentions.map(\.kind) == [.link])
    }

    @Test func relativeAndAnchorLinksAreNotCitations() {
        #expect(CitationTesting.works("见[第2节](#section-2)和[Smith, 2020](notes.md)。\n").isEmpty)
    }

    @Test func bareURLInRunningText() throws {
        let text =
            "基于识别的挑战提出问题。\nhttps://www.zhuanzhi.ai/paper/4b2cab1f8af7235be68b4bf406b8480c\n见 https://example.org/a_(b).html。\n"
        let works = CitationTesting.works(text, name: "a.txt")
        #expect(works.map(\.key) == ["example", "zhuanzhi"])
        #expect(
            works.map(\.url) == [
                "https://example.org/a_(b).html", "https://www.zhuanzhi.ai/paper/4b2cab1f8af7235be68b4bf406b8480c",
            ])
        #expect(works.map { $0.mentions.map(\.source.line) } == [[3], [2]])
        #expect(works.allSatisfy { $0.kind == .webpage && $0.mentions.map(\.kind) == [.url] })
    }

    @Test func sameURLTwiceIsOneWork() throws {
        let text = "见 https://example.org/page 和 <http://www.example.org/page/#top>。\n"
        let works = CitationTesting.works(text)
        #expect(works.count == 1)
        #expect(works.first?.mentions.count == 2)
        #expect(works.first?.mergedBy == [.url])
    }

    // MARK: - Identifiers

    @Test(arguments: [
        ("https://arxiv.org/pdf/2308.00189", "2308.00189"),
        ("https://arxiv.org/abs/2308.00189", "2308.00189"),
        ("https://arxiv.org/abs/2308.00189v2", "2308.00189"),
        ("https://arxiv.org/pdf/2308.00189v3.pdf", "2308.00189"),
        ("http://export.arxiv.org/abs/1606.06565", "1606.06565"),
        ("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001"),
        ("https://arxiv.org/abs/2308.00189?context=cs", "2308.00189"),
    ])
    func arxivFromURL(_ url: String, _ id: String) {
        #expect(CitationIdentifiers.arxiv(inURL: url) == id)
    }

    @Test(arguments: [
        "https://arxiv.org/list/cs.AI/recent", "https://example.org/abs/2308.00189", "https://arxiv.org/abs/12.3",
    ])
    func notArxiv(_ url: String) {
        #expect(CitationIdentifiers.arxiv(inURL: url) == nil)
    }

    @Test(arguments: [
        ("abs/1606.06565", "1606.06565"), ("arXiv:2204.05862", "2204.05862"),
        ("arXiv preprint arXiv:2204.05862v1.", "2204.05862"),
        ("https://arxiv.org/abs/2112.00861", "2112.00861"),
    ])
    func arxivFromReference(_ text: String, _ id: String) {
        #expect(CitationIdentifiers.arxiv(inReference: text) == id)
    }

    @Test(arguments: [
        ("https://dl.acm.org/doi/10.1145/360018.360022", "10.1145/360018.360022"),
        ("https://dl.acm.org/doi/abs/10.1145/360018.360022", "10.1145/360018.360022"),
        ("https://doi.org/10.1002/sys.21255", "10.1002/sys.21255"),
        ("http://dx.doi.org/10.1038/s41586-021-03819-2", "10.1038/s41586-021-03819-2"),
        ("https://onlinelibrary.wiley.com/doi/10.1002/sys.21255?af=R", "10.1002/sys.21255"),
    ])
    func doiFromURL(_ url: String, _ doi: String) {
        #expect(CitationIdentifiers.doi(inURL: url) == doi)
    }

    @Test(arguments: [
        ("https://www.Example.org/a/b/", "example.org/a/b"), ("http://example.org/a#frag", "example.org/a"),
        ("HTTPS://EXAMPLE.ORG", "example.org"),
    ])
    func normalisedURL(_ url: String, _ normalised: String) {
        #expect(CitationIdentifiers.normalisedURL(url) == normalised)
    }

    @Test(arguments: [
        ("https://futureoflife.org/open-letter/", "futureoflife"), ("https://www.safe.ai/statement", "safe"),
        ("https://evals.alignment.org/", "evals.alignment"), ("https://www.bbc.co.uk/news", "bbc"),
    ])
    func hostName(_ url: String, _ name: String) {
        #expect(CitationIdentifiers.hostName(url) == name)
    }
}
