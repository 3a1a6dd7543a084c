import Foundation
import Testing

@testable import AgendaCLI

/// The renderers on the real documents in `Data/`: long Chinese lines, mixed
/// scripts, quotes and dashes of ambiguous width.
@Suite("Rendering the corpus")
struct RenderingCorpusTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    static let documents: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)) ?? []
        return names.sorted().compactMap {
            try? String(contentsOf: dataDirectory.appendingPathComponent($0), encoding: .utf8)
        }
    }()

    @Test func corpusIsThere() {
        #expect(Self.documents.count == 6, "five corpus documents and the curated index")
    }

    @Test(arguments: [20, 40, 80])
    func wrappedDocumentsFitAndKeepEveryCharacter(width: Int) {
        for ambiguousIsWide in [false, true] {
            let measure = DisplayWidth(ambiguousIsWide: ambiguousIsWide)
            let wrapper = TextWrapper(width: width, measure: measure)
            for document in Self.documents {
                let text = TerminalText.sanitize(document)
                let lines = wrapper.wrap(text)
                #expect(lines.allSatisfy { measure.columns($0) <= width })
                let visible = { (s: String) in s.unicodeScalars.filter { $0 != " " && $0 != "\n" } }
                #expect(
                    String(String.UnicodeScalarView(visible(lines.joined())))
                        == String(String.UnicodeScalarView(visible(text))))
            }
        }
    }

    @Test func noClosingPunctuationStartsAWrappedLine() {
        let closing = Set("，。、；：？！）」』》")
        for document in Self.documents {
            for paragraph in document.split(separator: "\n") {
                let lines = TextWrapper(width: 40).wrap(String(paragraph))
                // A line may only start with closing punctuation if the paragraph does.
                for line in lines.dropFirst() where !line.isEmpty {
                    #expect(!closing.contains(line.first!), "\(line)")
                }
            }
        }
    }

    @Test func everyParagraphAsATableRow() {
        let paragraphs = Self.documents.flatMap { $0.split(separator: "\n").map(String.init) }.prefix(400)
        let rows = paragraphs.enumerated().map { ["P\($0.offset)", $0.element, "\($0.element.count)"] }
        let table = TableRenderer(columns: [
            TableColumn("ID"), TableColumn("段落"), TableColumn("字数", alignment: .right),
        ])
        for width in [40, 80, 120] {
            let lines = table.lines(rows.map { $0.map { StyledText($0) } }, terminal: .plain(width: width))
            #expect(lines.allSatisfy { DisplayWidth.standard.columns($0) <= width })
            #expect(lines.count > rows.count)
        }
    }

    @Test func snippetsAroundEveryMatchOfAWord() {
        var total = 0
        for document in Self.documents {
            let utf8 = Array(document.utf8)
            let needle = Array("对齐".utf8)
            let matches = utf8.indices.dropLast(needle.count - 1)
                .filter { utf8[$0] == needle[0] && utf8[$0..<($0 + needle.count)].elementsEqual(needle) }
                .map { $0..<($0 + needle.count) }
            total += matches.count
            for match in matches.prefix(50) {
                let snippet = Snippet(source: document, matches: [match], width: 60)
                #expect(DisplayWidth.standard.columns(snippet.text) <= 60)
                #expect(snippet.matches.count == 1)
                let marked = snippet.matches.first.map { Array(snippet.text.utf8)[$0] }.map {
                    String(decoding: $0, as: UTF8.self)
                }
                #expect(marked == "对齐")
            }
        }
        #expect(total > 100)
    }
}
