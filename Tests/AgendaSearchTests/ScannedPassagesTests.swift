import AgendaParser
import AgendaTestSupport
import Foundation
import Testing

@testable import AgendaSearch

/// A search that writes no cache scans its passages instead of indexing them
/// (`SearchIndex(corpus:indexingPassages: false)`): its answers must be the indexed ones.
@Suite struct ScannedPassagesTests {
    static let scannedIndex: Result<SearchIndex, any Error> = Fixtures.real.map {
        SearchIndex(corpus: $0, indexingPassages: false)
    }

    /// Queries of every shape the matcher treats apart: one CJK character, two, a repeated one,
    /// Latin words, prefixes and plurals, numbers, phrases, OR, identifiers, and none at all.
    static let shapes = [
        "对齐", "对", "哈哈", "奖励劫持", "可解释性 安全", "reward hacking", "RLHF", "model", "models", "interp", "scal",
        "2.4", "3.2", "\"reward model\"", "“价值对齐”", "deceptive alignment", "Anwar", "arXiv", "2024", "the", "a",
        "LLM 对齐", "监督 OR 鲁棒性", "xyzzyq", "对齐xyzzyq", "价値",
    ]

    static func compare(_ query: SearchQuery) throws {
        let indexed = try Fixtures.realIndex.get().search(query)
        let scanned = try scannedIndex.get().search(query)
        #expect(scanned == indexed, "\(query.text) (any: \(query.any), limit: \(query.limit ?? -1))")
    }

    @Test(arguments: shapes)
    func everyShapeFindsWhatTheIndexFinds(_ text: String) throws {
        try Self.compare(SearchQuery(text))
        try Self.compare(SearchQuery(text, kinds: [.passage], limit: 10))
        try Self.compare(SearchQuery(text, any: true, limit: 3))
    }

    /// Random pieces of the corpus's own passages (one to five scalars, at any offset, so
    /// they start and end mid-word) and random words of them, paired at random.
    @Test func randomPiecesOfTheCorpusFindWhatTheIndexFinds() throws {
        let passages = try Fixtures.real.get().passages.map { Array($0.text.unicodeScalars) }.filter { $0.count > 8 }
        var random = SeededRandom(seed: 0x5CA7)
        func piece() -> String {
            let passage = passages[random.next(below: passages.count)]
            let length = 1 + random.next(below: 5)
            let start = random.next(below: passage.count - length)
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: passage[start..<(start + length)])
            return String(piece).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var compared = 0
        for round in 0..<300 {
            let text = round % 3 == 0 ? piece() + " " + piece() : piece()
            guard !text.isEmpty else { continue }
            try Self.compare(SearchQuery(text, limit: round % 2 == 0 ? 20 : nil))
            compared += 1
        }
        #expect(compared > 250)
    }

    /// A search that finds nothing indexes the passages first: its reasons and suggestions
    /// (which read the passages' terms) are the indexed ones too. An explained search needs
    /// no terms: its counts are the verified matches'.
    @Test func aSearchWithoutHitsIndexesThePassagesForItsSuggestions() throws {
        let query = SearchQuery("alignmnt 奖励学习对齐")
        let scanned = try Self.scannedIndex.get().search(query)
        #expect(scanned.hits.isEmpty && !scanned.suggestions.isEmpty)
        #expect(scanned == (try Fixtures.realIndex.get().search(query)))
        let explained = SearchQuery("对齐", limit: 3, explain: true)
        #expect(try Self.scannedIndex.get().search(explained) == (try Fixtures.realIndex.get().search(explained)))
    }

    @Test func scannedTextsHaveTheIndexedTextsLengthsButNoPostings() {
        let texts = ["奖励劫持（reward hacking）", "哈哈哈", "Models 2.4 与 12.4", "", "价值對齊"]
        for parts in [1, 2] {
            let indexed = TextCollection(texts: texts, parts: parts)
            let scanned = TextCollection(texts: texts, parts: parts, indexing: false)
            #expect(indexed.isIndexed && !scanned.isIndexed)
            #expect(scanned.normalised.array == indexed.normalised.array)
            #expect(scanned.starts.array == indexed.starts.array)
            #expect(scanned.lengths.array == indexed.lengths.array)
            #expect(scanned.postings.isEmpty && scanned.terms.count == 0 && scanned.words.isEmpty)
            #expect(!indexed.postings.isEmpty)
        }
    }
}
