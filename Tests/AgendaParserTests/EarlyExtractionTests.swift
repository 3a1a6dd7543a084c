import Foundation
import Testing

@testable import AgendaParser

/// A full parse extracts each document's term pairs and citations as it is read and keeps
/// only the blocks the challenges read (`ReadDocument.extractEarly`): the corpus must be the
/// one extracted from all the blocks afterwards.
@Suite struct EarlyExtractionTests {
    static func texts(_ files: [(String, String)]) -> [SourceText] {
        files.map { SourceText(name: $0.0, text: $0.1) }
    }

    static func bothWays(_ texts: [SourceText]) -> (early: Corpus, late: Corpus) {
        var forEarly = texts
        var forLate = texts
        var late = CorpusBuilder(documents: AgendaParser.readAll(taking: &forLate, extracting: false))
        return (AgendaParser.parse(taking: &forEarly), late.build())
    }

    @Test func theBundledCorpusIsTheSame() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.dataDirectory).sorted()
        let texts = try names.map {
            SourceText(name: $0, text: try String(contentsOfFile: Fixtures.dataDirectory + "/" + $0, encoding: .utf8))
        }
        let (early, late) = Self.bothWays(texts)
        #expect(!early.challenges.isEmpty && !early.works.isEmpty && !early.concepts.isEmpty)
        #expect(early == late)
    }

    /// Bulleted challenges after a numbered heading and after a table, a table's own
    /// section, and list items that follow other blocks (which no category owns).
    @Test func listsAfterHeadingsAndTablesAreTheSame() {
        let agenda = """
            # 挑战清单

            ## 1 第一类

            - 第一个挑战：描述一。参见 (Anwar et al., 2024)。
            - 第二个挑战：描述二。
              - 不是挑战的子项

            一段文字，提到奖励劫持（reward hacking）。

            - 段落之后的列表项

            | 挑战 | 描述 |
            | --- | --- |
            | 第一类的表格挑战 | 它是什么？ |

            ## 2 第二类

            | 挑战 | 描述 |
            | --- | --- |
            | 表格挑战 | 它是什么？它为何重要？ |

            - 表格之后的列表项：描述三。

            ### 未编号的标题

            - 未编号标题之后的列表项

            ## 参考文献

            - Anwar, U., et al. (2024). Foundational Challenges in Assuring Alignment and Safety of Large Language Models.
            """
        let other = """
            # 另一篇

            | Challenge | Description |
            | --- | --- |
            | Reward hacking | Does it happen? How often? |

            - Listed after the table: what does it cover?

            可扩展监督（scalable oversight）见 [a link](https://arxiv.org/abs/2404.09932)。
            """
        let (early, late) = Self.bothWays(Self.texts([("agenda.md", agenda), ("other.md", other)]))
        // The bullets right after the first section's heading, and after the unsectioned table.
        let titles = early.challenges.map(\.title)
        #expect(titles.contains { $0.contains("第一个挑战") } && titles.contains { $0.contains("Listed after") })
        #expect(!titles.contains { $0.contains("段落之后") || $0.contains("未编号") })
        #expect(early == late)
    }
}
