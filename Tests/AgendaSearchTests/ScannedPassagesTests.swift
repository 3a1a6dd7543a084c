import AgendaParser
import AgendaTestSupport
import Foundation
import Testing

@testable import AgendaSearch

/// A search that writes no cache scans its passages for its query instead of indexing
/// them (`SearchIndex(corpus:scanningPassagesFor:)`): its answers must be the indexed ones,
/// for the query it scanned for and for any other.
@Suite struct ScannedPassagesTests {
    /// Scanned for one query; every other query's patterns are scanned for as they are asked for.
    static let scannedIndex: Result<SearchIndex, any Error> = Fixtures.real.map {
        SearchIndex(corpus: $0, scanningPassagesFor: SearchQuery("对齐"))
    }

    /// Queries of every shape the matcher treats apart: one CJK character, two, a repeated one,
    /// Latin words, prefixes and plurals, numbers, phrases, OR, identifiers, and none at all.
    static let shapes = [
        "对齐", "对", "哈哈", "奖励劫持", "可解释性 安全", "reward hacking", "RLHF", "model", "models", "interp", "scal",
        "2.4", "3.2", "\"reward model\"", "“价值对齐”", "deceptive alignment", "Anwar", "arXiv", "2024", "the", "a",
        "LLM 对齐", "监督 OR 鲁棒性", "xyzzyq", "对齐xyzzyq", "价値",
    ]

    static func compare(_ query: SearchQuery, in scanned: SearchIndex? = nil) throws {
        let indexed = try Fixtures.realIndex.get().search(query)
        let scanned = try (scanned ?? scannedIndex.get()).search(query)
        #expect(scanned == indexed, "\(query.text) (any: \(query.any), limit: \(query.limit ?? -1))")
    }

    @Test(arguments: shapes)
    func everyShapeFindsWhatTheIndexFinds(_ text: String) throws {
        let scanned = SearchIndex(corpus: try Fixtures.real.get(), scanningPassagesFor: SearchQuery(text))
        #expect(!scanned.passages.texts.isIndexed)
        for query in [
            SearchQuery(text), SearchQuery(text, kinds: [.passage], limit: 10), SearchQuery(text, any: true, limit: 3),
        ] {
            try Self.compare(query, in: scanned)
            try Self.compare(query)
        }
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
        for round in 0..<120 {
            let text = round % 3 == 0 ? piece() + " " + piece() : piece()
            guard !text.isEmpty else { continue }
            let query = SearchQuery(text, limit: round % 2 == 0 ? 20 : nil)
            // Every fourth is scanned for; the others are scanned for as they are asked for.
            let scanned =
                round % 4 == 0 ? SearchIndex(corpus: try Fixtures.real.get(), scanningPassagesFor: query) : nil
            try Self.compare(query, in: scanned)
            compared += 1
        }
        #expect(compared > 100)
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

    @Test func scannedTextsHaveTheIndexedTextsLengthsAndMatchesButKeepNoText() {
        let texts = ["奖励劫持（reward hacking）", "哈哈哈", "Models 2.4 与 12.4", "", "价值對齊", "model 的 models"]
        let patterns = ["哈哈", "对齐", "model", "2.4", "reward hacking"].map {
            QueryParser(aliases: AliasTable(concepts: [])).parse(SearchQuery($0)).patterns[0]
        }
        let indexed = FieldedCollection(bodies: TextCollection(texts: texts))
        // Scanned for the first patterns only: the last is scanned for when it is asked for.
        let scanned = FieldedCollection(bodies: TextCollection(scanning: texts, for: Array(patterns.dropLast())))
        #expect(indexed.texts.isIndexed && !scanned.texts.isIndexed)
        #expect(scanned.texts.lengths.array == indexed.texts.lengths.array)
        #expect(scanned.texts.normalised.isEmpty && scanned.texts.postings.isEmpty && scanned.texts.terms.count == 0)
        for pattern in patterns {
            let (expected, found) = (indexed.matches(of: pattern), scanned.matches(of: pattern))
            #expect(found.texts == expected.texts && found.counts == expected.counts && found.units == expected.units)
            #expect(!found.texts.isEmpty, "\(pattern.text)")
            for text in texts.indices {
                #expect(
                    scanned.texts.occurrences(of: pattern, in: text) == indexed.texts.occurrences(of: pattern, in: text)
                )
                #expect(scanned.texts.text(text) == indexed.texts.text(text))
            }
        }
    }
}
