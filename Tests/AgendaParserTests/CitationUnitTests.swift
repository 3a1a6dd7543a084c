import Foundation
import Testing

@testable import AgendaParser

/// The scanned unit and the spans found in it: joining, line lookup, sentences, years.
@Suite struct CitationUnitTests {
    @Test func unitJoinsBlocksExactlyAsRawTextDoes() throws {
        let texts = try CitationRobustnessTests.corpusTexts()
        var checked = 0
        for text in texts {
            let read = DocumentReader.read(SourceText(name: text.name, text: text.text))
            for block in read.blocks {
                let (raw, map) = block.rawText(document: text.name)
                let unit = CitationUnit(document: text.name, block: block)
                #expect(String(String.UnicodeScalarView(unit.scalars)) == raw)
                var offset = 0
                for (index, scalar) in unit.scalars.enumerated() {
                    if unit.line(at: index) != map.line(atUTF8Offset: offset) {
                        Issue.record("\(text.name):\(block.firstLine): line of scalar \(index) differs")
                        break
                    }
                    offset += UTF8.width(scalar)
                }
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    /// Every blank `trimmingSpaces` trims is trimmed from the bytes alike, and nothing else
    /// (`à` ends in the byte A0 of a no-break space; `\u{3000}` and U+FEFF are three bytes).
    @Test(arguments: [
        ["\u{3000}奖励\u{A0}", "\t hacking\u{FEFF}", "voilà", "\u{A0}\u{3000} \t", "", "à 对齐 "],
        ["\u{FEFF}", " x", "\u{3000}"], ["é\u{A0}", "\u{A0}"], ["a\u{2003}", "b"],
    ])
    func unitTrimsTheBlanksRawTextTrims(lines: [String]) {
        let block = Block(
            kind: .paragraph, segments: lines.enumerated().map { .init(line: $0.offset + 1, text: $0.element) })
        let unit = CitationUnit(document: "d", block: block)
        #expect(String(String.UnicodeScalarView(unit.scalars)) == block.rawText(document: "d").0)
    }

    @Test func lineOfAScalarWithChineseText() {
        let block = Block(
            kind: .paragraph,
            segments: [.init(line: 4, text: "  叶子  "), .init(line: 5, text: "abc"), .init(line: 7, text: "def")])
        let unit = CitationUnit(document: "d", block: block)
        #expect(String(String.UnicodeScalarView(unit.scalars)) == "叶子abc def")
        #expect((0..<unit.scalars.count).map(unit.line) == [4, 4, 5, 5, 5, 5, 7, 7, 7])
        #expect(unit.source(at: 6) == SourceLocation(document: "d", line: 7))
    }

    @Test func sentencesIgnoreEndsInsideTitles() {
        let scalars = Array("2017年，他发表了《真的吗？》。2018年，又一篇。".unicodeScalars)
        let spans = CitationScanner(scalars: scalars).scan()
        #expect(spans.sentenceStarts == [0, 17, 27])
        #expect(spans.years.map(\.value) == ["2017", "2018"])
        #expect(spans.titles.map { scalars.text($0.content) } == ["真的吗？"])
        #expect(spans.yearBefore(8) == "2017")
        #expect(spans.yearBefore(17) == nil)
        #expect(spans.yearBefore(22) == "2018")
    }

    @Test func spansOfMarkup() {
        let text = "见[A, 2020](https://a.org/x_(y))与<https://b.org>及https://c.org/p。<sup>3</sup>（Smith, 2020）"
        let scalars = Array(text.unicodeScalars)
        let spans = CitationScanner(scalars: scalars).scan()
        #expect(spans.links.map(\.target) == ["https://a.org/x_(y)"])
        #expect(spans.urls.map(\.url) == ["https://b.org", "https://c.org/p"])
        #expect(spans.markers.map(\.label) == ["3"])
        #expect(spans.parens.map { scalars.text($0.content) } == ["Smith, 2020"])
    }
}
