import Foundation
import Testing

@testable import AgendaParser

/// Parsing helpers shared by the citation suites.
enum CitationTesting {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path

    /// The real corpus, parsed once for all suites.
    static let corpus: Corpus = (try? AgendaParser.parse(directory: dataDirectory)) ?? .empty

    static func parse(_ files: [(name: String, text: String)]) -> Corpus {
        AgendaParser.parse(files.map { SourceText(name: $0.name, text: $0.text) })
    }

    static func works(_ text: String, name: String = "t.md") -> [Work] {
        parse([(name, text)]).works
    }

    static func citationDiagnostics(_ corpus: Corpus) -> [Diagnostic] {
        corpus.diagnostics.filter { $0.id.hasPrefix("citation.") }
    }

    static func work(_ key: String, in corpus: Corpus = corpus) -> Work? {
        corpus.works.first { $0.key == key }
    }
}

/// The works of the real corpus in `Data/`: exact keys, fields and mention counts,
/// the cross-document merges, and what must not become a work.
@Suite struct CitationCorpusTests {
    let corpus = CitationTesting.corpus

    @Test func dataDirectoryParses() {
        #expect(corpus.documents.count == 6, "five corpus documents and the curated index")
    }

    /// Every work, with its number of mentions.
    static let expectedMentionCounts: [String: Int] = [
        "adams2014": 2, "aiduiqidaodi": 1, "aialignment": 2, "amodei2016": 3, "anthropic2023": 1, "ashmore2021": 1,
        "askell2021": 3, "bai2022": 2, "baigong2023": 1, "bangongshi2023": 1, "bengio2003": 1, "bengio2023": 2,
        "birhane2023": 1, "bostrom2012": 3, "bubeck2023": 3, "cais2023": 1, "carlsmith2022": 2, "carroll2018": 2,
        "casper2024": 1, "chai2023": 1, "chan2023": 1, "christiano2017": 1, "christiano2018a": 1, "christiano2018b": 2,
        "critch2020": 4, "distill": 2, "edge": 2, "eloundou2023": 2, "evalsalignment": 2, "facct2023": 1,
        "frontiermodelforum2023": 1, "futureoflife": 2, "gabriel2020": 1, "ganguli2022": 1, "hadfieldmenell2016": 2,
        "hadfieldmenell2017": 2, "hendrycks2021": 1, "hendrycks2023": 2, "highlyaccurateprotein": 1, "holtzman2023": 4,
        "hubinger2019": 2, "irving2018": 2, "kaplan": 1, "kenton2021": 2, "kirchner2022": 3, "laptrinhx": 2,
        "leike2018": 2, "leike2022": 1, "lesswrong": 2, "leveson2016": 1, "lin2021": 2, "lipton2016": 2,
        "mcculloch1943": 2, "morris2023": 1, "munkdebates": 2, "newell1976": 2, "ngo2023": 4, "openaia": 2,
        "openaib": 1, "ouyang2022": 3, "park2023": 2, "perez2022": 4, "rae": 1, "safe": 2, "sanh2019": 1,
        "steinhardt2023": 2, "sutton": 1, "transformercircuits": 2, "wei2022": 3, "weidinger2021": 3,
        "weidinger2023": 1, "weiyuanhui2023": 1, "wiener1960": 2, "zhuanzhi": 1,
    ]

    @Test func exactlyTheseWorksWithTheirMentionCounts() {
        let actual = Dictionary(uniqueKeysWithValues: corpus.works.map { ($0.key, $0.mentions.count) })
        #expect(actual == Self.expectedMentionCounts)
        #expect(corpus.works.map(\.key) == corpus.works.map(\.key).sorted())
    }

    struct Expected: Sendable, CustomStringConvertible {
        var key: String
        var authors: [String]
        var year: String?
        var title: String?
        var arxiv: String? = nil
        var kind: Work.Kind
        var description: String { key }
    }

    static let referenceWorks: [Expected] = [
        Expected(
            key: "amodei2016", authors: ["Amodei", "Olah", "Steinhardt", "Christiano", "Schulman", "Mané"],
            year: "2016",
            title: "Concrete problems in AI safety", arxiv: "1606.06565", kind: .preprint),
        Expected(
            key: "bai2022", authors: [], year: "2022",
            title: "Training a helpful and harmless assistant with reinforcement learning from human feedback",
            arxiv: "2204.05862",
            kind: .preprint),
        Expected(
            key: "bostrom2012", authors: ["Bostrom"], year: "2012",
            title: "The superintelligent will: Motivation and instrumental rationality in advanced artificial agents",
            kind: .journalArticle
        ),
        Expected(
            key: "carlsmith2022", authors: ["Carlsmith"], year: "2022",
            title: "Is power-seeking AI an existential risk?",
            arxiv: "2206.13353", kind: .preprint),
        Expected(
            key: "carroll2018", authors: ["Carroll"], year: "2018",
            title: "Overview of current AI alignment approaches", kind: .unknown),
        Expected(
            key: "christiano2018b", authors: ["Christiano", "Shlegeris", "Amodei"], year: "2018",
            title: "Supervising strong learners by amplifying weak experts", arxiv: "1810.08575", kind: .preprint),
        Expected(
            key: "critch2020", authors: ["Critch", "Krueger"], year: "2020",
            title: "AI research considerations for human existential safety (ARCHES)", arxiv: "2006.04948",
            kind: .preprint),
        Expected(
            key: "hubinger2019", authors: ["Hubinger", "van Merwijk", "Mikulik", "Skalse", "Garrabrant"], year: "2019",
            title: "Risks from learned optimization in advanced machine learning systems", arxiv: "1906.01820",
            kind: .preprint),
        Expected(
            key: "irving2018", authors: ["Irving", "Christiano", "Amodei"], year: "2018", title: "AI safety via debate",
            arxiv: "1805.00899", kind: .preprint),
        Expected(
            key: "ouyang2022", authors: [], year: "2022",
            title: "Training language models to follow instructions with human feedback",
            arxiv: "2203.02155", kind: .preprint),
        Expected(
            key: "perez2022", authors: [], year: "2022",
            title: "Discovering language model behaviors with model-written evaluations",
            arxiv: "2212.09251", kind: .preprint),
        Expected(
            key: "weidinger2021", authors: [], year: "2021",
            title: "Ethical and social risks of harm from language models",
            arxiv: "2112.04359", kind: .preprint),
        Expected(
            key: "wiener1960", authors: ["Wiener"], year: "1960",
            title: "Some moral and technical consequences of automation",
            kind: .journalArticle),
        // Known from mentions only.
        Expected(
            key: "holtzman2023", authors: ["Holtzman"], year: "2023", title: nil, arxiv: "2308.00189", kind: .preprint),
        Expected(
            key: "hendrycks2023", authors: ["Hendrycks"], year: "2023", title: nil, arxiv: "2411.01042", kind: .preprint
        ),
        Expected(key: "park2023", authors: ["Park"], year: "2023a", title: nil, arxiv: "2304.03442", kind: .preprint),
        Expected(
            key: "wei2022", authors: ["Wei"], year: "2022a", title: "Emergent abilities of large language models",
            arxiv: "2206.07682",
            kind: .preprint),
        Expected(key: "steinhardt2023", authors: ["Steinhardt"], year: "2023", title: nil, kind: .webpage),
        Expected(
            key: "chai2023", authors: ["CHAI", "Far.ai", "Ditchley Foundation"], year: "2023", title: nil,
            kind: .unknown),
        Expected(
            key: "frontiermodelforum2023", authors: ["Frontier Model Forum"], year: "2023", title: nil, kind: .unknown),
        Expected(key: "anthropic2023", authors: ["Anthropic"], year: "2023a", title: nil, kind: .unknown),
        Expected(key: "baigong2023", authors: ["白宫"], year: "2023", title: nil, kind: .unknown),
        Expected(key: "christiano2018a", authors: ["Christiano"], year: "2018", title: nil, kind: .unknown),
        Expected(
            key: "christiano2017", authors: ["Christiano"], year: "2017",
            title: "Deep reinforcement learning from human preferences",
            kind: .unknown),
        Expected(key: "sutton", authors: ["Sutton"], year: nil, title: "The Bitter Lesson", kind: .blogPost),
        Expected(
            key: "openaib", authors: ["OpenAI"], year: nil, title: "Learning to summarize with human feedback",
            kind: .unknown),
        Expected(
            key: "kaplan", authors: ["Kaplan"], year: nil, title: "Scaling laws for neural language models",
            kind: .unknown),
        Expected(key: "newell1976", authors: ["Newell", "Simon"], year: "1976", title: nil, kind: .unknown),
        Expected(key: "adams2014", authors: ["Adams"], year: "2014", title: nil, kind: .unknown),
        Expected(key: "mcculloch1943", authors: ["McCulloch", "Pitts"], year: "1943", title: nil, kind: .unknown),
        Expected(key: "aiduiqidaodi", authors: [], year: nil, title: nil, kind: .speech),
    ]

    @Test(arguments: referenceWorks)
    func workFields(_ expected: Expected) throws {
        let work = try #require(CitationTesting.work(expected.key))
        if !expected.authors.isEmpty { #expect(work.authors == expected.authors) }
        #expect(work.year == expected.year)
        #expect(work.title == expected.title)
        #expect(work.arxiv == expected.arxiv)
        #expect(work.kind == expected.kind)
    }

    @Test func referenceListKeepsFullNamesAndCounts() throws {
        let bai = try #require(CitationTesting.work("bai2022"))
        #expect(bai.authors.count == 31)
        #expect(bai.authorNames.first == "Yuntao Bai")
        #expect(bai.authors.contains("El-Showk"))
        let perez = try #require(CitationTesting.work("perez2022"))
        // The entry continues from line 264 into line 266 across a page break.
        #expect(perez.authors.count == 63)
        #expect(perez.authors.last == "Kaplan")
        #expect(perez.authors.contains("El Showk"))
        #expect(perez.authorNames.contains("Jack Clark"))
        let bostrom = try #require(CitationTesting.work("bostrom2012"))
        #expect(bostrom.venue == "Minds Mach.")
        #expect(bostrom.details == "22(2):71–85")
        #expect(bostrom.month == 5)
        #expect(CitationTesting.work("amodei2016")?.venue == "CoRR")
        #expect(CitationTesting.work("amodei2016")?.details == nil)
        #expect(CitationTesting.work("carroll2018")?.venue == nil)
    }

    /// `…, 22(2):71–85, may.`: no work keeps a reference's month in its details.
    @Test func trailingMonthsAreReadOutOfTheDetails() {
        let monthInDetails = corpus.works.filter { work in
            work.details.map { CitationMonth.split(details: $0).month != nil } ?? false
        }
        #expect(monthInDetails.map(\.key) == [])
        #expect(corpus.works.filter { $0.month != nil }.map(\.key) == ["bostrom2012"])
    }

    @Test func fullestRecordWinsAcrossDocuments() throws {
        // `(Bai et al., 2022)` gets the reference-list title and arXiv id.
        let bai = try #require(CitationTesting.work("bai2022"))
        #expect(
            bai.mentions.map(\.source.description) == [
                "xiong-llm-alignment-survey.md:202", "xiong-llm-alignment-survey.md:247",
            ])
        // The chapter's title-only mention is Ouyang et al. 2022.
        let ouyang = try #require(CitationTesting.work("ouyang2022"))
        #expect(ouyang.titleZh == "用人类反馈训练语言模型遵循指令")
        #expect(
            ouyang.mentions.map(\.source.description) == [
                "llm-history-rlhf-chapter.md:33", "xiong-llm-alignment-survey.md:159",
                "xiong-llm-alignment-survey.md:263",
            ])
        #expect(ouyang.mergedBy == [.authorYear, .title])
        // Chapter line 43 is Askell et al. 2021.
        let askell = try #require(CitationTesting.work("askell2021"))
        #expect(
            askell.mentions.map(\.source.description) == [
                "llm-history-rlhf-chapter.md:43", "xiong-llm-alignment-survey.md:202",
                "xiong-llm-alignment-survey.md:245",
            ])
        #expect(askell.titleZh == "通用语言助手作为对齐研究的实验室")
    }

    @Test(arguments: [
        (
            "weidinger2021",
            ["agenda-introduction.txt:3", "xiong-llm-alignment-survey.md:45", "xiong-llm-alignment-survey.md:268"]
        ),
        (
            "amodei2016",
            ["agenda-introduction.txt:6", "xiong-llm-alignment-survey.md:190", "xiong-llm-alignment-survey.md:244"]
        ),
        (
            "critch2020",
            [
                "agenda-introduction.txt:6", "xiong-llm-alignment-survey.md:188", "xiong-llm-alignment-survey.md:190",
                "xiong-llm-alignment-survey.md:253",
            ]
        ),
        (
            "bubeck2023",
            ["agenda-introduction.txt:3", "xiong-llm-alignment-survey.md:43", "xiong-llm-alignment-survey.md:249"]
        ),
        (
            "holtzman2023",
            [
                "agenda-introduction.txt:14", "agenda-introduction.txt:14", "agenda-scientific-understanding.md:5",
                "agenda-scientific-understanding.md:5",
            ]
        ),
        (
            "wei2022",
            ["agenda-introduction.txt:14", "agenda-scientific-understanding.md:5", "llm-history-rlhf-chapter.md:75"]
        ),
        ("adams2014", ["agenda-introduction.txt:16", "agenda-scientific-understanding.md:9"]),
        ("newell1976", ["agenda-introduction.txt:16", "agenda-scientific-understanding.md:9"]),
        ("steinhardt2023", ["agenda-introduction.txt:14", "agenda-scientific-understanding.md:5"]),
        ("hendrycks2023", ["agenda-introduction.txt:14", "agenda-scientific-understanding.md:5"]),
        ("park2023", ["agenda-introduction.txt:14", "agenda-scientific-understanding.md:5"]),
        ("kenton2021", ["agenda-introduction.txt:6", "agenda-introduction.txt:6"]),
        (
            "ngo2023",
            [
                "agenda-introduction.txt:3", "agenda-introduction.txt:6", "agenda-introduction.txt:8",
                "agenda-introduction.txt:8",
            ]
        ),
    ])
    func crossDocumentMerges(key: String, sources: [String]) throws {
        let work = try #require(CitationTesting.work(key))
        #expect(work.mentions.map(\.source.description) == sources)
    }

    @Test func identifiersAndMergeReasons() throws {
        #expect(CitationTesting.work("adams2014")?.doi == "10.1002/sys.21255")
        #expect(CitationTesting.work("adams2014")?.mergedBy == [.authorOnly])
        #expect(CitationTesting.work("newell1976")?.doi == "10.1145/360018.360022")
        #expect(CitationTesting.work("holtzman2023")?.mergedBy == [.arxiv, .authorYear])
        #expect(CitationTesting.work("wei2022")?.mergedBy == [.authorOnly, .authorYear])
        #expect(
            CitationTesting.work("steinhardt2023")?.url
                == "https://bounded-regret.ghost.io/complex-systems-are-hard-to-control/")
        #expect(
            CitationTesting.work("zhuanzhi")?.url == "https://www.zhuanzhi.ai/paper/4b2cab1f8af7235be68b4bf406b8480c")
    }

    @Test func singleAuthorChristianoIsNotTheThreeAuthorWork() throws {
        let solo = try #require(CitationTesting.work("christiano2018a"))
        #expect(solo.mentions.map(\.text) == ["Christiano,2018"])
        #expect(solo.title == nil)
        let supervising = try #require(CitationTesting.work("christiano2018b"))
        #expect(supervising.mentions.map(\.text) == ["Christiano et al., 2018", supervising.mentions[1].text])
        #expect(supervising.mentions[1].kind == .reference)
    }

    @Test func locatorsStayLocators() throws {
        #expect(CitationTesting.work("sanh2019")?.mentions.map(\.locator) == ["图1"])
        #expect(CitationTesting.work("adams2014")?.mentions.map(\.locator) == ["表4", nil])
        let hendrycks = try #require(CitationTesting.work("hendrycks2023"))
        #expect(hendrycks.mentions.map(\.locator) == ["第5章", nil])
        #expect(hendrycks.authors == ["Hendrycks"])
    }

    @Test func footnotesLinkMarkersAndDefinitions() throws {
        let edge = try #require(CitationTesting.work("edge"))
        #expect(edge.kind == .webpage)
        #expect(edge.url == "http://edge.org/conversation/the-myth-of-ai#26015")
        #expect(edge.mentions.map(\.source.line) == [71, 89])
        #expect(edge.mentions.map(\.kind) == [.footnote, .footnote])
        #expect(
            edge.mentions.map(\.text) == [
                "<sup>3</sup>", "<sup>3</sup><http://edge.org/conversation/the-myth-of-ai#26015>",
            ])
        #expect(CitationTesting.work("evalsalignment")?.mentions.map(\.source.line) == [210, 216])
        #expect(CitationTesting.work("futureoflife")?.mentions.map(\.source.line) == [47, 59])
    }

    @Test func narrativeAndTitledWorks() throws {
        let christiano = try #require(CitationTesting.work("christiano2017"))
        #expect(christiano.titleZh == "深度强化学习来自人类偏好")
        #expect(christiano.mentions.map(\.kind) == [.narrative])
        #expect(christiano.mentions.first?.source.line == 19)
        let sutton = try #require(CitationTesting.work("sutton"))
        #expect(sutton.mentions.map(\.text) == ["Richard Sutton发表的一篇著名的博客文章《苦涩的教训》（The Bitter Lesson）"])
        #expect(sutton.titleZh == "苦涩的教训")
        let salon = try #require(CitationTesting.work("aiduiqidaodi"))
        #expect(salon.titleZh == "AI对齐到底有多难？")
        #expect(salon.mentions.map(\.source.description) == ["alignment-salon-transcript.txt:12"])
        let mcculloch = try #require(CitationTesting.work("mcculloch1943"))
        #expect(mcculloch.titleZh == "神经活动中固有的想法的逻辑演算")
        #expect(mcculloch.mentions.map(\.kind) == [.narrative, .title])
        let kenton = try #require(CitationTesting.work("kenton2021"))
        #expect(kenton.mentions.map(\.text) == ["Kenton等人,2021年", "Kenton等人(2021年)"])
    }

    @Test func noDuplicatesOfIdentifiersOrTitles() {
        for field in [\Work.arxiv, \Work.doi, \Work.url, \Work.title, \Work.titleZh] {
            let values = corpus.works.compactMap { $0[keyPath: field] }
            #expect(Set(values).count == values.count)
        }
        #expect(Set(corpus.works.map(\.key)).count == corpus.works.count)
    }

    @Test func noWorksFromSectionReferencesYearsOrLocators() {
        for work in corpus.works {
            for author in work.authors {
                #expect(!author.hasPrefix("第"), "\(work.key)")
                #expect(!author.contains("节"), "\(work.key)")
                #expect(!author.unicodeScalars.contains { CitationLexicon.isDigit($0) }, "\(work.key)")
            }
            #expect(work.mentions.allSatisfy { !$0.text.contains("参见") })
            #expect(work.key.unicodeScalars.first.map { !CitationLexicon.isDigit($0) } ?? false)
        }
        // The survey's funding numbers, `(22个单词)`, `(Scaling Law)` and `发表于《Science》` are not works.
        #expect(
            !corpus.works.contains {
                $0.mentions.contains { $0.text.contains("202203AA080004") || $0.text.contains("Science》") }
            })
        #expect(!corpus.works.contains { $0.title == "Science" || $0.title == "Scaling Law" })
    }

    @Test func diagnosticsOfTheCorpus() {
        let diagnostics = CitationTesting.citationDiagnostics(corpus)
        #expect(!diagnostics.contains { $0.id == CitationDiagnostics.unparsedID })
        #expect(!diagnostics.contains { $0.id == CitationDiagnostics.unparsedReferenceID })
        #expect(!diagnostics.contains { $0.id == CitationDiagnostics.undefinedFootnoteID })
        let authorOnly = diagnostics.filter { $0.id == CitationDiagnostics.authorOnlyMergeID }.map {
            $0.source?.description ?? ""
        }
        #expect(
            authorOnly == [
                "agenda-scientific-understanding.md:9", "agenda-scientific-understanding.md:9",
                "llm-history-rlhf-chapter.md:75",
            ])
        let authorYear = diagnostics.filter { $0.id == CitationDiagnostics.authorYearMergeID }
        #expect(authorYear.count == 9)
        let unresolved = diagnostics.filter { $0.id == CitationDiagnostics.unresolvedID }
        let expectedUnresolved = corpus.works.filter {
            $0.title == nil && $0.titleZh == nil && $0.url == nil && $0.arxiv == nil && $0.doi == nil
        }
        #expect(unresolved.count == expectedUnresolved.count)
        #expect(unresolved.count == 25)
        #expect(diagnostics.allSatisfy { $0.source != nil && $0.severity == .warning })
    }
}
