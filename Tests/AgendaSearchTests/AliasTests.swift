import AgendaParser
import Testing

@testable import AgendaSearch

/// A query that names a concept also finds its other names, and says so.
@Suite struct AliasTests {
    static let aliasSource = SourceLocation(document: "y.md", line: 5)
    static let index = SearchIndex(
        corpus: Fixtures.corpus(
            passages: [
                Fixtures.passage("x.md", 1, "避免奖励劫持/游戏 (Avoiding Reward Hacking/Gaming)"),
                Fixtures.passage("x.md", 2, "如避免奖励劫持、可扩展的监管、鲁棒性等"),
                Fixtures.passage("y.md", 5, "智能体表现出奖励破解"),
                Fixtures.passage("y.md", 6, "奖励模型的训练"),
                Fixtures.passage("z.md", 3, "上下文学习（ICL）与安全"),
                Fixtures.passage("z.md", 4, "in-context learning is not safe"),
            ],
            concepts: [
                Fixtures.concept(
                    "奖励劫持", english: "Reward Hacking", aliases: ["奖励破解"], at: SourceLocation(document: "x.md", line: 1)),
                Concept(
                    term: "上下文学习", english: "In-Context Learning", aliases: ["ICL", "语境学习"],
                    aliasSources: [
                        AliasSource(alias: "ICL", source: SourceLocation(document: "z.md", line: 3)),
                        AliasSource(alias: "语境学习", source: SourceLocation(document: "w.md", line: 8)),
                    ],
                    definition: nil, definitionSource: nil, definedAt: [SourceLocation(document: "z.md", line: 3)],
                    occurrences: [SourceLocation(document: "z.md", line: 3), SourceLocation(document: "z.md", line: 4)]),
            ]))

    @Test func englishQueryReachesChinesePassagesThroughAliases() {
        let results = Self.index.search(SearchQuery("reward hacking"))
        #expect(results.hits.map(\.kind) == [.concept, .passage, .passage, .passage])
        #expect(results.hits.first?.id == "奖励劫持")
        #expect(results.hits.first?.via == nil)
        let passages = results.hits(.passage)
        #expect(passages.map(\.source.description) == ["x.md:1", "y.md:5", "x.md:2"])
        #expect(passages.map(\.via) == [nil, "奖励破解", "奖励劫持"])
    }

    @Test func highlightsTheAliasThatMatched() {
        let results = Self.index.search(SearchQuery("reward hacking", kinds: [.passage]))
        #expect(results.highlighted == [["奖励劫持", "Reward Hacking"], ["奖励破解"], ["奖励劫持"]])
    }

    @Test func chineseAliasFindsTheTermAndEnglish() {
        let results = Self.index.search(SearchQuery("奖励破解", kinds: [.passage]))
        #expect(results.sources == ["y.md:5", "x.md:1", "x.md:2"])
        // x.md:1 has two other names; the rarer one scores higher and is the one named.
        #expect(results.hits.map(\.via) == [nil, "Reward Hacking", "奖励劫持"])
        #expect(results.highlighted == [["奖励破解"], ["奖励劫持", "Reward Hacking"], ["奖励劫持"]])
    }

    @Test func partOfANameIsNotExpanded() {
        let results = Self.index.search(SearchQuery("reward", explain: true))
        #expect(results.hits(.passage).map(\.source.description) == ["x.md:1"])
        #expect(results.hits.allSatisfy { $0.via == nil })
        #expect(results.explanation?.clauses.map(\.alternatives.count) == [1])
    }

    @Test func spacesAndHyphensDoNotMatterForNames() {
        let results = Self.index.search(SearchQuery("Reward-Hacking", kinds: [.passage]))
        #expect(results.sources == ["x.md:1", "y.md:5", "x.md:2"])
        let spaced = Self.index.search(SearchQuery("in context learning", kinds: [.passage]))
        #expect(spaced.sources == ["z.md:4", "z.md:3"])
        #expect(spaced.hits.map(\.via) == [nil, "上下文学习"])
    }

    @Test func oneKeywordCanBeExpandedOnItsOwn() {
        let results = Self.index.search(SearchQuery("ICL 安全", explain: true))
        #expect(results.sources == ["z.md:3"])
        #expect(results.hits.first?.via == nil)
        let clauses = results.explanation?.clauses ?? []
        #expect(clauses.map(\.text) == ["ICL", "安全"])
        #expect(clauses.first?.concept == "上下文学习")
        #expect(clauses.first?.alternatives.map(\.via) == [nil, "上下文学习", "In-Context Learning", "语境学习"])
        let english = Self.index.search(SearchQuery("ICL safe"))
        #expect(english.sources == ["z.md:4"])
        #expect(english.hits.first?.via == "In-Context Learning")
    }

    @Test func aliasHitsPointAtTheAliasSource() {
        let results = Self.index.search(SearchQuery("语境学习", kinds: [.concept]))
        #expect(results.hits.first?.id == "上下文学习")
        #expect(results.hits.first?.via == nil)
        #expect(results.hits.first?.source.description == "z.md:3")
        #expect(results.hits.first?.sources.map(\.description) == ["z.md:3", "z.md:4"])
    }

    @Test func aliasMatchesWeighLess() {
        let results = Self.index.search(SearchQuery("奖励破解", kinds: [.passage], explain: true))
        let weights = results.hits.map { $0.explanation?.terms.map(\.aliasWeight) ?? [] }
        #expect(weights == [[1], [0.8], [0.8]])
        #expect(results.hits.map { $0.explanation?.terms.map(\.via) } == [[nil], ["Reward Hacking"], ["奖励劫持"]])
    }
}
