import Testing

@testable import AgendaSearch

/// Works by author, year or title words; challenges by id or title words.
@Suite struct EntityTests {
    static let index = SearchIndex(
        corpus: Fixtures.corpus(
            passages: [],
            challenges: [
                Fixtures.challenge("2.1", "上下文学习是黑盒子", english: "In-Context Learning Is Black-Box", line: 15),
                Fixtures.challenge(
                    "2.4", "规模对能力的影响尚未得到充分表征", english: "Effects of Scale on Capabilities Are Not Well-Characterized",
                    line: 17),
                Fixtures.challenge("2.41", "虚构的挑战", english: nil, line: 30),
            ],
            works: [
                Fixtures.work(
                    "ouyang2022", authors: ["Ouyang", "Wu", "Jiang"], year: "2022",
                    title: "Training language models to follow instructions with human feedback", line: 263),
                Fixtures.work(
                    "christiano2017", authors: ["Christiano", "Leike"], year: "2017",
                    title: "Deep reinforcement learning from human preferences", line: 250),
                Fixtures.work(
                    "wei2022a", authors: ["Wei"], year: "2022a", title: "Emergent Abilities of Large Language Models",
                    titleZh: "大型语言模型的涌现能力", line: 75),
            ]))

    @Test func worksByAuthor() {
        let results = Self.index.search(SearchQuery("Ouyang"))
        #expect(results.hits.map(\.id) == ["ouyang2022"])
        #expect(results.hits.first?.kind == .work)
        #expect(results.hits.first?.field == .author)
        #expect(
            results.hits.first?.title
                == "Ouyang et al. 2022: Training language models to follow instructions with human feedback")
        #expect(results.hits.first?.source.description == "refs.md:263")
        #expect(results.hits.first?.sources.map(\.description) == ["refs.md:263"])
        #expect(results.highlighted == [["Ouyang"]])
    }

    @Test func worksByYearIncludeLetteredYears() {
        let results = Self.index.search(SearchQuery("2022"))
        #expect(results.hits.map(\.id) == ["ouyang2022", "wei2022a"])
        #expect(results.hits.map(\.field) == [.year, .year])
    }

    @Test func worksByTitleWords() {
        #expect(Self.index.search(SearchQuery("human feedback")).hits.map(\.id) == ["ouyang2022"])
        #expect(Self.index.search(SearchQuery("human")).hits.map(\.id) == ["christiano2017", "ouyang2022"])
        let chinese = Self.index.search(SearchQuery("涌现能力"))
        #expect(chinese.hits.map(\.id) == ["wei2022a"])
        #expect(chinese.highlighted == [["涌现能力"]])
        #expect(chinese.hits.first?.title == "Wei 2022a: Emergent Abilities of Large Language Models")
    }

    @Test func challengesById() {
        let results = Self.index.search(SearchQuery("2.4"))
        #expect(results.hits.map(\.id) == ["2.4"])
        #expect(results.hits.first?.field == .identifier)
        #expect(
            results.hits.first?.title
                == "2.4 规模对能力的影响尚未得到充分表征 / Effects of Scale on Capabilities Are Not Well-Characterized")
        #expect(results.hits.first?.source.description == "agenda.md:17")
    }

    @Test func challengesByTitleWordsInEitherLanguage() {
        #expect(Self.index.search(SearchQuery("黑盒子")).hits.map(\.id) == ["2.1"])
        #expect(Self.index.search(SearchQuery("scale capabilities")).hits.map(\.id) == ["2.4"])
        let results = Self.index.search(SearchQuery("black box"))
        #expect(results.hits.map(\.id) == ["2.1"])
        #expect(results.highlighted == [["Black", "Box"]])
    }
}
