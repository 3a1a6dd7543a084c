import AgendaParser
import Foundation
import Testing

@testable import AgendaSearch

/// BM25 on corpora small enough to check by hand.
@Suite struct RankingTests {
    static let frequency = SearchIndex(
        corpus: Fixtures.corpus(passages: [
            Fixtures.passage("a.txt", 1, "对齐对齐对齐"),
            Fixtures.passage("a.txt", 2, "对齐安全"),
            Fixtures.passage("a.txt", 3, "安全安全对齐安全安全"),
            Fixtures.passage("a.txt", 4, "安全"),
        ]))

    @Test func moreOccurrencesAndShorterTextsRankFirst() {
        let results = Self.frequency.search(SearchQuery("对齐", explain: true))
        #expect(results.sources == ["a.txt:1", "a.txt:2", "a.txt:3"])
        #expect(results.highlighted == [["对齐对齐对齐"], ["对齐"], ["对齐"]])
    }

    @Test func explanationGivesTheBM25Terms() throws {
        let results = Self.frequency.search(SearchQuery("对齐", explain: true))
        let idf = log(1 + (4 - 3 + 0.5) / (3 + 0.5))
        let average = (6.0 + 4 + 10 + 2) / 4
        func expected(tf: Double, length: Double) -> Double {
            idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / average))
        }
        let terms = try #require(results.hits.map { $0.explanation?.terms.first })
        #expect(terms.map { $0?.tf } == [3, 1, 1])
        #expect(terms.map { $0?.length } == [6, 4, 10])
        #expect(terms.allSatisfy { $0?.df == 3 && $0?.count == 4 && $0?.averageLength == average })
        #expect(terms.allSatisfy { abs(($0?.idf ?? 0) - idf) < 1e-12 })
        let scores = results.hits.map(\.score)
        let wanted = [expected(tf: 3, length: 6), expected(tf: 1, length: 4), expected(tf: 1, length: 10)]
        #expect(zip(scores, wanted).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(terms.allSatisfy { $0?.fieldWeight == 1 && $0?.aliasWeight == 1 && $0?.phraseBoost == 1 })
    }

    @Test func rarerKeywordsWeighMore() {
        let index = SearchIndex(
            corpus: Fixtures.corpus(passages: [
                Fixtures.passage("b.txt", 1, "alpha beta"),
                Fixtures.passage("b.txt", 2, "alpha gamma"),
                Fixtures.passage("b.txt", 3, "delta gamma"),
                Fixtures.passage("b.txt", 4, "alpha delta"),
            ]))
        #expect(
            index.search(SearchQuery("alpha delta", any: true)).sources == ["b.txt:4", "b.txt:3", "b.txt:1", "b.txt:2"])
        #expect(index.search(SearchQuery("alpha delta")).sources == ["b.txt:4"])
    }

    @Test func anExactPhraseIsBoosted() throws {
        let index = SearchIndex(
            corpus: Fixtures.corpus(passages: [
                Fixtures.passage("c.txt", 1, "hacking the reward model"),
                Fixtures.passage("c.txt", 2, "reward hacking is bad"),
            ]))
        let results = index.search(SearchQuery("reward hacking", explain: true))
        #expect(results.sources == ["c.txt:2", "c.txt:1"])
        #expect(results.highlighted == [["reward hacking"], ["hacking", "reward"]])
        let boosted = try #require(results.hits.first?.explanation?.terms)
        #expect(boosted.map(\.phraseBoost) == [1.5, 1.5])
        #expect(abs(results.hits[0].score - 1.5 * results.hits[1].score) < 1e-12)
        #expect(results.explanation?.phrase == "reward hacking")
    }

    @Test func challengeTitlesOutweighSummaries() {
        let index = SearchIndex(
            corpus: Fixtures.corpus(
                passages: [],
                challenges: [
                    Fixtures.challenge("2.1", "上下文学习是黑盒子", english: nil, summary: "规模如何影响上下文学习尚不清楚", line: 10),
                    Fixtures.challenge("2.4", "规模对能力的影响尚未得到充分表征", english: "Effects of Scale", line: 13),
                ]))
        let results = index.search(SearchQuery("规模", explain: true))
        #expect(results.hits.map(\.id) == ["2.4", "2.1"])
        #expect(results.hits.map(\.field) == [.challengeTitle, .body])
        #expect(results.hits.map(\.source.description) == ["agenda.md:13", "agenda.md:10"])
        #expect(results.hits.first?.explanation?.terms.map(\.fieldWeight) == [4])
    }

    @Test func conceptNamesOutweighDefinitions() {
        let index = SearchIndex(
            corpus: Fixtures.corpus(
                passages: [],
                concepts: [
                    Fixtures.concept("奖励模型", english: "Reward Model", definition: "用人类偏好训练，用来估计奖励劫持风险的模型"),
                    Fixtures.concept("奖励劫持", english: "Reward Hacking"),
                ]))
        let results = index.search(SearchQuery("奖励劫持"))
        #expect(results.hits.map(\.id) == ["奖励劫持", "奖励模型"])
        #expect(results.hits.map(\.field) == [.conceptName, .definition])
        #expect(results.hits.map(\.title) == ["奖励劫持 / Reward Hacking", "奖励模型 / Reward Model"])
        // The query names the first concept, so its English name matches too.
        #expect(results.highlighted == [["奖励劫持", "Reward Hacking"], ["奖励劫持"]])
    }

    /// Many aliases make a long name field, so BM25 alone ranks a definition that repeats the
    /// name above the concept the query names (the real corpus did this for `RLHF`).
    @Test func theConceptTheQueryNamesComesFirst() {
        let index = SearchIndex(
            corpus: Fixtures.corpus(
                passages: [],
                concepts: [
                    Fixtures.concept(
                        "外部对齐", english: "Outer Alignment",
                        definition: "与此相反，人类反馈强化学习RLHF则进行了外部对齐；RLHF、RLHF、RLHF与RLHF的目标是人类价值、意图"),
                    Fixtures.concept(
                        "人类反馈强化学习", english: "Reinforcement Learning from Human Feedback",
                        aliases: ["强化学习与人类反馈", "RLHF"]),
                ]))
        let results = index.search(SearchQuery("RLHF", explain: true))
        #expect(results.hits.map(\.id) == ["人类反馈强化学习", "外部对齐"])
        #expect(results.hits.map(\.field) == [.conceptName, .definition])
        #expect(results.explanation?.clauses.first?.concept == "人类反馈强化学习")
    }

    @Test func namedConceptsMoveAheadInTheirOwnOrder() {
        let ranked = [(unit: 0, score: 3.0), (unit: 1, score: 2.0), (unit: 2, score: 1.0)]
        #expect(SearchIndex.namedConceptsFirst(ranked, named: []).map(\.unit) == [0, 1, 2])
        #expect(SearchIndex.namedConceptsFirst(ranked, named: [2, 1]).map(\.unit) == [1, 2, 0])
    }

    @Test func groupsComeInKindOrder() {
        let index = SearchIndex(
            corpus: Fixtures.corpus(
                passages: [Fixtures.passage("d.txt", 1, "越狱攻击")],
                concepts: [Fixtures.concept("越狱", english: "Jailbreak")],
                challenges: [
                    Fixtures.challenge("3.5", "越狱与提示注入", english: "Jailbreaks and Prompt Injections", line: 3)
                ],
                works: [
                    Fixtures.work(
                        "wei2023", authors: ["Wei"], year: "2023", title: "Jailbroken", titleZh: "越狱", line: 9)
                ]))
        let results = index.search(SearchQuery("越狱"))
        #expect(results.hits.map(\.kind) == [.concept, .challenge, .work, .passage])
        #expect(results.totals == [.concept: 1, .challenge: 1, .work: 1, .passage: 1])
        let passagesOnly = index.search(SearchQuery("越狱", kinds: [.passage]))
        #expect(passagesOnly.hits.map(\.kind) == [.passage])
    }

    @Test func limitAppliesPerKind() {
        let passages = (1...5).map { Fixtures.passage("e.txt", $0, String(repeating: "对齐", count: 6 - $0)) }
        let index = SearchIndex(
            corpus: Fixtures.corpus(passages: passages, concepts: [Fixtures.concept("对齐", english: "Alignment")]))
        let results = index.search(SearchQuery("对齐", limit: 2))
        #expect(results.hits.map(\.id) == ["对齐", "e.txt:1", "e.txt:2"])
        #expect(results.totals[.passage] == 5)
    }
}
