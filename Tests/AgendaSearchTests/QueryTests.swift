import Testing

@testable import AgendaSearch

/// Keywords, AND/OR, quoted phrases, and what an empty result says.
@Suite struct QueryTests {
    static let index = SearchIndex(
        corpus: Fixtures.corpus(passages: [
            Fixtures.passage("q.txt", 1, "alignment and safety"),
            Fixtures.passage("q.txt", 2, "alignment only"),
            Fixtures.passage("q.txt", 3, "safety only"),
            Fixtures.passage("q.txt", 4, "safety and alignment"),
            Fixtures.passage("q.txt", 5, "对齐与安全"),
        ]))

    @Test(arguments: [
        ("a b", ["a", "b"]),
        ("  对齐   安全 ", ["对齐", "安全"]),
        ("\"reward hacking\" RLHF", ["reward hacking", "RLHF"]),
        ("“对齐 安全”「越狱」", ["对齐 安全", "越狱"]),
        ("\"unclosed phrase", ["unclosed phrase"]),
        ("对齐　安全", ["对齐", "安全"]),
    ])
    func splitsKeywords(query: String, keywords: [String]) {
        #expect(QueryParser.keywords(query) == keywords)
    }

    @Test func allKeywordsMustMatch() {
        #expect(Self.index.search(SearchQuery("alignment safety")).sources == ["q.txt:1", "q.txt:4"])
    }

    @Test func anyKeywordIsEnoughWithAny() {
        let results = Self.index.search(SearchQuery("alignment safety", any: true))
        #expect(results.sources == ["q.txt:1", "q.txt:4", "q.txt:2", "q.txt:3"])
    }

    @Test func quotesMakeOnePhrase() {
        #expect(Self.index.search(SearchQuery("\"safety and alignment\"")).sources == ["q.txt:4"])
        #expect(Self.index.search(SearchQuery("“alignment and safety”")).sources == ["q.txt:1"])
    }

    @Test func thePhraseRanksFirstAmongKeywordMatches() {
        #expect(Self.index.search(SearchQuery("safety and alignment")).sources == ["q.txt:4", "q.txt:1"])
    }

    @Test func chineseWithoutSpacesIsOneKeyword() {
        #expect(Self.index.search(SearchQuery("对齐与安全")).sources == ["q.txt:5"])
        #expect(Self.index.search(SearchQuery("对齐安全")).isEmpty)
        #expect(Self.index.search(SearchQuery("对齐 安全")).sources == ["q.txt:5"])
    }

    @Test func emptyQueriesSaySo() {
        let blank = Self.index.search(SearchQuery("  "))
        #expect(blank.isEmpty)
        #expect(blank.reasons.map(\.code) == [.emptyQuery])
        #expect(blank.reasons.first?.message == "The query is empty.")
        let punctuation = Self.index.search(SearchQuery("、 —"))
        #expect(punctuation.reasons.map(\.code) == [.emptyQuery])
        #expect(punctuation.reasons.first?.terms == ["、", "—"])
    }

    @Test func unknownWordsHaveNoMatchAndNoAlias() {
        let results = Self.index.search(SearchQuery("quantum"))
        #expect(results.reasons.map(\.code) == [.noMatch, .noAlias])
        #expect(
            results.reasons.map(\.message) == [
                "No passage, concept, challenge or work contains “quantum”.",
                "No concept is called “quantum”, so no other names for it were tried.",
            ])
    }

    @Test func aPhraseWhoseWordsOccurApartIsReported() {
        let results = Self.index.search(SearchQuery("\"alignment safety\""))
        #expect(results.reasons.map(\.code) == [.phraseNotFound, .noAlias])
        #expect(results.reasons.first?.terms == ["alignment safety"])
    }

    @Test func keywordsThatNeverMeetAreReported() {
        let results = Self.index.search(SearchQuery("alignment only safety"))
        #expect(results.reasons.map(\.code) == [.notTogether, .noAlias])
        #expect(results.reasons.first?.terms == ["alignment", "only", "safety"])
    }

    @Test func hitsLeftOutByTheKindFilterAreReported() {
        let results = Self.index.search(SearchQuery("alignment", kinds: [.concept, .work]))
        #expect(results.isEmpty)
        #expect(results.reasons.map(\.code) == [.filteredOut])
        #expect(results.reasons.first?.terms == ["passage"])
        #expect(results.totals[.passage] == 3)
    }

    @Test func aZeroLimitCountsButListsNothing() {
        let results = Self.index.search(SearchQuery("alignment", limit: 0))
        #expect(results.hits.isEmpty)
        #expect(results.totals == [.concept: 0, .challenge: 0, .work: 0, .passage: 3])
        #expect(results.reasons.isEmpty && results.suggestions.isEmpty)
    }

    @Test func explanationListsTokensAndCounts() throws {
        let results = Self.index.search(SearchQuery("Alignment 对齐", explain: true))
        let explanation = try #require(results.explanation)
        #expect(explanation.mode == "all")
        #expect(explanation.clauses.map(\.text) == ["Alignment", "对齐"])
        let keywords = explanation.clauses.flatMap { $0.alternatives.flatMap(\.keywords) }
        #expect(keywords.map(\.text) == ["alignment", "对齐"])
        #expect(keywords.map(\.tokens) == [["alignment*@0"], ["对齐@0"]])
        #expect(keywords.map(\.ending) == ["prefix", "free"])
        #expect(keywords.map(\.passages) == [3, 1])
        #expect(explanation.phrase == "alignment对齐")
    }
}
