import Foundation
import Testing

@testable import AgendaCache
@testable import AgendaParser
@testable import AgendaSearch

/// A mapping stand-in for `ChunkChecker`: owns its bytes, 16-byte aligned.
private final class OwnedBytes {
    let bytes: UnsafeMutableRawBufferPointer

    init(_ values: [UInt8]) {
        bytes = .allocate(byteCount: max(values.count, 1), alignment: 16)
        bytes.copyBytes(from: values)
    }

    deinit { bytes.deallocate() }

    var view: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: bytes[0..<bytes.count]) }

    func checker(checksums: [UInt64]? = nil, count: Int) throws -> ChunkChecker {
        let view = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
        return try ChunkChecker(bytes: view, checksums: checksums ?? ChunkChecker.checksums(of: view), owner: self)
    }
}

@Suite("Columns and chunk checks")
struct ColumnTests {
    @Test func columnsReadInPlaceFromACheckedBuffer() throws {
        var writer = BinaryWriter()
        writer.write(3)  // an odd start, so the column needs padding
        writer.write(column: Column<UInt32>([7, 8, 9, 1 << 31]))
        writer.write(column: Column<UInt64>([]))
        writer.write(StringColumn(["奖励", "alpha", ""]))
        let owned = OwnedBytes(writer.bytes)
        let checker = try owned.checker(count: writer.bytes.count)
        var reader = BinaryReader(checking: checker)
        #expect(try reader.read(Int.self) == 3)
        let numbers = try reader.read(column: Column<UInt32>.self, lazy: true)
        #expect(Array(numbers) == [7, 8, 9, 1 << 31])
        // A view, not a copy: its first element lies at an aligned place inside the buffer.
        let address = numbers.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
        let base = Int(bitPattern: owned.view.baseAddress)
        #expect(address > base && address < base + writer.bytes.count && address % 4 == 0)
        #expect(try reader.read(column: Column<UInt64>.self).isEmpty)
        let strings = try reader.read(StringColumn.self)
        #expect(Array(strings) == ["奖励", "alpha", ""])
        #expect(reader.isAtEnd)
        #expect(reader.lazyRanges.count == 1 && reader.lazyRanges[0].count == 16)
        // The same bytes read without a checker are copied, and equal.
        let copied = try writer.bytes.withUnsafeBytes { raw in
            var plain = BinaryReader(raw)
            _ = try plain.read(Int.self)
            return try plain.read(column: Column<UInt32>.self)
        }
        #expect(copied == numbers)
    }

    @Test func nonZeroPaddingIsRejected() throws {
        var writer = BinaryWriter()
        writer.write(1)
        writer.write(column: Column<UInt64>([42]))
        var bytes = writer.bytes
        bytes[2] = 1  // inside the padding after the count
        #expect(throws: BinaryCodingError.self) {
            try bytes.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                _ = try reader.read(Int.self)
                _ = try reader.read(column: Column<UInt64>.self)
            }
        }
    }

    @Test func stringColumnsOrderLikeStrings() {
        let words = ["a", "ab", "abc", "b", "straße", "zebra", "über", "对齐", "奖励"].sorted()
        let column = StringColumn(words)
        for (index, word) in words.enumerated() {
            for probe in words + ["", "aa", "zz", "对"] {
                let expected: Int32 = word < probe ? -1 : word == probe ? 0 : 1
                #expect(column.compare(index, with: probe).signum() == expected, "\(word) vs \(probe)")
                #expect(column.hasPrefix(index, probe) == word.hasPrefix(probe))
            }
        }
    }

    @Test func chunksAreCheckedOnlyWhenRead() throws {
        let size = ChunkChecker.chunkSize
        var bytes = [UInt8](repeating: 0, count: size * 3 + 100)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        let checksums = bytes.withUnsafeBytes { ChunkChecker.checksums(of: $0) }
        #expect(checksums.count == 4)
        bytes[size + 5] ^= 0x80  // damage the second chunk
        let owned = OwnedBytes(bytes)
        let checker = try owned.checker(checksums: checksums, count: bytes.count)
        // Chunks 1 and 2 lie wholly inside the lazy range; 0 and 3 are checked now.
        #expect(checker.checkAll(except: [size - 10..<size * 3 + 1]))
        #expect(!checker.foundDamage)
        #expect(checker.isIntact(size * 2..<size * 2 + 10))
        #expect(!checker.isIntact(size + 4..<size + 6))
        #expect(checker.foundDamage)
        // Once damaged, nothing more is trusted.
        #expect(!checker.isIntact(0..<10))
        #expect(!checker.isIntact(0..<bytes.count + 1))
        #expect(throws: BinaryCodingError.self) {
            try owned.checker(checksums: [1, 2], count: bytes.count)
        }
    }

    @Test func theChunkChecksumNoticesFlippedMovedAndLostBytes() {
        var bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
        func sum(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { ChunkChecker.checksum(of: $0) } }
        let original = sum(bytes)
        var flipped = bytes
        flipped[1000] ^= 0x04
        var swapped = bytes
        swapped.swapAt(8, 8 + 32)  // the same lane, two words apart
        for index in 0..<8 { swapped.swapAt(64 + index, 96 + index) }
        var zeroed = bytes
        for index in 2048..<2080 { zeroed[index] = 0 }
        #expect(Set([original, sum(flipped), sum(swapped), sum(zeroed), sum(bytes.dropLast())].map { $0 }).count == 5)
        bytes[4095] ^= 1
        #expect(sum(bytes) != original)
        #expect(sum(Array(bytes.prefix(4093))) != sum(Array(bytes.prefix(4094))))
    }

    @Test func aDamagedChunkOutsideTheLazyRangesFailsTheFirstCheck() throws {
        var bytes = [UInt8](repeating: 7, count: ChunkChecker.chunkSize * 2)
        let checksums = bytes.withUnsafeBytes { ChunkChecker.checksums(of: $0) }
        bytes[10] = 0
        let checker = try OwnedBytes(bytes).checker(checksums: checksums, count: bytes.count)
        #expect(!checker.checkAll(except: [ChunkChecker.chunkSize..<bytes.count]))
    }
}

@Suite("Cached index read in place")
struct LazyIndexTests {
    /// A corpus whose passages span several checksum chunks.
    static let large: [String: String] = {
        var text = "# 对齐研究\n\n"
        for number in 0..<3000 {
            text += "第\(number)段：奖励劫持（reward hacking）与可扩展监督 number\(number) 都需要研究。\n\n"
        }
        return ["big.md": text, "a.md": sample["a.md"]!]
    }()

    /// The byte range of section `name` in the cache file.
    static func sectionRange(_ name: String, in scratch: Scratch) throws -> Range<Int> {
        let path = try #require(scratch.cacheFiles.first.map { scratch.cache.appendingPathComponent($0).path })
        let file = try MappedFile(path: path)
        let header = try CacheFile.header(of: file.bytes)
        let section = try #require(header.sections.first { $0.name == name })
        return (header.payloadStart + section.offset)..<(header.payloadStart + section.offset + section.length)
    }

    @Test func aCachedSearchMatchesAFreshOne() throws {
        let scratch = try Scratch(Self.large)
        let built = try scratch.store().searchIndex()
        let store = scratch.store()
        for text in ["奖励劫持", "number2999", "number29", "reward hacking", "第1500段", "Amodei"] {
            let query = SearchQuery(text, limit: 5)
            #expect(try store.search(query).hits == built.search(query).hits, "\(text)")
        }
        #expect(store.status == .hit)
    }

    @Test func aSearchThatParsesWritesTheCacheOnceWithItsIndex() throws {
        let scratch = try Scratch(sample)
        let first = scratch.store()
        first.expectSearch()
        _ = try first.corpus(.core)
        #expect(scratch.cacheFiles.isEmpty, "nothing written before the index is built")
        let query = SearchQuery("奖励劫持")
        let hits = try first.search(query).hits
        #expect(!hits.isEmpty && scratch.cacheFiles.count == 1)
        let second = scratch.store()
        second.expectSearch()
        #expect(try second.search(query).hits == hits)
        #expect(second.status == .hit)
        #expect(try Self.sectionRange("index", in: scratch).count > 0)
    }

    /// Damage deep inside the passages' normalised texts is found only when a
    /// search reads it; that search then answers from a rebuilt index.
    @Test func damageFoundWhileSearchingRebuilds() throws {
        let scratch = try Scratch(Self.large)
        let built = try scratch.store().searchIndex()
        let query = SearchQuery("第1500段", limit: 3)
        let expected = built.search(query).hits
        #expect(!expected.isEmpty)
        let index = try Self.sectionRange("index", in: scratch)
        try scratch.damageCache { bytes in
            // The passages' texts come first in the index: find the passage the query hits.
            let needle = Array("第1500段".utf8)
            let start = (index.lowerBound..<index.upperBound - needle.count).first {
                bytes[$0..<$0 + needle.count].elementsEqual(needle)
            }!
            bytes[start + 4] ^= 0x01  // 1500 → 1400 … still valid UTF-8
        }
        let store = scratch.store()
        // Opening the index does not read the damaged chunk: the search that reads it finds it.
        _ = try store.searchIndex()
        #expect(store.status == .hit)
        #expect(try store.search(query).hits == expected)
        #expect(store.status == .miss("damaged cache (found while searching)"))
        let again = scratch.store()
        #expect(try again.search(query).hits == expected)
        #expect(again.status == .hit, "rewritten after the damage")
    }

    @Test func damageInAShownPassageRebuilds() throws {
        let scratch = try Scratch(Self.large)
        let built = try scratch.store().searchIndex()
        let query = SearchQuery("number2000", limit: 3)
        let expected = built.search(query).hits
        #expect(expected.count == 1)
        let passages = try Self.sectionRange("passages", in: scratch)
        try scratch.damageCache { bytes in
            let needle = Array("number2000".utf8)
            let start = (passages.lowerBound..<passages.upperBound - needle.count).first {
                bytes[$0..<$0 + needle.count].elementsEqual(needle)
            }!
            bytes[start] = UInt8(ascii: "N")
        }
        let store = scratch.store()
        _ = try store.searchIndex()
        #expect(store.status == .hit)
        #expect(try store.search(query).hits == expected)
        #expect(store.status == .miss("damaged cache (found while searching)"))
    }

    /// A challenge table spanning several checksum chunks, between two sections.
    static let sectioned: [String: String] = {
        var text = "# 2 示例议程\n\n## 2.1 上下文学习\n\n| 挑战 | 介绍 |\n|---|---|\n"
        for number in 0..<3000 { text += "| 第\(number)号难题很难 | 首先，第\(number)号能力难以定义。 |\n" }
        return ["paper.md": text + "\n## 2.2 评估\n\n基准测试无法区分对齐失败与能力不足。\n"]
    }()

    /// A cached search decodes neither the challenges nor the outlines: it reads
    /// the ones its hits show from their record tables, checked when read.
    @Test func challengesAndOutlinesAreReadPerHit() throws {
        let scratch = try Scratch(Self.sectioned)
        let built = try scratch.store().searchIndex()
        let query = SearchQuery("第1500号 基准测试", any: true)
        let expected = built.search(query).hits
        #expect(expected.contains { $0.kind == .challenge && $0.title.contains("第1500号难题很难") })
        #expect(expected.contains { $0.kind == .passage && $0.title == "2.2 评估" })
        let store = scratch.store()
        let cached = try store.searchIndex()
        #expect(store.status == .hit)
        #expect(cached.corpus.challenges.isEmpty && cached.corpus.documents.allSatisfy(\.outline.isEmpty))
        #expect(cached.search(query).hits == expected)
        // A heading's own passage is in its section, not the one before.
        let heading = cached.search(SearchQuery("评估", kinds: [.passage])).hits
        #expect(heading.map(\.title) == ["2.2 评估"])
        #expect(cached.search(SearchQuery("平价")).suggestions == built.search(SearchQuery("平价")).suggestions)

        let challenges = try Self.sectionRange("challenges", in: scratch)
        try scratch.damageCache { bytes in
            let needle = Array("第1500号难题很难".utf8)
            let start = (challenges.lowerBound..<challenges.upperBound - needle.count).first {
                bytes[$0..<$0 + needle.count].elementsEqual(needle)
            }!
            bytes[start + 1] ^= 0x01
        }
        let damaged = scratch.store()
        #expect(try damaged.search(query).hits == expected)
        #expect(damaged.status == .miss("damaged cache (found while searching)"))
    }
}
