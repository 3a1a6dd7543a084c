import Foundation
import Testing

@testable import AgendaCache
@testable import AgendaParser
@testable import AgendaSearch

/// A data directory and a cache directory of their own, removed at the end.
final class Scratch {
    let data: URL
    let cache: URL

    init(_ files: [String: String]) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-cache-\(UUID().uuidString)")
        data = root.appendingPathComponent("data")
        cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: data.appendingPathComponent(name))
    }

    func store(version: String = "test") -> CorpusStore {
        CorpusStore(
            dataDirectory: data.path, options: LoadOptions(), location: CacheLocation(directory: cache.path),
            toolVersion: version)
    }

    var cacheFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
    }

    /// Changes the cache file's bytes in place.
    func damageCache(_ change: (inout [UInt8]) -> Void) throws {
        let path = try #require(cacheFiles.first.map { cache.appendingPathComponent($0).path })
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}

let sample = [
    "a.md": "# 对齐\n\n奖励劫持（reward hacking）是一个问题 (Amodei et al., 2016)。\n",
    "b.txt": "可扩展的监管（Scalable Oversight）很重要。\n",
]

@Suite("The on-disk cache")
struct CorpusStoreTests {
    @Test func firstRunParsesAndWritesSecondRunReads() throws {
        let scratch = try Scratch(sample)
        let first = scratch.store()
        let parsed = try first.corpus()
        #expect(first.status == .miss("no cache yet"))
        #expect(scratch.cacheFiles.count == 1)

        let second = scratch.store()
        #expect(try second.corpus() == parsed)
        #expect(second.status == .hit)
        #expect(try AgendaParser.parse(directory: scratch.data.path) == parsed)
    }

    @Test func searchIndexIsCachedAndAnswersAlike() throws {
        let scratch = try Scratch(sample)
        let built = try scratch.store().searchIndex()
        let store = scratch.store()
        let cached = try store.searchIndex()
        #expect(store.status == .hit)
        #expect(cached.passages == built.passages && cached.concepts == built.concepts)
        #expect(cached.works == built.works && cached.challenges == built.challenges && cached.aliases == built.aliases)
        for text in ["对齐", "reward hacking", "Amodei", "监管"] {
            let query = SearchQuery(text)
            #expect(cached.search(query).hits == built.search(query).hits, "\(text)")
        }
    }

    @Test func changedContentIsNoticedEvenWithTheSameSizeAndTime() throws {
        let scratch = try Scratch(sample)
        _ = try scratch.store().corpus()
        let path = scratch.data.appendingPathComponent("b.txt").path
        let before = try #require(FileRecord.Stat.of(path: path))
        try scratch.write("b.txt", "可扩展的监督（Scalable Oversight）很重要。\n")
        var times = [
            timespec(tv_sec: Int(before.modified / 1_000_000_000), tv_nsec: Int(before.modified % 1_000_000_000)),
            timespec(tv_sec: Int(before.modified / 1_000_000_000), tv_nsec: Int(before.modified % 1_000_000_000)),
        ]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let store = scratch.store()
        let corpus = try store.corpus()
        #expect(store.status == .miss("b.txt changed"))
        #expect(corpus.concepts.contains { $0.term == "可扩展的监督" })
    }

    @Test func aTouchedButUnchangedFileStillHits() throws {
        let scratch = try Scratch(sample)
        _ = try scratch.store().corpus()
        try scratch.write("a.md", sample["a.md"]!)
        let store = scratch.store()
        _ = try store.corpus()
        #expect(store.status == .hit)
    }

    @Test func addedAndRemovedDocumentsRebuild() throws {
        let scratch = try Scratch(sample)
        _ = try scratch.store().corpus()
        try scratch.write("c.md", "新文件\n")
        let added = scratch.store()
        #expect(try added.corpus().documents.map(\.name) == ["a.md", "b.txt", "c.md"])
        #expect(added.status == .miss("documents were added, removed or renamed"))
        try FileManager.default.removeItem(at: scratch.data.appendingPathComponent("a.md"))
        let removed = scratch.store()
        #expect(try removed.corpus().documents.map(\.name) == ["b.txt", "c.md"])
        #expect(removed.status == .miss("documents were added, removed or renamed"))
    }

    enum Damage: String, CaseIterable, Sendable {
        case flippedInTheMiddle, flippedInTheHeader, headerMisplaced, cutInHalf, garbage, empty, anotherLayout

        func apply(_ bytes: inout [UInt8]) {
            // The preamble gives the header's offset (after the sections) at byte 16.
            let headerOffset = bytes[16..<24].reversed().reduce(0) { $0 << 8 | Int($1) }
            switch self {
            case .flippedInTheMiddle:
                // The middle of the passages, which every read of the whole corpus checks.
                guard let header = try? bytes.withUnsafeBytes({ try CacheFile.header(of: $0) }),
                    let passages = header.sections.first(where: { $0.name == "passages" })
                else { return }
                bytes[header.payloadStart + passages.offset + passages.length / 2] ^= 0x40
            case .flippedInTheHeader: bytes[headerOffset + 3] ^= 0x01
            case .headerMisplaced: bytes[16] ^= 0x08
            case .cutInHalf: bytes.removeLast(bytes.count / 2)
            case .garbage: bytes = Array("not a cache at all".utf8)
            case .empty: bytes = []
            case .anotherLayout: bytes[8] = 99
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedCacheIsIgnoredAndRewritten(damage: Damage) throws {
        let scratch = try Scratch(sample)
        let parsed = try scratch.store().corpus()
        try scratch.damageCache(damage.apply)
        let store = scratch.store()
        #expect(try store.corpus() == parsed, "\(damage)")
        guard case .miss = store.status else {
            Issue.record("\(damage): \(store.status)")
            return
        }
        let again = scratch.store()
        _ = try again.corpus()
        #expect(again.status == .hit, "\(damage): rewritten after the miss")
    }

    @Test func anotherBuildsCacheIsNotRead() throws {
        let scratch = try Scratch(sample)
        _ = try scratch.store(version: "1.0").corpus()
        let store = scratch.store(version: "2.0")
        _ = try store.corpus()
        #expect(store.status == .miss("written by another build of agenda"))
    }

    @Test func noLocationMeansNoCache() throws {
        let scratch = try Scratch(sample)
        let store = CorpusStore(
            dataDirectory: scratch.data.path, options: LoadOptions(), location: nil, toolVersion: "test")
        _ = try store.corpus()
        #expect(store.status == .disabled)
        #expect(scratch.cacheFiles.isEmpty)
    }

    /// Without a cache the passages are scanned for the query rather than indexed: the answers are the same.
    @Test func aSearchWithoutCacheScansThePassagesAndAnswersAlike() throws {
        let scratch = try Scratch(sample)
        func uncached() -> CorpusStore {
            CorpusStore(dataDirectory: scratch.data.path, options: LoadOptions(), location: nil, toolVersion: "test")
        }
        let unindexed = try uncached().searchIndex(for: SearchQuery("对齐"))
        let indexed = try scratch.store().searchIndex(for: SearchQuery("对齐"))
        #expect(!unindexed.passages.texts.isIndexed && indexed.passages.texts.isIndexed)
        #expect(try uncached().searchIndex().passages.texts.isIndexed)
        for text in ["对齐", "reward hacking", "Amodei", "监管", "alignmnt", "no such words"] {
            let query = SearchQuery(text)
            #expect(unindexed.search(query) == indexed.search(query), "\(text)")
            #expect(try uncached().search(query) == indexed.search(query), "\(text)")
        }
    }

    /// With no cache to write, a parse makes only the parts asked for; diagnostics are always a whole parse's.
    @Test func withoutACacheOnlyThePartsAskedForAreParsed() throws {
        let scratch = try Scratch(sample)
        func uncached() -> CorpusStore {
            CorpusStore(dataDirectory: scratch.data.path, options: LoadOptions(), location: nil, toolVersion: "test")
        }
        let whole = try scratch.store().corpus()
        #expect(!whole.works.isEmpty && !whole.concepts.isEmpty && !whole.passages.isEmpty)
        let concepts = try uncached().corpus([.concepts])
        #expect(concepts.concepts == whole.concepts && concepts.works.isEmpty && concepts.passages.isEmpty)
        #expect(try uncached().corpus([.works]).works == whole.works)
        #expect(try uncached().corpus([.diagnostics]).diagnostics == whole.diagnostics)
        let searched = try uncached().searchIndex(for: SearchQuery("对齐")).corpus
        #expect(searched.works == whole.works && searched.passages == whole.passages)
    }

    @Test func anUnwritableCacheDirectoryOnlyCostsTheCache() throws {
        let scratch = try Scratch(sample)
        try FileManager.default.createDirectory(at: scratch.cache, withIntermediateDirectories: true)
        chmod(scratch.cache.path, 0o500)
        defer { chmod(scratch.cache.path, 0o700) }
        let store = scratch.store()
        #expect(try store.corpus().documents.count == 2)
        let index = try store.searchIndex()
        #expect(!index.search(SearchQuery("对齐")).hits.isEmpty)
        if getuid() != 0 { #expect(scratch.cacheFiles.isEmpty) }
    }

    @Test func staleness() throws {
        let scratch = try Scratch(sample)
        let store = scratch.store()
        #expect(store.staleness() == "no cache file")
        _ = try store.corpus()
        #expect(store.staleness() == nil)
        try scratch.write("a.md", "# 改了\n")
        #expect(store.staleness() == "a.md changed")
        #expect(store.clear())
        #expect(scratch.cacheFiles.isEmpty)
    }
}

@Suite("Binary coding")
struct BinaryCodingTests {
    static let bundled: Corpus = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return (try? AgendaParser.parse(directory: root.appendingPathComponent("Data").path)) ?? .empty
    }()

    /// Decodes `corpus` from its own sections.
    static func roundTrip(_ corpus: Corpus, parts: CorpusParts = .all) throws -> Corpus {
        let sections = Dictionary(uniqueKeysWithValues: corpus.encodedSections().map { ($0.name, $0.bytes) })
        return try sections.mapValues { Data($0) }.withPinnedSections { lookup in
            try Corpus.decode(parts: parts, section: lookup)
        }
    }

    @Test func theBundledCorpusRoundTrips() throws {
        let corpus = Self.bundled
        #expect(corpus.challenges.count > 18)
        #expect(try Self.roundTrip(corpus) == corpus)
    }

    @Test func onlyThePartsAskedForAreDecoded() throws {
        let corpus = Self.bundled
        let core = try Self.roundTrip(corpus, parts: .core)
        #expect(core.challenges == corpus.challenges && core.documents == corpus.documents)
        #expect(core.concepts.isEmpty && core.works.isEmpty && core.passages.isEmpty)
        #expect(core.diagnostics == corpus.diagnostics.filter { $0.id.hasPrefix("load.") })
        let works = try Self.roundTrip(corpus, parts: [.works])
        #expect(works.works == corpus.works && works.concepts.isEmpty)
    }

    /// Listing challenges parses only them: the same challenges, documents and
    /// agendas as a whole parse, and nothing of the parts it left out.
    @Test func aParseOfTheChallengesAloneMatchesTheWholeOne() throws {
        let whole = Self.bundled
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let core = try AgendaParser.parseWithManifest(
            directory: root.appendingPathComponent("Data").path, parts: .core
        ).corpus
        #expect(core.challenges == whole.challenges && core.documents == whole.documents)
        #expect(core.agendas == whole.agendas && core.categories == whole.categories)
        #expect(core.concepts.isEmpty && core.works.isEmpty && core.passages.isEmpty)
        #expect(core.diagnostics == whole.diagnostics.filter { $0.id.hasPrefix("load.") })
        #expect(whole.challenges.contains { !$0.discussedAt.isEmpty }, "section references are attached alike")
    }

    /// A listing of challenges caches only them; the first command that needs more
    /// finds the parts missing, parses everything and rewrites the cache whole.
    @Test func aCacheOfTheChallengesAloneIsCompletedByTheNextCommand() throws {
        let scratch = try Scratch(sample)
        let listing = scratch.store()
        let challenges = try listing.corpus(.core)
        #expect(listing.status == .miss("no cache yet"))
        #expect(listing.cachedSections == ["core", "challenges", "outlines"])
        let again = scratch.store()
        #expect(try again.corpus(.core) == challenges)
        #expect(again.status == .hit)
        let citing = scratch.store()
        let whole = try citing.corpus([.works])
        #expect(citing.status == .miss("the cache holds no works yet"))
        #expect(!whole.works.isEmpty && whole.challenges == challenges.challenges)
        #expect(
            citing.cachedSections == [
                "core", "challenges", "outlines", "concepts", "works", "passages", "documents", "diagnostics",
            ])
        let last = scratch.store()
        #expect(try last.corpus() == whole)
        #expect(last.status == .hit)
    }

    /// The store says when it parses and indexes (the CLI shows it on a terminal), and
    /// says nothing when it reads the cache.
    @Test func slowStepsAreReported() throws {
        let scratch = try Scratch(sample)
        var steps: [String?] = []
        let first = scratch.store()
        first.progress = { steps.append($0) }
        first.expectSearch()
        _ = try first.searchIndex()
        #expect(steps == ["parsing the documents (no cache yet)…", nil, "indexing 3 passages for search…", nil])
        steps = []
        let second = scratch.store()
        second.progress = { steps.append($0) }
        _ = try second.searchIndex()
        #expect(second.status == .hit && steps.isEmpty)
        #expect(
            [0, 999, 1000, 212_133, 1_234_567].map(CorpusStore.grouped) == [
                "0", "999", "1,000", "212,133", "1,234,567",
            ])
    }

    @Test func passagesReadOneAtATimeMatchTheWholeList() throws {
        let corpus = Self.bundled
        let names = corpus.documents.map(\.name)
        let bytes = RecordTable.encode(corpus.passages, names: names)
        try bytes.withUnsafeBytes { raw in
            let table = try RecordTable<Passage>(raw, names: names)
            #expect(table.count == corpus.passages.count)
            for index in stride(from: 0, to: table.count, by: 7) {
                #expect(try table.record(at: index) == corpus.passages[index])
            }
            #expect(try table.all() == corpus.passages)
            #expect(throws: BinaryCodingError.self) { try table.record(at: table.count) }
        }
        // Works and concepts too, each readable on its own.
        let works = RecordTable.encode(corpus.works, names: names)
        try works.withUnsafeBytes { raw in
            let table = try RecordTable<Work>(raw, names: names)
            #expect(try table.record(at: table.count - 1) == corpus.works.last)
            #expect(try table.all() == corpus.works)
        }
    }

    /// A large table is decoded in pieces on every core: the same records in the
    /// same order; a damaged chunk fails the whole read, as reading them one by
    /// one does. (Which record the error names depends on the core that finds
    /// the damage first: once found, the section counts as damaged throughout.)
    @Test func aLargeTableDecodesInPiecesAsOneByOne() throws {
        let passages = (0..<20_000).map { index in
            Passage(kind: .paragraph, text: "第\(index)段 paragraph", lines: LineMap(document: "a.md", line: index + 1))
        }
        var bytes = RecordTable.encode(passages, names: ["a.md"])
        let checksums = bytes.withUnsafeBytes { ChunkChecker.checksums(of: $0) }
        try bytes.withUnsafeBytes { raw in
            let table = try RecordTable<Passage>(raw, names: ["a.md"])
            #expect(try table.all() == passages)
        }
        bytes[bytes.count / 2] ^= 0xFF  // among the records, well before the offsets
        try bytes.withUnsafeBytes { raw in
            let checker = try ChunkChecker(bytes: raw, checksums: checksums, owner: Self.self as AnyObject)
            let table = try RecordTable<Passage>(checking: checker, names: ["a.md"])
            do {
                _ = try table.all()
                Issue.record("a damaged table decoded")
            } catch {
                #expect("\(error)".hasPrefix("invalid data: Passage ") && "\(error)".hasSuffix(" checksum"), "\(error)")
            }
            #expect(checker.foundDamage)
        }
    }

    /// A large table is encoded in batches, each in one piece per core, and sent on
    /// as it is made: the bytes are those of encoding its records one after another,
    /// then the offsets, aligned as if written by the same writer, then where they start.
    @Test func aLargeTableEncodesInBatchesAsOneByOne() throws {
        let passages = (0..<20_000).map { index in
            Passage(
                kind: index % 3 == 0 ? .heading : .paragraph, text: String(repeating: "对齐", count: index % 7),
                lines: LineMap(document: index % 2 == 0 ? "a.md" : "b.md", line: index + 1))
        }
        let names = ["a.md", "b.md"]
        var serial = BinaryWriter(names: names)
        var offsets: [UInt64] = [0]
        for passage in passages {
            passage.encode(to: &serial)
            offsets.append(UInt64(serial.bytes.count))
        }
        var tail = BinaryWriter(capacity: 0, position: serial.bytes.count)
        tail.write(passages.count)
        tail.write(column: Column(offsets))
        tail.write(fixed: UInt64(serial.bytes.count))
        #expect(RecordTable.encode(passages, names: names) == serial.bytes + tail.bytes)
        var sent: [[UInt8]] = []
        RecordTable.encode(passages, names: names, batch: 9_000) { sent.append(Array($0)) }
        #expect(sent.count > 3, "three batches and the offsets, each batch in pieces")
        #expect(Array(sent.joined()) == serial.bytes + tail.bytes)
        let decoded = try Array(sent.joined()).withUnsafeBytes { raw in
            try RecordTable<Passage>(raw, names: names).all()
        }
        #expect(decoded == passages)
    }

    @Test func theBundledIndexRoundTrips() throws {
        let index = SearchIndex(corpus: Self.bundled)
        var writer = BinaryWriter()
        index.encodeCollections(to: &writer)
        let decoded = try writer.bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            return try SearchIndex(
                corpus: Self.bundled, records: SearchRecords(Self.bundled), collections: &reader)
        }
        #expect(decoded.passages == index.passages && decoded.works == index.works)
        #expect(decoded.search(SearchQuery("reward hacking")).hits == index.search(SearchQuery("reward hacking")).hits)
    }

    /// Every prefix of every section fails to decode with an error, never a crash.
    @Test func everyTruncationThrows() throws {
        let corpus = AgendaParser.parse([SourceText(name: "a.md", text: sample["a.md"]!)])
        let sections = corpus.encodedSections()
        for (name, bytes) in sections where !bytes.isEmpty {
            for length in 0..<bytes.count {
                var truncated = Dictionary(uniqueKeysWithValues: sections.map { ($0.name, Data($0.bytes)) })
                truncated[name] = Data(bytes.prefix(length))
                let result = Result {
                    try truncated.withPinnedSections { section in
                        _ = try Corpus.decode(parts: .all, section: section)
                        // `show`'s index of each document's records, which a whole decode does not read.
                        _ = try RecordTable<DocumentRecords>(try section("documents"), names: ["a.md"]).all()
                    }
                }
                guard case .failure = result else {
                    Issue.record("\(name) cut to \(length) of \(bytes.count) bytes decoded")
                    return
                }
            }
        }
    }
}

extension Dictionary where Key == String, Value == Data {
    /// Hands `body` a lookup of these sections' bytes, valid while it runs.
    func withPinnedSections<T>(_ body: ((String) throws -> UnsafeRawBufferPointer) throws -> T) throws -> T {
        let joined = values.reduce(Data(), +)
        var ranges: [String: Range<Int>] = [:]
        var offset = 0
        for (name, data) in self {
            ranges[name] = offset..<(offset + data.count)
            offset += data.count
        }
        precondition(joined.count == offset)
        // `values` and the loop above iterate in the same order.
        return try joined.withUnsafeBytes { raw in
            try body { name in
                guard let range = ranges[name] else { throw BinaryCodingError.invalid("no section \(name)") }
                return UnsafeRawBufferPointer(rebasing: raw[range])
            }
        }
    }
}
