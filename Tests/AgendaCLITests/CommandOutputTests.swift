import AgendaTestSupport
import Foundation
import Testing

@testable import AgendaCLI

/// Every command's people output on a small Chinese model, compared exactly
/// with golden files at 40, 80 and 120 columns (`AGENDA_RECORD_GOLDEN=1` re-records).
@Suite("Command output on a small model")
struct CommandOutputTests {
    static let files = [
        "index.md": """
        ---
        type: agenda-index
        ---
        ## Agendas
        | id | name | title | documents | source | quote |
        |---|---|---|---|---|---|
        | demo | 示例 2024 | 一个示例议程 | paper.md | paper.md:1 | 示例 |

        ## Categories
        | id | agenda | 中文 | English | source | quote |
        |---|---|---|---|---|---|
        | 2 | demo | 科学理解 | Scientific Understanding | paper.md:3 | 第一类 |

        ## Challenges
        | id | category | 中文 | English | source | quote |
        |---|---|---|---|---|---|
        | 2.1 | 2 | 上下文学习是黑盒子 | In-Context Learning Is Black-Box | paper.md:7 | 上下文学习是黑盒子 |
        """,
        "paper.md": """
        # 2 示例议程

        第一类，科学理解。模型可能出现奖励劫持（Reward Hacking），参见第2.1.3节（Holtzman et al., 2023）。

        | 挑战 | 介绍 |
        |---|---|
        | 上下文学习是黑盒子 | 我们尚未理解以下问题：上下文学习的机制是什么；规模如何影响奖励劫持。 |
        | 评估很难 | 首先，能力难以定义。其次，基准测试无法区分对齐失败与能力不足。 |

        - 可扩展的监管 (Scalable Oversight) : 将监管延伸至人类难以直接判断的复杂任务。
        """,
    ]

    static let data: String = {
        do { return try CLI.dataDirectory(files) } catch { preconditionFailure("temporary directory: \(error)") }
    }()

    @Test(arguments: [40, 80, 120])
    func challengesTable(width: Int) {
        let result = CLI.run(["challenges"], data: Self.data, width: width)
        #expect(result.status == 0)
        Golden.check(result.output, "challenges-\(width).txt")
        #expect(result.output.split(separator: "\n").allSatisfy { DisplayWidth.standard.columns($0) <= width })
    }

    @Test(arguments: [40, 80])
    func challengesTree(width: Int) {
        let result = CLI.run(["challenges", "--tree"], data: Self.data, width: width)
        Golden.check(result.output, "challenges-tree-\(width).txt")
        #expect(result.output.split(separator: "\n").allSatisfy { DisplayWidth.standard.columns($0) <= width })
    }

    @Test(arguments: [40, 80, 120])
    func showCard(width: Int) {
        let result = CLI.run(["show", "黑盒"], data: Self.data, width: width)
        #expect(result.status == 0)
        Golden.check(result.output, "show-\(width).txt")
        #expect(result.output.split(separator: "\n").allSatisfy { DisplayWidth.standard.columns($0) <= width })
    }

    @Test func conceptsCategoriesDocsOutline() {
        Golden.check(CLI.run(["concepts"], data: Self.data).output, "concepts-80.txt")
        Golden.check(CLI.run(["categories"], data: Self.data).output, "categories-80.txt")
        Golden.check(CLI.run(["docs"], data: Self.data).output, "docs-80.txt")
        Golden.check(CLI.run(["outline", "paper"], data: Self.data).output, "outline-80.txt")
    }

    @Test func searchListing() {
        let result = CLI.run(["search", "Reward Hacking"], data: Self.data)
        Golden.check(result.output, "search-80.txt")
        let explained = CLI.run(["search", "奖励", "--explain", "--kind", "passage"], data: Self.data)
        Golden.check(explained.output, "search-explain-80.txt")
    }

    @Test("Colour only when asked or on a terminal; NO_COLOR wins over auto")
    func colour() {
        #expect(!CLI.run(["challenges"], data: Self.data).output.contains("\u{1B}["))
        #expect(CLI.run(["challenges", "--color", "always"], data: Self.data).output.contains("\u{1B}[1m"))
        #expect(CLI.run(["challenges"], data: Self.data, tty: true).output.contains("\u{1B}[1m"))
        #expect(
            !CLI.run(["challenges"], data: Self.data, environment: ["NO_COLOR": "1"], tty: true).output.contains(
                "\u{1B}["))
        #expect(
            CLI.run(["challenges"], data: Self.data, environment: ["NO_COLOR": ""], tty: true).output.contains(
                "\u{1B}["))
        #expect(!CLI.run(["challenges", "--color", "never"], data: Self.data, tty: true).output.contains("\u{1B}["))
    }
}
