import Foundation
import Testing

@testable import AgendaCLI

/// What a user's messy folder does to the command line: skipped files are named
/// on stderr, the rest still loads, and only an empty result is an error.
@Suite("Messy data directories")
struct HostileInputTests {
    @Test("A skipped file is one warning line; the command still succeeds")
    func skippedFilesWarn() throws {
        let data = try CLI.dataDirectory(["good.md": "# 题\n\n对齐（Alignment）。\n"])
        defer { CLI.cleanUp(data) }
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: data + "/program.md"))
        let result = CLI.run(["concepts"], data: data)
        #expect(result.status == 0)
        #expect(result.error == "agenda: warning: program.md: skipped: binary file (NUL bytes)\n")
        #expect(result.output.contains("对齐"))
    }

    @Test("Nothing readable at all: exit 1, one line")
    func nothingReadable() throws {
        let data = try CLI.dataDirectory([:])
        defer { CLI.cleanUp(data) }
        try Data([0x00, 0x00]).write(to: URL(fileURLWithPath: data + "/a.md"))
        let result = CLI.run(["challenges"], data: data)
        #expect(result.status == 1)
        #expect(result.error.hasSuffix("agenda: no readable documents in '\(data)' (1 skipped, see warnings)\n"))
        let empty = try CLI.dataDirectory([:])
        defer { CLI.cleanUp(empty) }
        #expect(CLI.run(["challenges"], data: empty).error == "agenda: no .md, .markdown or .txt files in '\(empty)'\n")
    }

    @Test("--encoding reads GBK; an unknown name is a usage error")
    func encodingOption() throws {
        let data = try CLI.dataDirectory([:])
        defer { CLI.cleanUp(data) }
        // "对齐研究" in GBK.
        try Data([0xB6, 0xD4, 0xC6, 0xEB, 0xD1, 0xD0, 0xBE, 0xBF, 0x0A]).write(
            to: URL(fileURLWithPath: data + "/gbk.txt"))
        #expect(CLI.run(["search", "对齐", "--encoding", "gbk"], data: data).output.contains("对齐研究"))
        #expect(
            CLI.run(["search", "对齐"], data: data).output.contains("对齐研究"),
            "GBK is detected when the bytes are not UTF-8")
        let bad = CLI.run(["docs", "--encoding", "latin9"], data: data)
        #expect(bad.status == 2)
        #expect(bad.error.hasPrefix("agenda: unknown encoding 'latin9'"))
    }

    @Test("A lone surrogate in UTF-16 becomes U+FFFD, the rest of the file reads")
    func loneSurrogate() throws {
        let data = try CLI.dataDirectory([:])
        defer { CLI.cleanUp(data) }
        let units: [UInt16] = [0xFEFF] + Array("前".utf16) + [0xD800] + Array("对齐后\n".utf16)
        try Data(units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(
            to: URL(fileURLWithPath: data + "/u16.txt"))
        let result = CLI.run(["search", "对齐", "--json"], data: data)
        #expect(result.status == 0)
        #expect(result.output.contains("前\u{FFFD}对齐后"))
    }

    @Test("Malformed Markdown still yields every line of text")
    func malformedMarkdown() throws {
        let text = """
            | 挑战 | 介绍
            | 残缺的行 |
            | 多 | 余 | 的 | 单元格 |
            **没有闭合的粗体 与（全角括号 ) 还有 (Lin et al., ) 以及 [链接(无尾
            > > > > 引用
            """
        let data = try CLI.dataDirectory(["bad.md": text])
        defer { CLI.cleanUp(data) }
        let dump = CLI.run(["search", "残缺", "--any", "--json"], data: data)
        #expect(dump.status == 0)
        for fragment in ["没有闭合的粗体", "引用", "单元格"] {
            #expect(CLI.run(["search", fragment], data: data).status == 0, "\(fragment) is searchable")
        }
        let check = CLI.run(["check"], data: data)
        #expect(check.output.contains("bad.md:1: warning: table has no |---| separator row"))
        #expect(check.output.contains("bad.md:3: warning: table row has 4 cells, header has 2"))
    }
}
