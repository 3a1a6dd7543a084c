import Foundation
import Testing

@testable import AgendaParser

/// Inputs that stress the scanner: line endings, byte-order marks, and long single
/// lines full of openers that never close. No timing: a quadratic scan of these
/// lines would not finish.
@Suite struct CitationRobustnessTests {
    static func corpusTexts() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: CitationTesting.dataDirectory).filter {
            !$0.hasPrefix(".")
        }
        .sorted()
        return try names.map {
            ($0, try String(contentsOfFile: CitationTesting.dataDirectory + "/" + $0, encoding: .utf8))
        }
    }

    @Test func realCorpusWithCRLFGivesTheSameWorks() throws {
        let texts = try Self.corpusTexts()
        let lf = CitationTesting.parse(texts)
        let crlf = CitationTesting.parse(texts.map { ($0.name, $0.text.replacingOccurrences(of: "\n", with: "\r\n")) })
        #expect(lf.works.count == CitationCorpusTests.expectedMentionCounts.count)
        #expect(crlf.works == lf.works)
        #expect(CitationTesting.citationDiagnostics(crlf) == CitationTesting.citationDiagnostics(lf))
    }

    @Test func emptyAndBlankDocuments() {
        #expect(CitationTesting.parse([("e.md", ""), ("b.txt", "\n\n  \n")]).works.isEmpty)
    }

    static let repeats = 50_000

    /// Runs only the citation extractor on one long paragraph, so that the block
    /// reader's own handling of such a line is not what is measured here.
    static func extract(_ text: String) -> (works: [Work], diagnostics: [Diagnostic]) {
        let document = Document(
            name: "long.md", title: "long", format: .markdown, role: .corpus, lineCount: 1, metadata: [:], outline: [])
        let block = Block(kind: .paragraph, segments: [.init(line: 1, text: text)])
        let read = ReadDocument(document: document, blocks: [block], passages: [], diagnostics: [], lines: [text])
        return CitationExtractor(documents: [read]).extract()
    }

    @Test(arguments: [
        "(", "（", "《", "[", "[a](", "<sup>", "<sup>1</sup>", "http://", "等人(", "发表了", "(Smith et al.", "Smith等人发表了《",
        "。",
    ])
    func longLineOfOpeners(_ piece: String) {
        let line = String(repeating: piece, count: Self.repeats)
        let result = Self.extract("前文" + line + "后文")
        #expect(result.works.count <= 1)
    }

    @Test func longLineOfOneCitationRepeated() throws {
        let line = String(repeating: "见(Smith, 2020; Jones等人,2021年)。", count: 20_000)
        let works = Self.extract(line).works
        #expect(works.map(\.key) == ["jones2021", "smith2020"])
        #expect(works.map(\.mentions.count) == [20_000, 20_000])
    }

    @Test func manyTitlesInOneSentence() {
        let line = String(repeating: "Kaplan等人的《规模律》（Scaling laws for neural language models）、", count: 5_000)
        let works = Self.extract("比如" + line + "。").works
        #expect(works.map(\.key) == ["kaplan"])
        #expect(works.first?.mentions.count == 5_000)
    }

    @Test func manyDistinctWorksWithTheSameAuthorAndYear() {
        let line = (0..<2_000).map { "见([Smith, 2020](https://arxiv.org/abs/2001.\(String(format: "%05d", $0))))。" }
            .joined()
        let works = Self.extract(line + "(Smith, 2020)").works
        #expect(works.count == 2_000)
        #expect(Set(works.map(\.key)).count == 2_000)
    }
}
