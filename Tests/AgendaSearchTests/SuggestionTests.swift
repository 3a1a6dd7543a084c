import Testing

@testable import AgendaSearch

/// "Did you mean …" in both languages when nothing is found.
@Suite struct SuggestionTests {
    static let index = SearchIndex(
        corpus: Fixtures.corpus(
            passages: [
                Fixtures.passage("s.md", 1, "可扩展的监管 (Scalable Oversight) : 将对AI代理的监督扩展到人类无法评估的任务"),
                Fixtures.passage("s.md", 2, "alignment research needs oversight"),
            ],
            concepts: [Fixtures.concept("可扩展的监管", english: "Scalable Oversight")],
            challenges: [Fixtures.challenge("3.3", "评估危机", english: "Evaluation Crisis", line: 4)]))

    @Test func aTypoSuggestsTheConceptInBothLanguages() {
        let results = Self.index.search(SearchQuery("scalable oversigt"))
        #expect(results.isEmpty)
        #expect(results.suggestions.first?.description == "可扩展的监管 / Scalable Oversight")
        #expect(results.suggestions.first?.kind == .concept)
        #expect(results.suggestions.map(\.text).contains("oversight"))
    }

    @Test func aChineseNearMissSuggestsTheConcept() {
        let results = Self.index.search(SearchQuery("可扩展监管"))
        #expect(results.isEmpty)
        #expect(results.suggestions.map(\.description) == ["可扩展的监管 / Scalable Oversight"])
    }

    @Test func aMisspelledWordSuggestsCorpusWords() {
        let results = Self.index.search(SearchQuery("alignmnt"))
        #expect(results.suggestions.map(\.text) == ["alignment"])
        #expect(results.suggestions.first?.kind == .word)
    }

    @Test func challengeTitlesAreSuggested() {
        let results = Self.index.search(SearchQuery("evaluaton crisis"))
        #expect(results.suggestions.first?.description == "评估危机 / Evaluation Crisis")
    }

    @Test func nothingCloseMeansNoSuggestion() {
        #expect(Self.index.search(SearchQuery("量子计算")).suggestions.isEmpty)
    }

    @Test func hitsNeedNoSuggestions() {
        let results = Self.index.search(SearchQuery("oversight"))
        #expect(!results.isEmpty)
        #expect(results.suggestions.isEmpty && results.reasons.isEmpty)
    }
}
