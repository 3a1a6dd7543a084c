import AgendaTestSupport
import Testing

@testable import AgendaCLI

@Suite("TreeRenderer")
struct RenderingTreeRendererTests {
    let agenda = TreeNode(
        "AI 安全研究议程", detail: "agenda.md:1",
        children: [
            TreeNode(
                "对齐问题：如何让人工智能系统的目标与人类意图保持一致", detail: "agenda.md:3",
                children: [
                    TreeNode("欺骗性对齐", detail: "agenda.md:5"),
                    TreeNode("奖励破解与规范博弈", detail: "agenda.md:9", children: [TreeNode("目标错误泛化")]),
                ]),
            TreeNode("可解释性", children: [TreeNode("机制可解释性：逆向工程神经网络内部的算法")]),
        ])

    @Test func chineseAt80Columns() {
        #expect(
            TreeRenderer().string(agenda, terminal: .plain(width: 80)) == """
                AI 安全研究议程  agenda.md:1
                ├── 对齐问题：如何让人工智能系统的目标与人类意图保持一致  agenda.md:3
                │   ├── 欺骗性对齐  agenda.md:5
                │   └── 奖励破解与规范博弈  agenda.md:9
                │       └── 目标错误泛化
                └── 可解释性
                    └── 机制可解释性：逆向工程神经网络内部的算法

                """)
    }

    @Test func chineseAt40ColumnsWrapsUnderItsOwnPrefix() {
        #expect(
            TreeRenderer().string(agenda, terminal: .plain(width: 40)) == """
                AI 安全研究议程  agenda.md:1
                ├── 对齐问题：如何让人工智能系统的目标与
                │   人类意图保持一致  agenda.md:3
                │   ├── 欺骗性对齐  agenda.md:5
                │   └── 奖励破解与规范博弈  agenda.md:9
                │       └── 目标错误泛化
                └── 可解释性
                    └── 机制可解释性：逆向工程神经网络内
                        部的算法

                """)
    }

    /// Too deep for 4-column connectors at 20 columns: the compact ones keep labels readable.
    @Test func chineseAt20ColumnsUsesCompactConnectors() {
        #expect(
            TreeRenderer().string(agenda, terminal: .plain(width: 20)) == """
                AI 安全研究议程
                agenda.md:1
                ├ 对齐问题：如何让人
                │ 工智能系统的目标与
                │ 人类意图保持一致
                │ agenda.md:3
                │ ├ 欺骗性对齐
                │ │ agenda.md:5
                │ └ 奖励破解与规范博
                │   弈  agenda.md:9
                │   └ 目标错误泛化
                └ 可解释性
                  └ 机制可解释性：逆
                    向工程神经网络内
                    部的算法

                """)
    }

    @Test func veryDeepTreesDropTheOutermostColumns() {
        var node = TreeNode("第十层")
        for level in stride(from: 9, through: 1, by: -1) { node = TreeNode("第\(level)层", children: [node]) }
        let lines = TreeRenderer().lines([node], terminal: .plain(width: 20))
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { DisplayWidth.standard.columns($0) <= 20 })
        #expect(lines.last == "        └ 第十层")
    }

    @Test func colourDimsConnectorsAndDetails() {
        let tree = TreeNode("根", labelStyle: .bold, children: [TreeNode("叶", detail: "a.md:2")])
        #expect(
            TreeRenderer().lines([tree], terminal: Terminal(width: 40, colorEnabled: true)) == [
                "\u{1B}[1m根\u{1B}[0m",
                "\u{1B}[2m└── \u{1B}[0m叶  \u{1B}[2ma.md:2\u{1B}[0m",
            ])
    }

    @Test func forestAndSanitizing() {
        let roots = [TreeNode("one\u{1B}[2J", children: [TreeNode("a\tb")]), TreeNode("two")]
        #expect(TreeRenderer().lines(roots, terminal: .plain()) == ["one", "└── a b", "two"])
    }

    @Test func ambiguousWideConnectorsAreMeasured() {
        let tree = TreeNode("root", children: [TreeNode("一二三四五六七八九十一二三四五六七")])
        let lines = TreeRenderer().lines([tree], terminal: Terminal(width: 20, ambiguousIsWide: true))
        // "└── " is 7 columns here (└ and ─ are wide), leaving 13 for the label.
        #expect(lines == ["root", "└── 一二三四五六", "    七八九十一二", "    三四五六七"])
    }

    @Test(arguments: [20, 27, 40, 63, 80])
    func noLineExceedsTheWidth(width: Int) {
        var random = SeededRandom(seed: UInt64(width) &* 977)
        let words = ["对齐", "欺骗性", "，", "。", "（", "）", "alignment", " ", "reward hacking", "👍🏽", "“", "”", "Hubinger"]
        func label() -> String {
            (0..<(1 + random.next(below: 10))).map { _ in words[random.next(below: words.count)] }.joined()
        }
        func tree(depth: Int) -> TreeNode {
            let count = depth > 4 ? 0 : random.next(below: 4)
            return TreeNode(
                label(), detail: random.next(below: 2) == 0 ? "x.md:\(random.next(below: 999))" : nil,
                children: (0..<count).map { _ in tree(depth: depth + 1) })
        }
        for _ in 0..<20 {
            let root = tree(depth: 0)
            for terminal in [Terminal(width: width), Terminal(width: width, ambiguousIsWide: true)] {
                for line in TreeRenderer().lines([root], terminal: terminal) {
                    #expect(terminal.displayWidth.columns(line) <= width, "\(line)")
                }
            }
        }
    }
}
