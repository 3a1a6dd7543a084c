import Foundation
import Testing

@testable import AgendaCache
@testable import AgendaParser

@Suite("Writing a cache file as it is encoded")
struct CacheFileWriterTests {
    /// Values that exercise every path of the writer: small and large columns
    /// (large ones go to the sink uncopied), padding at odd positions, strings.
    static func writeSample(to writer: inout BinaryWriter) {
        writer.write(3)
        writer.write(column: Column<UInt32>([7, 8, 9]))
        writer.write("奖励劫持")
        writer.write(column: Column<UInt64>((0..<20_000).map { UInt64($0) &* 0x9E37_79B9 }))
        writer.write(true)
        writer.write(block: [UInt16](repeating: 0xBEEF, count: 40_000))
        writer.write(StringColumn((0..<5_000).map { "词\($0)" }))
        for number in 0..<300_000 { writer.write(number) }
        writer.write(column: Column<UInt8>([1, 2, 3]))
    }

    static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agenda-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func aSpillingWriterSendsWhatAPlainOneKeeps() {
        var plain = BinaryWriter()
        Self.writeSample(to: &plain)
        var sent: [UInt8] = []
        var pieces = 0
        var spilling = BinaryWriter(spillingTo: { raw in
            sent.append(contentsOf: raw)
            pieces += 1
        })
        Self.writeSample(to: &spilling)
        #expect(spilling.position == plain.bytes.count)
        spilling.flush()
        #expect(sent == plain.bytes)
        #expect(pieces > 2, "the large columns and the full buffer went out on their own")
        #expect(spilling.bytes.isEmpty && spilling.position == plain.bytes.count)
    }

    /// A section written in pieces of any size has the checksums of the whole.
    @Test(arguments: [1, 7, 4096, ChunkChecker.chunkSize - 1, ChunkChecker.chunkSize, ChunkChecker.chunkSize + 3])
    func checksumsDoNotDependOnHowASectionIsCut(piece: Int) throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.cache").path
        let bytes = (0..<(3 * ChunkChecker.chunkSize + 123)).map { UInt8(truncatingIfNeeded: $0 &* 31 ^ $0 >> 9) }
        let writer = try #require(CacheFileWriter(replacing: path))
        writer.writeSection("first", UnsafeRawBufferPointer(start: nil, count: 0))
        writer.beginSection("second")
        bytes.withUnsafeBytes { raw in
            for start in stride(from: 0, to: raw.count, by: piece) {
                writer.write(UnsafeRawBufferPointer(rebasing: raw[start..<min(raw.count, start + piece)]))
            }
        }
        writer.endSection()
        [UInt8]([9, 9, 9]).withUnsafeBytes { writer.writeSection("third", $0) }
        let header = CacheFile.Header(
            identity: "test", directory: "/d", options: "", writtenAt: 1, files: [FileRecord(path: "a.md")],
            sections: [])
        #expect(writer.finish(header: header))

        let file = try MappedFile(path: path)
        let read = try CacheFile.header(of: file.bytes)
        #expect(read.sections.map(\.name) == ["first", "second", "third"])
        #expect(read.files.map(\.path) == ["a.md"] && read.identity == "test")
        let second = try #require(try CacheFile.section("second", of: file.bytes, header: read))
        #expect(Array(second) == bytes)
        #expect(read.sections[1].checksums == bytes.withUnsafeBytes(ChunkChecker.checksums(of:)))
        #expect(read.sections.allSatisfy { $0.offset % 8 == 0 })
        #expect(try CacheFile.section("third", of: file.bytes, header: read).map(Array.init) == [9, 9, 9])
        #expect(try CacheFile.section("first", of: file.bytes, header: read)?.count == 0)
    }

    /// A writer let go unfinished leaves the old file as it was, and no temporary file.
    @Test func anUnfinishedWriteChangesNothing() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.cache").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        do {
            let writer = try #require(CacheFileWriter(replacing: path))
            [UInt8](repeating: 1, count: 100).withUnsafeBytes { writer.writeSection("core", $0) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.cache"])
    }
}
