import AgendaTestSupport
import Testing

@testable import AgendaCLI

@Suite("TableRenderer")
struct RenderingTableRendererTests {
    let challenges = TableRenderer(columns: [
        TableColumn("ID"),
        TableColumn("挑战"),
        TableColumn("描述", minWidth: 10),
        TableColumn("来源", style: .dim),
        TableColumn("引用", alignment: .right),
    ])
    let rows = [
        ["C1", "欺骗性对齐", "模型在训练中表现良好，却在部署后追求与训练目标不同的目标（deceptive alignment）。", "anthropic.md:12", "12"],
        ["C2", "奖励破解", "利用奖励函数的漏洞获得高分，而不是完成预期任务。", "deepmind.md:40", "7"],
        ["C10", "可扩展监督 (scalable oversight)", "当任务超出人类评估能力时，如何可靠地监督模型？", "openai.txt:3", "143"],
    ]

    @Test func chineseAt40Columns() {
        #expect(
            challenges.string(rows, terminal: .plain(width: 40)) == """
                ID   挑战      描述        来源     引用
                ───  ────────  ──────────  ───────  ────
                C1   欺骗性对  模型在训练  anthrop    12
                     齐        中表现良    ic.md:1
                               好，却在部  2
                               署后追求与
                               训练目标不
                               同的目标
                               （deceptiv
                               e
                               alignmen
                               t）。
                C2   奖励破解  利用奖励函  deepmin     7
                               数的漏洞获  d.md:40
                               得高分，而
                               不是完成预
                               期任务。
                C10  可扩展监  当任务超出  openai.   143
                     督        人类评估能  txt:3
                     (scalabl  力时，如何
                     e         可靠地监督
                     oversigh  模型？
                     t)
                """ + "\n")
    }

    @Test func chineseAt80Columns() {
        #expect(
            challenges.string(rows, terminal: .plain(width: 80)) == """
                ID   挑战                       描述                       来源             引用
                ───  ─────────────────────────  ─────────────────────────  ───────────────  ────
                C1   欺骗性对齐                 模型在训练中表现良好，却   anthropic.md:12    12
                                                在部署后追求与训练目标不
                                                同的目标（deceptive
                                                alignment）。
                C2   奖励破解                   利用奖励函数的漏洞获得高   deepmind.md:40      7
                                                分，而不是完成预期任务。
                C10  可扩展监督 (scalable       当任务超出人类评估能力     openai.txt:3      143
                     oversight)                 时，如何可靠地监督模型？
                """ + "\n")
    }

    @Test func chineseAt120Columns() {
        #expect(
            challenges.string(rows, terminal: .plain(width: 120)) == """
                ID   挑战                             描述                                                         来源             引用
                ───  ───────────────────────────────  ───────────────────────────────────────────────────────────  ───────────────  ────
                C1   欺骗性对齐                       模型在训练中表现良好，却在部署后追求与训练目标不同的目标     anthropic.md:12    12
                                                      （deceptive alignment）。
                C2   奖励破解                         利用奖励函数的漏洞获得高分，而不是完成预期任务。             deepmind.md:40      7
                C10  可扩展监督 (scalable oversight)  当任务超出人类评估能力时，如何可靠地监督模型？               openai.txt:3      143
                """ + "\n")
    }

    @Test func naturalWidthsWhenEverythingFits() {
        let table = TableRenderer(columns: [TableColumn("Name"), TableColumn("Year", alignment: .right)])
        let text = table.string(
            [["Concrete Problems", "2016"], ["Risks from Learned Optimization", "2019"], ["AGI", "7"]],
            terminal: .plain())
        #expect(
            text == """
                Name                             Year
                ───────────────────────────────  ────
                Concrete Problems                2016
                Risks from Learned Optimization  2019
                AGI                                 7

                """)
    }

    @Test func colourStylesHeaderRuleAndColumnsAfterLayout() {
        let table = TableRenderer(columns: [TableColumn("名称"), TableColumn("N", alignment: .right, style: .cyan)])
        let text = table.string([["欺骗", "1"], ["x", "22"]], terminal: Terminal(width: 40, colorEnabled: true))
        #expect(
            text
                == "\u{1B}[1m名称\u{1B}[0m   \u{1B}[1mN\u{1B}[0m\n\u{1B}[2m────  ──\u{1B}[0m\n"
                + "欺骗   \u{1B}[36m1\u{1B}[0m\nx     \u{1B}[36m22\u{1B}[0m\n")
        // Plain mode is the same text without the codes.
        #expect(TerminalText.sanitize(text) == table.string([["欺骗", "1"], ["x", "22"]], terminal: .plain(width: 40)))
    }

    @Test func truncatedColumnsStayOnOneLine() {
        let table = TableRenderer(columns: [TableColumn("ID"), TableColumn("Title", overflow: .truncate)])
        let rows = [["W1", "Risks from Learned Optimization in Advanced Machine Learning Systems"], ["W2", "多行\n标题"]]
        #expect(
            table.string(rows, terminal: .plain(width: 30)) == """
                ID  Title
                ──  ──────────────────────────
                W1  Risks from Learned Optimi…
                W2  多行 标题

                """)
    }

    @Test func maxWidthCapsAColumn() {
        let table = TableRenderer(columns: [TableColumn("Key", maxWidth: 6), TableColumn("Value")])
        #expect(
            table.string([["alignment", "对齐"]], terminal: .plain()) == """
                Key     Value
                ──────  ─────
                alignm  对齐
                ent

                """)
    }

    @Test func minWidthIsHonouredWhileItFits() {
        let table = TableRenderer(columns: [TableColumn("A", minWidth: 12), TableColumn("B")])
        #expect(
            table.lines([["x", "y"]], terminal: .plain()) == ["A             B", "────────────  ─", "x             y"])
    }

    @Test func missingAndExtraCells() {
        let table = TableRenderer(columns: [TableColumn("A"), TableColumn("B"), TableColumn("C")])
        #expect(
            table.lines([["1"], ["1", "2", "3", "4"]], terminal: .plain()) == ["A  B  C", "─  ─  ─", "1", "1  2  3"])
    }

    @Test func headerlessTable() {
        let table = TableRenderer(columns: [TableColumn("A"), TableColumn("B")], showsHeader: false)
        #expect(table.lines([["key", "value"]], terminal: .plain()) == ["key  value"])
    }

    @Test func emptyTableIsJustTheHeader() {
        #expect(
            challenges.lines([], terminal: .plain()) == [
                "ID  挑战  描述        来源  引用", "──  ────  ──────────  ────  ────",
            ])
    }

    @Test func cellsAreSanitized() {
        let table = TableRenderer(columns: [TableColumn("A"), TableColumn("B")])
        let lines = table.lines([["\u{1B}[31mred\u{1B}[0m", "tab\there\u{202E}"]], terminal: .plain())
        #expect(lines == ["A    B", "───  ────────", "red  tab here"])
    }

    @Test func tooManyColumnsBecomeRecords() {
        let columns = (1...6).map { TableColumn("列\($0)") }
        let table = TableRenderer(columns: columns)
        let rows = [(1...6).map { "值\($0)值\($0)值\($0)" }, (1...6).map { "v\($0)" }]
        #expect(
            table.string(rows, terminal: .plain(width: 20)) == """
                列1  值1值1值1
                列2  值2值2值2
                列3  值3值3值3
                列4  值4值4值4
                列5  值5值5值5
                列6  值6值6值6

                列1  v1
                列2  v2
                列3  v3
                列4  v4
                列5  v5
                列6  v6

                """)
    }

    @Test func ambiguousWideRule() {
        let table = TableRenderer(columns: [TableColumn("abc"), TableColumn("d")])
        let terminal = Terminal(width: 40, ambiguousIsWide: true)
        // “x” is 5 columns: two wide rule characters and a space; a 1-column rule falls back to "-".
        #expect(table.lines([["“x”", "y"]], terminal: terminal) == ["abc    d", "──   -", "“x”  y"])
    }

    /// A column narrower than its widest word takes room from the roomiest
    /// columns whose own words still fit, evenly; never below a floor or a word.
    @Test func layoutKeepsWordsWholeWhereOthersHaveRoom() {
        let demands = [
            TableLayout.Demand(natural: 12, floor: 6, word: 2),  // Chinese: breaks anywhere
            TableLayout.Demand(natural: 26, floor: 6, word: 14),  // English: Superalignment
            TableLayout.Demand(natural: 20, floor: 6, word: 5),
            TableLayout.Demand(natural: 36, floor: 36, word: 36),  // document:line, kept whole
        ]
        // Shrinking the widest first leaves English 12 wide; it takes one column from each of the others.
        #expect(TableLayout.widths(for: demands, available: 72) == [11, 14, 11, 36])
        // No room to give: every other column is at its floor or its word.
        #expect(TableLayout.widths(for: demands, available: 58) == [6, 10, 6, 36])
        let noWords = demands.map { TableLayout.Demand(natural: $0.natural, floor: $0.floor) }
        #expect(TableLayout.widths(for: noWords, available: 72) == [12, 12, 12, 36])
    }

    @Test func anEnglishWordStaysWholeBesideChinese() {
        let table = TableRenderer(columns: [TableColumn("中文", maxWidth: 16), TableColumn("English", maxWidth: 26)])
        let rows = [["大语言模型智能体", "Superalignment"], ["超级对齐", "Reinforcement Learning from Human Feedback"]]
        let lines = table.lines(rows.map { $0.map { StyledText($0) } }, terminal: .plain(width: 26))
        #expect(lines.contains { $0.hasSuffix("Superalignment") }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix("Reinforcement") }, "\(lines)")
    }

    @Test func layoutShrinksTheWidestFirst() {
        let demands = [
            TableLayout.Demand(natural: 4, floor: 4), TableLayout.Demand(natural: 50, floor: 6),
            TableLayout.Demand(natural: 30, floor: 6),
        ]
        #expect(TableLayout.widths(for: demands, available: 100) == [4, 50, 30])
        #expect(TableLayout.widths(for: demands, available: 60) == [4, 28, 28])
        #expect(TableLayout.widths(for: demands, available: 61) == [4, 29, 28])
        #expect(TableLayout.widths(for: demands, available: 16) == [4, 6, 6])
        #expect(TableLayout.widths(for: demands, available: 15) == nil)
    }

    /// Whatever the content and width, no line is wider than the terminal,
    /// and colour changes nothing but escape codes.
    @Test(arguments: [20, 21, 33, 40, 57, 80, 97, 120])
    func noLineExceedsTheWidth(width: Int) {
        var random = SeededRandom(seed: UInt64(width) * 31)
        let words = [
            "欺骗性对齐", "模型", "，", "。", "（", "）", "「", "」", "alignment", "RLHF", " ", " ", "\n", "👍🏽", "e\u{0301}",
            "averyveryverylongwordwithoutspaces", "2019", "“", "”", "……", "한국어", "Hubinger et al.", "ｆｕｌｌ",
        ]
        func cell() -> String {
            (0..<random.next(below: 12)).map { _ in words[random.next(below: words.count)] }.joined()
        }
        for _ in 0..<25 {
            let columns = (0..<(1 + random.next(below: 6))).map { _ in
                TableColumn(
                    cell(), minWidth: random.next(below: 3) == 0 ? random.next(below: 15) : nil,
                    maxWidth: random.next(below: 3) == 0 ? 2 + random.next(below: 30) : nil,
                    overflow: random.next(below: 3) == 0 ? .truncate : .wrap,
                    alignment: random.next(below: 4) == 0 ? .right : .left)
            }
            let table = TableRenderer(columns: columns)
            let rows = (0..<random.next(below: 6)).map { _ in columns.map { _ in cell() } }
            for ambiguousIsWide in [false, true] {
                let plain = Terminal(width: width, ambiguousIsWide: ambiguousIsWide)
                let coloured = Terminal(width: width, colorEnabled: true, ambiguousIsWide: ambiguousIsWide)
                let lines = table.lines(rows.map { $0.map { StyledText($0) } }, terminal: plain)
                for line in lines {
                    #expect(plain.displayWidth.columns(line) <= width, "\(rows) → \(line)")
                }
                let colourLines = table.lines(rows.map { $0.map { StyledText($0) } }, terminal: coloured)
                #expect(colourLines.map(TerminalText.sanitize) == lines)
            }
        }
    }
}
