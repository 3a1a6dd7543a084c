import AgendaParser
import Testing

@testable import AgendaSearch

/// Queries on the bundled corpus in `Data/`, pinned to `document:line`.
@Suite struct RealCorpusTests {
    static func search(_ text: String, limit: Int? = nil) throws -> SearchResults {
        try Fixtures.realIndex.get().search(SearchQuery(text, kinds: [.passage], limit: limit))
    }

    /// The real passages with a few hand-made concepts: alias ranking on fixed names, apart
    /// from what the parser extracts (the tests without `withConcepts` use the parser's own).
    static let withConcepts: Result<SearchIndex, any Error> = Fixtures.real.map { corpus in
        var corpus = corpus
        func at(_ document: String, _ line: Int) -> CorpusLocation {
            CorpusLocation(document: document, line: line)
        }
        corpus.concepts = [
            Fixtures.concept(
                "奖励劫持", english: "Reward Hacking", aliases: ["奖励破解"], at: at("xiong-llm-alignment-survey.md", 96)),
            Fixtures.concept(
                "上下文学习", english: "In-Context Learning", aliases: ["ICL", "语境学习"],
                at: at("xiong-llm-alignment-survey.md", 192)),
            Fixtures.concept(
                "规模律", english: "Scaling Laws", aliases: ["规模化法则", "缩放规律", "扩展定律"],
                at: at("llm-history-rlhf-chapter.md", 75)),
            Fixtures.concept("可扩展的监管", english: "Scalable Oversight", at: at("xiong-llm-alignment-survey.md", 97)),
        ]
        return SearchIndex(corpus: corpus)
    }

    @Test(arguments: [
        (
            "对齐", 100,
            [
                "xiong-llm-alignment-survey.md:79", "xiong-llm-alignment-survey.md:232",
                "xiong-llm-alignment-survey.md:113",
            ]
        ),
        (
            "越狱", 4,
            [
                "alignment-salon-transcript.txt:225", "alignment-salon-transcript.txt:243",
                "agenda-introduction.txt:19", "agenda-introduction.txt:10",
            ]
        ),
        ("投毒", 2, ["agenda-introduction.txt:19", "agenda-introduction.txt:10"]),
        (
            "奖励", 13,
            [
                "xiong-llm-alignment-survey.md:96", "llm-history-rlhf-chapter.md:25",
                "xiong-llm-alignment-survey.md:175",
            ]
        ),
        ("mesa", 2, ["agenda-scientific-understanding.md:15", "xiong-llm-alignment-survey.md:168"]),
        (
            "可扩展", 10,
            [
                "xiong-llm-alignment-survey.md:186", "xiong-llm-alignment-survey.md:228",
                "alignment-salon-transcript.txt:142",
            ]
        ),
        // The parser's aliases (可扩展的监管, 可扩展监督) reach the Chinese passages.
        (
            "Scalable Oversight", 8,
            [
                "xiong-llm-alignment-survey.md:97", "alignment-salon-transcript.txt:142",
                "xiong-llm-alignment-survey.md:186",
            ]
        ),
        (
            "涌现", 9,
            [
                "alignment-salon-transcript.txt:252", "llm-history-rlhf-chapter.md:81",
                "llm-history-rlhf-chapter.md:57",
            ]
        ),
        (
            "base64", 3,
            [
                "alignment-salon-transcript.txt:254", "alignment-salon-transcript.txt:262",
                "alignment-salon-transcript.txt:264",
            ]
        ),
        (
            "RLHF", 19,
            ["llm-history-rlhf-chapter.md:17", "llm-history-rlhf-chapter.md:31", "llm-history-rlhf-chapter.md:33"]
        ),
        (
            "规模律", 6,
            [
                "llm-history-rlhf-chapter.md:71", "llm-history-rlhf-chapter.md:75",
                "agenda-scientific-understanding.md:17",
            ]
        ),
        (
            "reward hacking", 3,
            [
                "xiong-llm-alignment-survey.md:96", "xiong-llm-alignment-survey.md:109",
                "agenda-scientific-understanding.md:19",
            ]
        ),
        // No passage writes ICL: each hit is one of the names the parser linked to it.
        (
            "ICL", 3,
            [
                "agenda-scientific-understanding.md:15", "xiong-llm-alignment-survey.md:192",
                "agenda-introduction.txt:10",
            ]
        ),
    ])
    func topHits(query: String, total: Int, top: [String]) throws {
        let results = try Self.search(query, limit: top.count)
        #expect(results.totals[.passage] == total)
        #expect(results.sources == top)
    }

    @Test func matchesAreHighlightedWhereTheyAreWritten() throws {
        #expect(try Self.search("投毒").highlighted == [["投毒"], ["投毒"]])
        #expect(try Self.search("mesa").highlighted == [["mesa", "mesa"], ["Mesa", "Mesa"]])
        #expect(
            try Self.search("Scalable Oversight", limit: 2).highlighted == [
                ["可扩展的监管", "Scalable Oversight"], ["可扩展监督"],
            ])
        let poisoning = try Self.search("投毒")
        let texts = poisoning.hits.map { hit in
            hit.matches.map { Array(hit.text.utf8)[max(0, $0.start - 6)..<$0.start] }
        }
        #expect(texts.map { $0.map { String(decoding: $0, as: UTF8.self) } } == [["以及"], ["数据"]])
    }

    @Test func aFullWidthQueryFindsWhatTheHalfWidthOneFinds() throws {
        let full = try Self.search("ＲＬＨＦ")
        let half = try Self.search("RLHF")
        #expect(full.sources == half.sources)
        #expect(full.hits.map(\.score) == half.hits.map(\.score))
        #expect(full.highlighted.prefix(2) == [["人类反馈强化学习"], ["RLHF"]])
    }

    @Test func aTraditionalQueryFindsSimplifiedText() throws {
        let traditional = try Self.search("對齊", limit: 3)
        let simplified = try Self.search("对齐", limit: 3)
        #expect(traditional.sources == simplified.sources)
        let highlighted = try #require(traditional.highlighted.first)
        #expect(Set(highlighted) == ["对齐"])
        #expect(highlighted.count == 22)
    }

    @Test func aQueryWithNoHitSaysWhy() throws {
        let results = try Self.search("量子计算")
        #expect(results.isEmpty)
        #expect(results.reasons.map(\.code) == [.noMatch, .noAlias])
        #expect(results.suggestions.isEmpty)
    }

    @Test func iclReachesEveryNameTheParserLinked() throws {
        let results = try Self.search("ICL")
        #expect(results.hits.map(\.via) == ["上下文学习", "In-Context Learning", "在场景中学习"])
        #expect(
            results.highlighted == [
                ["上下文学习", "上下文学习", "上下文学习", "上下文学习"], ["语境学习", "In-Context Learning"], ["在场景中学习"],
            ])
    }

    @Test func aTypoOnTheParsedCorpusSuggestsTheConceptInBothLanguages() throws {
        let results = try Fixtures.realIndex.get().search(SearchQuery("scalable oversigt"))
        #expect(results.isEmpty)
        #expect(results.reasons.map(\.code) == [.noMatch, .noAlias])
        #expect(results.suggestions.map(\.description).prefix(2) == ["可扩展的监管 / Scalable Oversight", "oversight"])
    }

    /// Derived from the parse, not listed: every name of every concept finds that concept first.
    @Test func everyConceptNameFindsItsConceptFirst() throws {
        let index = try Fixtures.realIndex.get()
        let concepts = index.corpus.concepts
        #expect(concepts.count > 50)
        for concept in concepts {
            for name in concept.names {
                let top = index.search(SearchQuery(name, kinds: [.concept], limit: 1)).hits.first?.id
                let named = concepts.filter { $0.names.map(AliasTable.key).contains(AliasTable.key(name)) }.map(\.term)
                #expect(top.map(named.contains) == true, "\(name) lists \(top ?? "nothing") first, not \(named)")
            }
        }
    }

    @Test func passagesCarryTheirSection() throws {
        let results = try Self.search("投毒")
        #expect(results.hits.map(\.title) == ["开发与部署方法", "1.3 结构"])
        #expect(results.hits.map(\.passageKind) == [.paragraph, .paragraph])
        #expect(results.hits.map(\.id) == ["agenda-introduction.txt:19", "agenda-introduction.txt:10"])
    }

    @Test func transcriptHitsPointAtTheLineOfTheMatch() throws {
        let hit = try #require(try Self.search("越狱").hits.first)
        #expect(hit.passageKind == .transcript)
        #expect(hit.id != hit.source.description)
        #expect(hit.source.description == "alignment-salon-transcript.txt:225")
    }

    @Test func rewardHackingReachesChinesePassagesThroughAliases() throws {
        let results = try Self.withConcepts.get().search(SearchQuery("reward hacking", kinds: [.passage]))
        #expect(
            results.sources == [
                "xiong-llm-alignment-survey.md:96", "xiong-llm-alignment-survey.md:109",
                "agenda-scientific-understanding.md:19",
            ])
        #expect(results.hits.map(\.via) == [nil, "奖励劫持", "奖励破解"])
        #expect(results.highlighted == [["奖励劫持", "Reward Hacking"], ["奖励劫持"], ["奖励破解"]])
    }

    @Test func iclReachesItsChineseNames() throws {
        let results = try Self.withConcepts.get().search(SearchQuery("ICL"))
        #expect(results.hits.map(\.kind).first == .concept)
        #expect(
            results.hits(.passage).map(\.source.description) == [
                "agenda-scientific-understanding.md:15", "xiong-llm-alignment-survey.md:192",
            ])
        // 语境学习（In-Context Learning）: the English name scores higher than the Chinese alias.
        #expect(results.hits(.passage).map(\.via) == ["上下文学习", "In-Context Learning"])
    }

    @Test func scalingLawNamesAreOneConcept() throws {
        let results = try Self.withConcepts.get().search(SearchQuery("规模律", kinds: [.passage]))
        #expect(
            results.sources == [
                "llm-history-rlhf-chapter.md:71", "llm-history-rlhf-chapter.md:75",
                "agenda-scientific-understanding.md:17",
                "agenda-introduction.txt:16", "agenda-scientific-understanding.md:9",
            ])
        #expect(results.hits.map(\.via) == [nil, nil, "缩放规律", "扩展定律", "规模化法则"])
    }

    @Test func aTypoSuggestsTheConceptInBothLanguages() throws {
        let results = try Self.withConcepts.get().search(SearchQuery("scalable oversigt"))
        #expect(results.isEmpty)
        #expect(results.suggestions.first?.description == "可扩展的监管 / Scalable Oversight")
        #expect(results.suggestions.map(\.text).contains("oversight"))
    }
}
