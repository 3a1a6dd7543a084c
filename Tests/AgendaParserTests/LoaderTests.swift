import AgendaTestSupport
import Foundation
import Testing

@testable import AgendaParser

@Suite("Loading files: encodings, line endings, bad files")
struct LoaderTests {
    static let sample = "# 标题\n\n对齐（Alignment）很重要。\n第二行\n"

    func load(_ files: [String: [UInt8]], options: LoadOptions = LoadOptions()) throws -> (Corpus, URL) {
        let directory = Fixtures.temporaryDirectory()
        for (name, bytes) in files {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
        return (try AgendaParser.parse(directory: directory.path, options: options), directory)
    }

    func cleanUp(_ directory: URL) { try? FileManager.default.removeItem(at: directory) }

    func lines(of corpus: Corpus) -> [String] {
        corpus.passages.map { "\($0.source) \($0.text)" }
    }

    @Test("UTF-8 with BOM, UTF-16 LE/BE with BOM and GB18030 read the same as UTF-8")
    func encodings() throws {
        let utf8 = Array(Self.sample.utf8)
        let utf16LE: [UInt8] = [0xFF, 0xFE] + Self.sample.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16BE: [UInt8] = [0xFE, 0xFF] + Self.sample.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        // "# 标题…" in GB18030, produced by iconv's table for these characters.
        let gb = try #require(GB18030Fixture.encode(Self.sample))
        let (reference, referenceDirectory) = try load(["a.md": utf8])
        defer { cleanUp(referenceDirectory) }
        for bytes in [[0xEF, 0xBB, 0xBF] + utf8, utf16LE, utf16BE, gb] {
            let (corpus, directory) = try load(["a.md": bytes])
            defer { cleanUp(directory) }
            #expect(lines(of: corpus) == lines(of: reference))
            #expect(corpus.documents.first?.title == "标题")
        }
    }

    @Test("CRLF and lone CR give the same model and line numbers as LF")
    func lineEndings() throws {
        let lf = Fixtures.parse(["a.md": Self.sample])
        let crlf = Fixtures.parse(["a.md": Self.sample.replacingOccurrences(of: "\n", with: "\r\n")])
        let cr = Fixtures.parse(["a.md": Self.sample.replacingOccurrences(of: "\n", with: "\r")])
        #expect(lines(of: crlf) == lines(of: lf))
        #expect(lines(of: cr) == lines(of: lf))
        #expect(crlf.concepts.map(\.definedAt) == lf.concepts.map(\.definedAt))
        #expect(lines(of: lf) == ["a.md:1 标题", "a.md:3 对齐（Alignment）很重要。第二行"])
    }

    /// Lines are cut out of the decoded text as slices: every ending, empty lines,
    /// a last line without an ending, and a combining mark at a line's start.
    @Test func linesAreSplitOnEveryEnding() {
        #expect(SourceText.splitLines("") == [])
        #expect(SourceText.splitLines("对齐") == ["对齐"])
        #expect(SourceText.splitLines("甲\n") == ["甲"])
        #expect(SourceText.splitLines("甲\r\n\r\n乙\r丙\n\n丁") == ["甲", "", "乙", "丙", "", "丁"])
        #expect(SourceText.splitLines("\n\r\n\r") == ["", "", ""])
        #expect(SourceText.splitLines("a\n\u{301}b\r\n") == ["a", "\u{301}b"])
        #expect(SourceText.splitLines("e\u{301}\r") == ["e\u{301}"])
    }

    /// UTF-8 files are validated whole and cut into lines on their bytes: the same
    /// lines as decoding the whole and splitting it, with and without CR (the LF-only
    /// path finds breaks with `memchr`), and nil for any bad byte.
    @Test func utf8BytesAreCutIntoTheSameLinesAsTheirText() {
        let texts = [
            "", "对齐", "甲\n", "甲\r\n\r\n乙\r丙\n\n丁", "\n\r\n\r", "a\n\u{301}b\r\n", "e\u{301}\r", "\n", "\n\n",
            "一\n二\n三", String(repeating: "奖励劫持 reward hacking\n", count: 500) + "末行",
        ]
        for text in texts {
            #expect(
                SourceText.validatedLines(Array(text.utf8)[...]) == SourceText.splitLines(text), "\(text.prefix(20))")
        }
        let good = Array("第一行\n第二行\n".utf8)
        #expect(SourceText.validatedLines(good[...]) == ["第一行", "第二行"])
        // A lone continuation byte, a truncated character before a line break, an overlong NUL.
        for bad: [UInt8] in [[0x80], Array("甲".utf8.dropLast()) + [0x0A], [0xC0, 0x80], good + [0xFF]] {
            #expect(SourceText.validatedLines(bad[...]) == nil, "\(bad)")
        }
        #expect(TextDecoder(forced: nil).decode([0xEF, 0xBB, 0xBF] + good).map(\.lines) == .success(["第一行", "第二行"]))
        // A written U+FFFD is text, although a repair would write the same bytes.
        #expect(SourceText.validatedLines(Array("替换\u{FFFD}字符\n".utf8)[...]) == ["替换\u{FFFD}字符"])
        // A surrogate, a character cut short before U+FFFD's own bytes, a lead byte at the end.
        for bad: [UInt8] in [[0xED, 0xA0, 0x80], [0xEF, 0xBF, 0x0A], [0xE5, 0xEF, 0xBF, 0xBD], good + [0xE5]] {
            #expect(SourceText.validatedLines(bad[...]) == nil, "\(bad)")
        }
    }

    /// On random bytes (mostly pieces of valid UTF-8, some cut or stray), the lines are
    /// nil exactly when the standard library finds the bytes invalid, and else its lines.
    @Test func randomBytesAreValidatedAsTheStandardLibraryDoes() {
        var generator = SeededRandom(seed: 7)
        let pieces: [[UInt8]] = ["a", "对", "\n", "\r\n", "\u{FFFD}", "😀", "é"].map { Array($0.utf8) }
        let strays: [UInt8] = [0x80, 0xBF, 0xC0, 0xE5, 0xED, 0xEF, 0xF0, 0xFF]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Int.random(in: 0..<8, using: &generator) == 0 {
                    bytes.append(strays.randomElement(using: &generator)!)
                } else {
                    var piece = pieces.randomElement(using: &generator)!
                    if piece.count > 1, Bool.random(using: &generator) { piece.removeLast() }
                    bytes += piece
                }
            }
            let expected = String(validating: bytes, as: UTF8.self).map(SourceText.splitLines)
            #expect(SourceText.validatedLines(bytes[...]) == expected, "\(bytes)")
        }
    }

    @Test func forcedEncodingReadsGBK() throws {
        let gb = try #require(GB18030Fixture.encode("短文本对齐"))
        let (corpus, directory) = try load(["a.txt": gb], options: LoadOptions(encoding: TextEncoding(name: "gbk")))
        defer { cleanUp(directory) }
        #expect(corpus.passages.first?.text == "短文本对齐")
    }

    @Test("A bad file is skipped with a warning naming it; the others load")
    func badFilesAreSkipped() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { cleanUp(directory) }
        try Data("# 好\n\n正文。\n".utf8).write(to: directory.appendingPathComponent("good.md"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).write(to: directory.appendingPathComponent("image.md"))
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("broken.txt").path, withDestinationPath: "/nonexistent/target")
        try Data(repeating: 0x41, count: 2048).write(to: directory.appendingPathComponent("big.txt"))
        let corpus = try AgendaParser.parse(directory: directory.path, options: LoadOptions(maximumFileSize: 1024))
        #expect(corpus.documents.map(\.name) == ["good.md"])
        let warnings = corpus.diagnostics.filter { $0.id.hasPrefix("load.") }.map(\.description)
        #expect(
            warnings == [
                "big.txt: warning: skipped: larger than the 1024-byte limit (2048 bytes) [load.too-large]",
                "broken.txt: warning: skipped: broken symbolic link [load.broken-symlink]",
                "folder.md: warning: skipped: is a directory [load.directory]",
                "image.md: warning: skipped: binary file (NUL bytes) [load.binary]",
            ])
    }

    /// Rounded down to whole MiB, a file just over the limit used to read as the limit itself.
    @Test(arguments: [
        (1024, 2048, "larger than the 1024-byte limit (2048 bytes)"),
        (1 << 20, (1 << 20) + 1, "larger than the 1 MiB limit (1048577 bytes)"),
    ])
    func tooLargeSaysTheLimitAndTheSize(limit: Int, size: Int, message: String) throws {
        let directory = Fixtures.temporaryDirectory()
        defer { cleanUp(directory) }
        try Data("# 好\n".utf8).write(to: directory.appendingPathComponent("good.md"))
        try Data(repeating: 0x41, count: size).write(to: directory.appendingPathComponent("big.txt"))
        let corpus = try AgendaParser.parse(directory: directory.path, options: LoadOptions(maximumFileSize: limit))
        #expect(corpus.documents.map(\.name) == ["good.md"])
        #expect(corpus.diagnostics.filter { $0.id == "load.too-large" }.map(\.message) == ["skipped: \(message)"])
    }

    #if os(Linux)
        /// A file that `stat` calls regular but that fails to read: `/proc/self/mem` gives EIO at
        /// offset 0, whoever runs the test (root reads a mode-000 file, so that case needs a user).
        @Test func unreadableFileIsSkipped() throws {
            let directory = Fixtures.temporaryDirectory()
            defer { cleanUp(directory) }
            try Data("# 好\n".utf8).write(to: directory.appendingPathComponent("good.md"))
            try FileManager.default.createSymbolicLink(
                atPath: directory.appendingPathComponent("memory.md").path, withDestinationPath: "/proc/self/mem")
            let corpus = try AgendaParser.parse(directory: directory.path)
            #expect(corpus.documents.map(\.name) == ["good.md"])
            #expect(
                corpus.diagnostics.map(\.description) == [
                    "memory.md: warning: skipped: Input/output error [load.unreadable]"
                ])
        }
    #endif

    @Test(.enabled(if: geteuid() != 0, "root reads a file whatever its mode"))
    func fileWithoutReadPermissionIsSkipped() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { cleanUp(directory) }
        try Data("# 好\n".utf8).write(to: directory.appendingPathComponent("good.md"))
        let locked = directory.appendingPathComponent("locked.md")
        try Data("# 锁\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        let corpus = try AgendaParser.parse(directory: directory.path)
        #expect(corpus.documents.map(\.name) == ["good.md"])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "locked.md: warning: skipped: Permission denied [load.unreadable]"
            ])
    }

    @Test func missingDirectoryThrows() {
        #expect(throws: LoadError.directoryNotFound("/nonexistent/agenda-data")) {
            try AgendaParser.parse(directory: "/nonexistent/agenda-data")
        }
    }

    @Test func directoryWithNothingReadableThrows() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { cleanUp(directory) }
        try Data([0x00, 0x01]).write(to: directory.appendingPathComponent("x.md"))
        #expect(throws: LoadError.noDocuments(directory.path, skipped: 1)) {
            try AgendaParser.parse(directory: directory.path)
        }
    }

    @Test func emptyFileIsADocumentWithANote() {
        let corpus = Fixtures.parse(["empty.md": ""])
        #expect(corpus.documents.first?.title == "empty.md")
        #expect(corpus.passages.isEmpty)
        #expect(corpus.diagnostics.map(\.id) == ["load.empty"])
    }

    @Test func invalidUTF8ThatIsNotGB18030IsSkipped() throws {
        let (corpus, directory) = try load(["ok.md": Array("好".utf8), "bad.txt": [0xFF, 0xFF, 0xFF, 0x41]])
        defer { cleanUp(directory) }
        #expect(corpus.documents.map(\.name) == ["ok.md"])
        #expect(corpus.diagnostics.map(\.id) == ["load.encoding"])
    }
}

/// Encodes test strings to GB18030 with the C library (the same converter the loader uses).
enum GB18030Fixture {
    static func encode(_ text: String) -> [UInt8]? {
        let converter = iconv_open("GB18030", "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 8)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return produced.map { Array(output[..<$0]) }
    }
}

@Suite struct PathExtensionTests {
    @Test func extensionsAreWhatFollowsTheLastDot() {
        #expect(CorpusLoader.pathExtension("notes.MD") == "md")
        #expect(CorpusLoader.pathExtension("a.tar.txt") == "txt")
        #expect(CorpusLoader.pathExtension("README") == "")
        #expect(CorpusLoader.pathExtension("name.") == "")
        #expect(CorpusLoader.pathExtension(".md") == "")
        #expect(CorpusLoader.pathExtension("对齐.md") == "md")
    }
}

@Suite("Words between spaces")
struct WordsBetweenSpacesTests {
    /// Cutting on bytes gives what splitting `Character`s gives, on random names with
    /// spaces next to marks, prepended letters, CJK and Latin.
    @Test func bytesAreCutAsCharactersAre() {
        var generator = SeededRandom(seed: 3)
        let pieces = ["a", "Li", " ", " ", "\u{301}", "é", "e\u{301}", "\u{600}", "张", "😀", "\u{200D}", "-"]
        for _ in 0..<3_000 {
            let name = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(
                name.wordsBetweenSpaces() == name.split(separator: " ").map(String.init),
                "\(Array(name.unicodeScalars))")
        }
        #expect("Paul F. Christiano".wordsBetweenSpaces() == ["Paul", "F.", "Christiano"])
        #expect("  van  Merwijk ".wordsBetweenSpaces() == ["van", "Merwijk"])
    }
}
