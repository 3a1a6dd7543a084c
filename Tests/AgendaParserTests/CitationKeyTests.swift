import Foundation
import Testing

@testable import AgendaParser

/// Citation keys: folded surnames, pinyin, title words, hosts, stable clash letters.
@Suite struct CitationKeyTests {
    static func work(
        authors: [String] = [], year: String? = nil, title: String? = nil, titleZh: String? = nil, url: String? = nil,
        arxiv: String? = nil
    ) -> Work {
        Work(
            key: "", kind: .unknown, authors: authors, authorNames: [], year: year, title: title, titleZh: titleZh,
            venue: nil,
            details: nil, arxiv: arxiv, doi: nil, url: url, mentions: [], mergedBy: [])
    }

    @Test(arguments: [
        (work(authors: ["Holtzman"], year: "2023"), "holtzman2023"),
        (work(authors: ["Hadfield-Menell", "Dragan"], year: "2017"), "hadfieldmenell2017"),
        (work(authors: ["白宫"], year: "2023"), "baigong2023"),
        (work(authors: ["Frontier Model Forum"], year: "2023"), "frontiermodelforum2023"),
        (work(authors: ["Lukoiūtė"], year: "2022"), "lukoiute2022"),
        (work(authors: ["van Merwijk"], year: "2019"), "vanmerwijk2019"),
        (work(authors: ["Far.ai"], year: "2023a"), "farai2023"),
        (work(authors: ["Sutton"], title: "The Bitter Lesson"), "sutton"),
        (work(title: "The Bitter Lesson"), "bitterlesson"),
        (
            work(title: "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?"),
            "dangersstochasticparrots"
        ),
        (
            work(
                title: "Highly accurate protein structure prediction with AlphaFold",
                titleZh: "用AlphaFold进行高度准确的蛋白质结构预测"), "highlyaccurateprotein"
        ),
        (work(titleZh: "神经活动中固有的想法的逻辑演算"), "shenjinghuodongzhonggu"),
        (work(titleZh: "AI对齐到底有多难？"), "aiduiqidaodi"),
        (work(year: "2023", titleZh: "AI对齐到底有多难？"), "aiduiqidaodi2023"),
        (work(titleZh: "意图对齐"), "yituduiqi"),
        (work(title: "GPT-4"), "gpt4"),
        (
            work(year: "2020", url: "https://futureoflife.org/open-letter/pause-giant-ai-experiments/"),
            "futureoflife2020"
        ),
        (work(url: "https://transformer-circuits.pub/2022/in-context"), "transformercircuits"),
        (work(arxiv: "2308.00189"), "arxiv230800189"),
        (work(), "anonymous"),
    ])
    func baseKey(_ work: Work, _ key: String) {
        #expect(CitationKey.base(for: work) == key)
    }

    @Test func clashesGetLettersByWhatIdentifiesTheWorks() {
        let untitled = Self.work(authors: ["Christiano"], year: "2018")
        let supervising = Self.work(
            authors: ["Christiano"], year: "2018", title: "Supervising strong learners by amplifying weak experts")
        let other = Self.work(authors: ["Amodei"], year: "2016")
        for order in [
            [untitled, supervising, other], [other, supervising, untitled], [supervising, other, untitled],
        ] {
            var works = order
            CitationKey.assign(&works)
            let keys = Dictionary(uniqueKeysWithValues: works.map { ($0.title ?? "-" + $0.authors[0], $0.key) })
            #expect(
                keys == [
                    "-Christiano": "christiano2018a",
                    "Supervising strong learners by amplifying weak experts": "christiano2018b",
                    "-Amodei": "amodei2016",
                ])
        }
    }

    @Test func titleKeysThatClashGetLetters() {
        var works = [
            Self.work(titleZh: "AI对齐到底有多难？"), Self.work(titleZh: "AI对齐到底有多远"),
            Self.work(title: "AI duiqi daodi"),
        ]
        CitationKey.assign(&works)
        // By title (none comes first), then by Chinese title: 远 (U+8FDC) before 难 (U+96BE).
        #expect(works.map(\.key) == ["aiduiqidaodib", "aiduiqidaodia", "aiduiqidaodic"])
    }

    @Test func sourceYearLettersAreNotInTheKey() {
        var works = [
            Self.work(authors: ["Wei"], year: "2022a"), Self.work(authors: ["Wei"], year: "2022b", title: "B"),
        ]
        CitationKey.assign(&works)
        #expect(works.map(\.key) == ["wei2022a", "wei2022b"])
        #expect(works.map(\.year) == ["2022a", "2022b"])
    }

    @Test func clashLettersSkipKeysAlreadyTaken() {
        var works = [
            Self.work(authors: ["Openaia"]), Self.work(authors: ["OpenAI"]), Self.work(authors: ["OpenAI"], title: "T"),
        ]
        CitationKey.assign(&works)
        #expect(Set(works.map(\.key)).count == 3)
        #expect(works.map(\.key) == ["openaia", "openaib", "openaic"])
    }

    @Test(arguments: [(0, "a"), (1, "b"), (25, "z"), (26, "aa"), (27, "ab"), (52, "ba"), (701, "zz"), (702, "aaa")])
    func suffixes(_ number: Int, _ suffix: String) {
        #expect(CitationKey.suffix(number) == suffix)
    }

    @Test func realCorpusKeysAreUniqueAndASCII() {
        let keys = CitationTesting.corpus.works.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(
            keys.allSatisfy { key in
                key.unicodeScalars.allSatisfy { CitationLexicon.isASCIILetter($0) || CitationLexicon.isDigit($0) }
            })
        #expect(keys.allSatisfy { $0 == $0.lowercased() })
    }
}
