import Foundation
import Testing

@testable import AgendaParser

/// The inputs kept under `Tests/Fuzz/Regressions`, run through what the libFuzzer target
/// (`Tests/Fuzz/ParserFuzzer.swift`) runs, so `swift test` keeps them handled without libFuzzer.
@Suite struct FuzzRegressionTests {
    static let directory = Fixtures.packageRoot.appendingPathComponent("Tests/Fuzz/Regressions")

    static let inputs: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { !$0.hasPrefix(".") }.sorted()

    /// The fuzzer's documents: the decoded bytes as Markdown, as plain text and as a curated index.
    static func documents(_ bytes: [UInt8]) -> [SourceText] {
        let lines: [String]
        switch TextDecoder(forced: nil).decode(bytes) {
        case .success(let (decoded, _)): lines = decoded
        case .failure: lines = SourceText.splitLines(String(decoding: bytes, as: UTF8.self))
        }
        return [
            SourceText(name: "fuzz.md", lines: lines), SourceText(name: "fuzz.txt", lines: lines),
            SourceText(name: "index.md", lines: ["---", "type: agenda-index", "---"] + lines),
        ]
    }

    @Test func theDirectoryIsNotEmpty() {
        #expect(Self.inputs.count >= 5, "\(Self.directory.path)")
    }

    @Test(arguments: inputs)
    func replay(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let corpus = AgendaParser.parse(Self.documents(bytes))
        #expect(corpus.documents.count == 3)
        #expect(corpus.placesOutsideTheirDocuments() == [])
        #expect(corpus.binaryRoundTripProblem() == nil)
        _ = Corpus.decodeUntrusted(bytes)
    }

    @Test func misplacedSourcesAreFound() {
        var corpus = Fixtures.parse(["a.md": "对齐（Alignment）。\n"])
        corpus.passages[0].lines = LineMap(document: "a.md", line: 9)
        corpus.concepts[0].occurrences.append(SourceLocation(document: "gone.md", line: 1))
        #expect(corpus.placesOutsideTheirDocuments() == ["passage at a.md:9", "occurrence of 对齐 at gone.md:1"])
    }
}
