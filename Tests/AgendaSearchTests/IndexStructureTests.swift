import AgendaParser
import Foundation
import Testing

@testable import AgendaSearch

@Suite struct IndexStructureTests {
    @Test func postingsRoundTripWithLargeGaps() {
        // Term "x" in texts 0, 200 and 70,000 (gaps of one, two and three LEB128 bytes).
        var texts = [String](repeating: "y", count: 70_001)
        texts[0] = "x"
        texts[200] = "x y"
        texts[70_000] = "x"
        let collection = TextCollection(texts: texts)
        let x = collection.wordTerm("x")
        let y = collection.wordTerm("y")
        #expect(x.map(collection.postings(of:)) == [0, 200, 70_000])
        #expect(y.map { collection.documentCounts[Int($0)] } == 69_999)
        #expect(collection.text(200) == "x y")
        #expect(collection.lengths[200] == 2)
    }

    @Test func termTableGrowsAndKeepsEveryKey() {
        var table = TermTable(capacity: 2)
        for number in 0..<5_000 {
            let key = TermKey.bigram(0x4E00 + UInt32(number % 100), 0x4E00 + UInt32(number / 100))
            #expect(table.value(for: key, inserting: Int32(number)) == (Int32(number), true))
        }
        #expect(table.count == 5_000)
        #expect(table.value(for: TermKey.bigram(0x4E00 + 7, 0x4E00 + 42)) == 4_207)
        #expect(table.value(for: TermKey.unigram(0x4E00)) == nil)
        #expect(TermTable(capacity: 0).value(for: TermKey.unigram(0x4E00)) == nil)
    }

    @Test func wordsAreSortedForPrefixLookup() {
        let collection = TextCollection(texts: ["mesa-optimizer mesa", "mesaoptimization meta rlhf"])
        #expect(Array(collection.words) == ["mesa", "mesaoptimization", "meta", "optimizer", "rlhf"])
        let prefixed = collection.wordTerms(prefix: "mesa").flatMap(collection.postings(of:))
        #expect(prefixed.sorted() == [0, 1])
        #expect(collection.wordTerm("mes") == nil)
    }
}

@Suite struct ParallelBuildTests {
    @Test func buildingInPiecesGivesTheSameIndex() throws {
        let texts = try Fixtures.real.get().passages.map(\.text)
        let whole = TextCollection(texts: texts, parts: 1)
        for parts in [2, 3, 7] {
            let pieces = TextCollection(texts: texts, parts: parts)
            #expect(pieces.normalised == whole.normalised)
            #expect(pieces.starts == whole.starts)
            #expect(pieces.lengths == whole.lengths)
            #expect(pieces.postings == whole.postings)
            #expect(pieces.postingStarts == whole.postingStarts)
            #expect(pieces.documentCounts == whole.documentCounts)
            #expect(pieces.words == whole.words)
            #expect(pieces.wordTerms == whole.wordTerms)
            #expect(pieces.terms.keysByValue() == whole.terms.keysByValue())
        }
    }

    @Test func piecesEncodedWithoutJoiningGiveTheBytesOfTheJoinedCollection() throws {
        let texts = try Fixtures.real.get().passages.map(\.text)
        var joined = BinaryWriter()
        TextCollection(texts: texts, parts: 1).encode(to: &joined)
        for parts in [1, 2, 3, 7] {
            var written = BinaryWriter()
            TextCollection.encode(joining: TextCollection.pieces(of: texts, parts: parts), to: &written)
            #expect(written.bytes == joined.bytes, "\(parts) pieces")
        }
    }

    @Test func piecesThatTakeTheirTextsLetThemGo() throws {
        var texts = try Fixtures.real.get().passages.map(\.text)
        let given = texts
        let pieces = TextCollection.pieces(taking: &texts, parts: 3)
        #expect(texts.isEmpty)
        #expect(pieces.count == 3)
        #expect(pieces.map(\.count).reduce(0, +) == given.count)
        #expect(TextCollection(joining: pieces) == TextCollection(texts: given, parts: 1))
    }

    @Test func anIndexEncodedForTheCacheHasTheBytesOfTheIndexBuiltWhole() throws {
        let corpus = try Fixtures.real.get()
        var whole = BinaryWriter()
        SearchIndex(corpus: corpus).encodeCollections(to: &whole)
        let spillDirectory = FileManager.default.temporaryDirectory.path
        for (parts, spilling) in [(1, true), (3, false), (3, true)] {
            var released: Corpus? = corpus
            var written = BinaryWriter()
            let intact = SearchIndex.encodeCollections(
                of: &released, parts: parts, spillingTextsTo: spilling ? spillDirectory : nil, to: &written)
            #expect(intact && released == nil)
            #expect(written.bytes == whole.bytes, "\(parts) pieces, spilling: \(spilling)")
        }
    }

    @Test func spilledBytesComeBackInOrder() throws {
        let spill = try #require(SpillFile(directory: FileManager.default.temporaryDirectory.path))
        let blocks = [Array("对齐".utf8), [UInt8](repeating: 7, count: 3 << 20), Array("end".utf8)]
        for block in blocks { block.withUnsafeBytes(spill.append) }
        var read: [UInt8] = []
        #expect(spill.copy { read += $0 })
        #expect(read == Array(blocks.joined()) && spill.count == read.count)
        #expect(SpillFile(directory: "/nonexistent/directory") == nil)
    }

    @Test func aLargePieceOfPostingsIsWrittenThroughASpillingWriter() throws {
        // Gaps past one byte (a term in texts far apart) and a writer that sends large blocks on.
        let texts = (0..<3000).map { $0 % 997 == 0 ? "对齐 rare\($0 % 2)" : "文本 \($0) common" }
        var joined = BinaryWriter()
        TextCollection(texts: texts, parts: 1).encode(to: &joined)
        var sent: [UInt8] = []
        var spilling = BinaryWriter(spillingTo: { sent += $0 })
        TextCollection.encode(joining: TextCollection.pieces(of: texts, parts: 4), to: &spilling)
        spilling.flush()
        #expect(sent == joined.bytes)
    }
}

@Suite("Top hits")
struct TopHitsTests {
    @Test func theBoundedHeapKeepsTheOrderOfAFullSort() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 5, 40, 1000] {
            // Few distinct scores, so that ties (broken by unit) are common.
            let scored = (0..<count).map { (unit: $0, score: Double(Int.random(in: 0..<7, using: &generator))) }
            let sorted = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.unit < $1.unit }
            for limit in [0, 1, 3, 10, 999, 2000] {
                let best = Evaluator.best(scored, limit: limit)
                #expect(best.map(\.unit) == sorted.prefix(limit).map(\.unit), "\(count) \(limit)")
            }
            #expect(Evaluator.best(scored, limit: nil).map(\.unit) == sorted.map(\.unit))
        }
    }
}

@Suite("The index builder's owned buffers")
struct OwnedBufferTests {
    @Test func appendsGrowAndKeepTheirValues() {
        var buffer = OwnedBuffer<Int32>(capacity: 1)
        for value in 0..<1000 { buffer.append(Int32(value)) }
        buffer.append(repeating: -1, count: 3)
        buffer[0] = 42
        #expect(buffer.count == 1003)
        #expect(buffer.array == [42] + (1..<1000).map(Int32.init) + [-1, -1, -1])
        let zeros = OwnedBuffer<UInt8>(repeating: 0, count: 5)
        #expect(zeros.array == [0, 0, 0, 0, 0])
    }
}
