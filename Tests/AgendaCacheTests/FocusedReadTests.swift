import Foundation
import Testing

@testable import AgendaCache
@testable import AgendaParser

/// `CorpusStore.corpus(_:about:)`: from the cache, the passages and works of a
/// few documents only (what `show` needs), exactly as the whole corpus holds them.
@Suite("Reading the records of a few documents")
struct FocusedReadTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")

    /// The bundled documents in a scratch directory, with a cache of their own.
    static func bundledScratch() throws -> Scratch {
        let names = try FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)
        var files: [String: String] = [:]
        for name in names {
            files[name] = try String(contentsOf: dataDirectory.appendingPathComponent(name), encoding: .utf8)
        }
        return try Scratch(files)
    }

    static func expected(_ whole: Corpus, _ documents: Set<String>) -> (passages: [Passage], works: [Work]) {
        (
            whole.passages.filter { documents.contains($0.lines.document) },
            whole.works.filter { $0.mentions.contains { documents.contains($0.source.document) } }
        )
    }

    @Test func everyChallengesDocumentsReadAsTheWholeCorpusHoldsThem() throws {
        let scratch = try Self.bundledScratch()
        let whole = try scratch.store().corpus()
        #expect(whole.challenges.count >= 29)
        var narrower = 0
        for challenge in whole.challenges {
            let documents = Set(([challenge.source] + challenge.discussedAt).map(\.document))
            let store = scratch.store()
            let focused = try store.corpus([.concepts, .works, .passages], about: { _ in documents })
            #expect(store.status == .hit)
            let expected = Self.expected(whole, documents)
            #expect(focused.passages == expected.passages, "\(challenge.id)")
            #expect(focused.works == expected.works, "\(challenge.id)")
            #expect(focused.concepts == whole.concepts && focused.challenges == whole.challenges)
            #expect(focused.documents == whole.documents)
            if focused.passages.count < whole.passages.count && focused.works.count < whole.works.count {
                narrower += 1
            }
        }
        // Every challenge is stated in one or two of the six documents: none needs them all.
        #expect(narrower == whole.challenges.count)
    }

    @Test func partsReadWholeBeforeStayWhole() throws {
        let scratch = try Scratch(sample)
        _ = try scratch.store().corpus()
        let store = scratch.store()
        let whole = try store.corpus()
        #expect(try store.corpus([.works, .passages], about: { _ in ["b.txt"] }) == whole)
    }

    @Test func theDocumentsAreAskedOfTheCachedCorpusOnly() throws {
        let scratch = try Scratch(sample)
        var asked: [Corpus] = []
        _ = try scratch.store().corpus([.concepts, .works, .passages]) {
            asked.append($0); return []
        }
        #expect(asked.isEmpty, "a parsed corpus is whole: nothing to ask")
        let store = scratch.store()
        let focused = try store.corpus([.concepts, .works, .passages]) {
            asked.append($0); return []
        }
        #expect(asked.count == 1 && asked.first?.concepts.count == 2 && asked.first?.documents.count == 2)
        #expect(focused.passages.isEmpty && focused.works.isEmpty && focused.concepts.count == 2)
        struct Refused: Error {}
        #expect(throws: Refused.self) { try scratch.store().corpus([.works]) { _ in throw Refused() } }
    }

    @Test func withoutACacheTheCorpusIsParsedWhole() throws {
        let scratch = try Scratch(sample)
        let store = scratch.store()
        let corpus = try store.corpus([.concepts, .works, .passages], about: { _ in ["b.txt"] })
        #expect(store.status == .miss("no cache yet"))
        #expect(corpus == (try AgendaParser.parse(directory: scratch.data.path)))
        #expect(corpus.passages.contains { $0.lines.document == "a.md" })
    }

    @Test func aCacheOfTheChallengesAloneIsCompletedFirst() throws {
        let scratch = try Scratch(sample)
        _ = try scratch.store().corpus(.core)
        let store = scratch.store()
        let corpus = try store.corpus([.concepts, .works, .passages], about: { _ in ["a.md"] })
        #expect(corpus == (try AgendaParser.parse(directory: scratch.data.path)))
        let again = scratch.store()
        let focused = try again.corpus([.concepts, .works, .passages], about: { _ in ["b.txt"] })
        #expect(again.status == .hit)
        #expect(!focused.passages.isEmpty && focused.passages.allSatisfy { $0.lines.document == "b.txt" })
        #expect(focused.works.isEmpty)
    }

    @Test(arguments: ["documents", "passages", "works"])
    func aDamagedSectionFallsBackToTheWholeCorpus(section: String) throws {
        let scratch = try Scratch(sample)
        let whole = try scratch.store().corpus()
        try scratch.damageCache { bytes in
            let header = try? bytes.withUnsafeBytes { try CacheFile.header(of: $0) }
            guard let header, let found = header.sections.first(where: { $0.name == section }) else {
                Issue.record("no section \(section)")
                return
            }
            bytes[header.payloadStart + found.offset + found.length - 1] ^= 0x5A
        }
        let store = scratch.store()
        let corpus = try store.corpus([.concepts, .works, .passages], about: { _ in ["a.md"] })
        let expected = Self.expected(whole, ["a.md"])
        // The damage is found, and the answer is the whole corpus, parsed again, never a wrong subset.
        #expect(store.status != .hit)
        #expect(corpus == whole)
        #expect(expected.works.count == 1 && expected.passages.count < whole.passages.count)
        // The cache was rewritten: the next read is a hit, and narrow.
        let next = scratch.store()
        let focused = try next.corpus([.concepts, .works, .passages], about: { _ in ["a.md"] })
        #expect(next.status == .hit)
        #expect(focused.passages == expected.passages && focused.works == expected.works)
    }
}

@Suite("Which passages and works each document holds")
struct DocumentRecordsTests {
    static func passage(_ document: String, _ line: Int) -> Passage {
        Passage(kind: .paragraph, text: "x", lines: LineMap(document: document, line: line))
    }

    @Test func passagesAsRunsAndWorksOncePerDocument() throws {
        var corpus = Corpus.empty
        corpus.documents = ["a.md", "b.md", "c.md"].map {
            Document(name: $0, title: $0, format: .markdown, role: .corpus, lineCount: 9, metadata: [:], outline: [])
        }
        // b.md's passages are split by one of a.md's: two runs.
        corpus.passages = [
            Self.passage("a.md", 1), Self.passage("b.md", 1), Self.passage("b.md", 2), Self.passage("a.md", 3),
            Self.passage("b.md", 5),
        ]
        func work(_ documents: [String]) -> Work {
            Work(
                key: "k", kind: Work.Kind.allCases[0], authors: [], authorNames: [], year: nil, title: nil,
                titleZh: nil, venue: nil, details: nil, arxiv: nil, doi: nil, url: nil,
                mentions: documents.enumerated().map { index, document in
                    Mention(source: SourceLocation(document: document, line: index + 1), text: "m", kind: .authorYear)
                }, mergedBy: [])
        }
        corpus.works = [work(["b.md", "b.md", "a.md"]), work(["a.md"]), work([])]
        let index = DocumentRecords.index(of: corpus)
        #expect(
            index == [
                DocumentRecords(passages: [0..<1, 3..<4], works: [0, 1]),
                DocumentRecords(passages: [1..<3, 4..<5], works: [0]),
                DocumentRecords(passages: [], works: []),
            ])
        let names = corpus.documents.map(\.name)
        let encoded = RecordTable.encode(index, names: names)
        let decoded = try encoded.withUnsafeBytes { try RecordTable<DocumentRecords>($0, names: names).all() }
        #expect(decoded == index)
    }

    @Test func worksOutOfOrderOrRepeatedAreRejected() throws {
        var writer = BinaryWriter()
        writer.write(0)  // no passage runs
        writer.write(2)
        writer.write(3)
        writer.write(0)  // a repeat of work 3
        let bytes = writer.bytes
        #expect(throws: BinaryCodingError.self) {
            try bytes.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                _ = try DocumentRecords(from: &reader)
            }
        }
    }
}
