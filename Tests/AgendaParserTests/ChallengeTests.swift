import AgendaTestSupport
import Foundation
import Testing

@testable import AgendaParser

@Suite("Challenges of the bundled corpus")
struct ChallengeCorpusTests {
    let corpus = Fixtures.corpus

    @Test func agendasAndCategories() {
        #expect(corpus.agendas.map(\.id) == ["anwar2024", "xiong2023"])
        #expect(corpus.categories.map(\.id) == ["2", "3", "4", "S", "T"])
        #expect(corpus.categories.map(\.name) == ["对LLMs的科学理解", "开发与部署方法", "社会技术挑战", "社会挑战", "技术挑战"])
        #expect(
            corpus.categories.map(\.source.description) == [
                "agenda-introduction.txt:10", "agenda-introduction.txt:10", "agenda-introduction.txt:11",
                "xiong-llm-alignment-survey.md:130", "xiong-llm-alignment-survey.md:143",
            ])
    }

    @Test func anwarHas18ChallengesIn3Categories() {
        let anwar = corpus.challenges.filter { $0.agenda == "anwar2024" }
        #expect(anwar.count == 18)
        #expect(
            anwar.map(\.id) == [
                "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
                "4.1", "4.2", "4.3", "4.4", "4.5",
            ])
        #expect(anwar.filter { $0.category == "2" }.count == 7)
        #expect(anwar.filter { $0.category == "3" }.count == 6)
        #expect(anwar.filter { $0.category == "4" }.count == 5)
        #expect(anwar.allSatisfy { $0.titleEn != nil })
    }

    @Test("Table rows keep the table's title and source; the index adds the English title")
    func tableChallenges() throws {
        let first = try #require(Fixtures.challenge("2.1"))
        #expect(first.title == "上下文学习是黑盒子")
        #expect(first.titleEn == "In-Context Learning (ICL) Is Black-Box")
        #expect(first.source == .at("agenda-scientific-understanding.md:15"))
        #expect(
            first.questions == [
                "大规模训练如何以及为何会催生上下文学习能力",
                "大型语言模型（LLMs）中上下文学习的底层机制是什么",
                "LLMs的上下文学习在多大程度上源于mesa优化（mesa-optimization）",
                "该能力与现有学习算法的关联性",
            ])
        let last = try #require(Fixtures.challenge("2.7"))
        #expect(last.source == .at("agenda-scientific-understanding.md:21"))
        #expect(last.questions.count == 4)
        #expect(last.questions.first == "设计更优的安全度量指标")
    }

    @Test(arguments: [("2.1", 4), ("2.2", 4), ("2.3", 4), ("2.4", 2), ("2.5", 3), ("2.6", 4), ("2.7", 4)])
    func subQuestionCounts(id: String, count: Int) throws {
        #expect(try #require(Fixtures.challenge(id)).questions.count == count)
    }

    @Test func numberedDescriptionSplitsAtNumbers() throws {
        let scale = try #require(Fixtures.challenge("2.3"))
        #expect(
            scale.questions == [
                "对经验性缩放规律的理论认识尚不完善",
                "对缩放极限及学习表征如何受规模影响的认知有限",
                "因缺乏形式化定义，关于\"涌现\"能力的讨论存在混淆",
                "针对任务特定缩放规律的发现方法研究仍处于早期阶段",
            ])
    }

    @Test("Prose-only challenges point at the introduction's line, never the index")
    func proseChallenges() throws {
        for id in ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"] {
            #expect(try #require(Fixtures.challenge(id)).source == .at("agenda-introduction.txt:10"))
        }
        for id in ["4.1", "4.2", "4.3", "4.4", "4.5"] {
            #expect(try #require(Fixtures.challenge(id)).source == .at("agenda-introduction.txt:11"))
        }
        let jailbreaks = try #require(Fixtures.challenge("3.5"))
        #expect(jailbreaks.titleEn == "Jailbreaks and Prompt Injections Threaten Security of LLMs")
        #expect(jailbreaks.summary == "并最终提供了像越狱、提示注入和数据投毒等安全挑战的评估")
        #expect(!corpus.challenges.contains { $0.source.document == "agenda-index.md" })
    }

    @Test func sectionReferencesBecomeDiscussedAt() throws {
        #expect(
            try #require(Fixtures.challenge("2.2")).discussedAt == [
                .at("agenda-introduction.txt:14"), .at("agenda-scientific-understanding.md:5"),
            ])
        #expect(try #require(Fixtures.challenge("2.4")).discussedAt == [.at("agenda-scientific-understanding.md:9")])
        #expect(
            try #require(Fixtures.challenge("3.3")).discussedAt == [
                .at("agenda-introduction.txt:14"), .at("agenda-introduction.txt:19"),
                .at("agenda-scientific-understanding.md:5"),
            ])
        #expect(try #require(Fixtures.challenge("3.6")).discussedAt == [.at("agenda-introduction.txt:19")])
    }

    /// Every written form is found; a passage whose bytes hold no dotted number is passed over.
    @Test func sectionReferenceForms() {
        func numbers(_ text: String) -> [String] {
            let passage = Passage(kind: .paragraph, text: text, lines: LineMap(document: "a.md", line: 1))
            return SectionReferences.find(in: passage).map(\.number)
        }
        #expect(numbers("参见第2.4.5节与3.3节（第3.5节）") == ["2.4.5", "3.3", "3.5"])
        #expect(numbers("See Section 2.4, sec. 3.1 and § 4.2.") == ["2.4", "3.1", "4.2"])
        #expect(numbers("第2..4节") == ["2..4"])
        #expect(numbers("GPT-3.5 在 2023 年发布，第3节") == [])
        #expect(SectionReferences.hasDottedNumber("第2.4节") && SectionReferences.hasDottedNumber("2..4"))
        #expect(!SectionReferences.hasDottedNumber("2023 年。第3节.") && !SectionReferences.hasDottedNumber("1."))
        #expect(SectionReferences.hasDottedNumber("1.2") && SectionReferences.hasDottedNumber(".1.."))
        #expect(!SectionReferences.hasDottedNumber(".12") && !SectionReferences.hasDottedNumber("a.1"))
    }

    /// The dot search agrees with a plain scan of every three bytes, on random texts of digits, dots and others.
    @Test func dottedNumbersAreFoundAsAPlainScanFindsThem() {
        func plainScan(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            return bytes.count >= 3
                && (0..<(bytes.count - 2)).contains { index in
                    bytes[index + 1] == UInt8(ascii: ".") && isDigit(bytes[index])
                        && (isDigit(bytes[index + 2]) || bytes[index + 2] == UInt8(ascii: "."))
                }
        }
        var generator = SeededRandom(seed: 11)
        let pieces = ["1", "9", ".", ".", "第", "节", " ", "a"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(SectionReferences.hasDottedNumber(text) == plainScan(text), "\(text)")
        }
    }

    @Test func xiongSocialAndTechnicalChallenges() throws {
        let xiong = corpus.challenges.filter { $0.agenda == "xiong2023" }
        #expect(xiong.map(\.id) == ["S1", "S2", "S3", "S4", "S5", "S6", "T1", "T2", "T3", "T4", "T5"])
        #expect(xiong.map(\.source.line) == [132, 133, 134, 135, 136, 137, 145, 146, 147, 148, 149])
        let s1 = try #require(Fixtures.challenge("S1"))
        #expect(s1.title == "AI对齐的人类价值如何定义？")
        #expect(s1.questions == ["AI对齐的人类价值如何定义？", "是全人类社会的价值还是某些国家和文化的价值？"])
        let t3 = try #require(Fixtures.challenge("T3"))
        #expect(t3.title == "如何规避负面效果")
        #expect(t3.questions == ["如何防止AI对齐损害AI代理的能力 (对齐税)？", "如何避免AI代理产生预期之外的行为？"])
        #expect(try #require(Fixtures.challenge("T1")).questions.count == 2)
    }

    @Test("The two-column table (挑战 | 介绍) has no English column: the index gives English titles")
    func twoColumnTableKeepsItsDescription() throws {
        let read = Fixtures.read(
            "agenda-scientific-understanding.md",
            try String(contentsOfFile: Fixtures.dataDirectory + "/agenda-scientific-understanding.md", encoding: .utf8))
        let tables = read.blocks.compactMap { block -> Table? in
            if case .table(let table) = block.kind { return table }
            return nil
        }
        #expect(tables.map(\.header.line) == [13])
        let table = try #require(tables.first)
        #expect(ChallengeTableColumns(table).english == nil)
        let challenges = corpus.challenges.filter { $0.source.document == "agenda-scientific-understanding.md" }
        #expect(challenges.count == 7)
        for (challenge, row) in zip(challenges, table.rows) {
            #expect(challenge.summary == InlineMarkup.plain(row.cells[1]).trimmingSpaces())
            #expect(challenge.titleEn != nil)
        }
        let capabilities = try #require(Fixtures.challenge("2.2"))
        #expect(capabilities.titleEn == "Capabilities Are Difficult to Estimate and Understand")
    }

    @Test("Every index row's quote is on the line it points to")
    func indexRowsPointAtTheirTopic() {
        let indexProblems = corpus.diagnostics.filter { $0.id.hasPrefix("index.") }
        #expect(indexProblems.isEmpty, "\(indexProblems)")
    }
}

@Suite("Challenge extraction on small inputs")
struct ChallengeExtractionTests {
    static let index = demoIndex(
        category: true,
        challenges: ["| 2.1 | 2 | 甲 | Alpha | paper.md:7 | 甲 |", "| 2.9 | 2 | 丙 | Gamma | paper.md:3 | 不在这里 |"])

    /// A curated index over `paper.md`: agenda `demo`, its category 2 when asked for, and `challenges` rows.
    static func demoIndex(category: Bool, challenges rows: [String]) -> String {
        var lines = [
            "---", "type: agenda-index", "---", "## Agendas", "| id | name | documents | source | quote |",
            "|---|---|---|---|---|", "| demo | Demo 2024 | paper.md | paper.md:1 | Demo |", "",
        ]
        if category {
            lines += [
                "## Categories", "| id | agenda | 中文 | English | source | quote |", "|---|---|---|---|---|---|",
                "| 2 | demo | 理解 | Understanding | paper.md:3 | 第一类 |", "",
            ]
        }
        lines += ["## Challenges", "| id | category | 中文 | English | source | quote |", "|---|---|---|---|---|---|"]
        return (lines + rows).joined(separator: "\n")
    }

    static let paper = """
        # 2 Demo 理解

        第一类,理解(第2节)。参见第2.1.4节。

        | 挑战 | 介绍 |
        |---|---|
        | 甲 | 首先，问题一。其次，问题二。 |
        | 乙 | 单一问题 |
        """

    @Test func indexAddsIdsAndRowsStayFromTheTable() throws {
        let corpus = Fixtures.parse(["index.md": Self.index, "paper.md": Self.paper])
        #expect(corpus.challenges.map(\.id) == ["2.1", "2.2", "2.9"])
        let alpha = try #require(corpus.challenges.first)
        #expect(alpha.title == "甲")
        #expect(alpha.titleEn == "Alpha")
        #expect(alpha.questions == ["问题一", "问题二"])
        #expect(alpha.discussedAt == [.at("paper.md:3")])
    }

    /// A listing makes passages only of blocks that may hold a section reference,
    /// judged on their raw lines; markup that hides a dotted number (`2.**1**`,
    /// a link) must not hide the reference, and a number broken over two lines is
    /// none in either parse.
    @Test func aListingFindsTheSameSectionReferencesAsAWholeParse() throws {
        let paper = """
            # 2 理解

            | 挑战 | 介绍 |
            |---|---|
            | 甲 | 问题一 |
            | 乙 | 问题二 |

            另见第2.**1**节。

            See [Section 2.2](#two) and `2.1`.

            | 表 | 说明 |
            |---|---|
            | 行 | 见第2.2节 |

            断开的第2.
            1节不算。

            没有数字的一段。
            """
        let whole = Fixtures.parse(["paper.md": paper])
        var texts = [SourceText(name: "paper.md", text: paper)]
        var builder = CorpusBuilder(documents: AgendaParser.readAll(taking: &texts, makingPassages: false))
        let listing = builder.build(parts: .core)
        #expect(listing.challenges == whole.challenges)
        // `2.1` in code has no 节 or Section beside it.
        #expect(
            whole.challenges.map(\.discussedAt) == [[.at("paper.md:8")], [.at("paper.md:10"), .at("paper.md:14")]])
        let blocks = Fixtures.read("paper.md", paper).blocks
        #expect(
            blocks.filter(SectionReferences.mayOccur).map(\.firstLine) == [1, 8, 10, 12],
            "the heading, the two paragraphs with markup and the second table")
    }

    /// Lines are kept only where the index points: its check and its rows' quotes
    /// read them; every other document lets them go once its blocks are read.
    @Test func onlyTheDocumentsTheIndexPointsIntoKeepTheirLines() {
        var texts = [
            SourceText(name: "index.md", text: Self.index), SourceText(name: "paper.md", text: Self.paper),
            SourceText(name: "other.md", text: "# 其他\n\n与索引无关。\n"),
        ]
        let read = AgendaParser.readAll(taking: &texts)
        #expect(texts.isEmpty)
        #expect(read.map(\.document.name) == ["index.md", "paper.md", "other.md"])
        #expect(read.map { !$0.lines.isEmpty } == [true, true, false])
        #expect(read[2].document.lineCount == 3 && !read[2].passages.isEmpty)
    }

    @Test func quoteMismatchIsReported() {
        let corpus = Fixtures.parse(["index.md": Self.index, "paper.md": Self.paper])
        let mismatches = corpus.diagnostics.filter { $0.id == "index.quote-mismatch" }
        #expect(mismatches.map { $0.source?.description } == ["index.md:18"])
        #expect(mismatches.first?.message == "paper.md:3 does not contain '不在这里'")
    }

    @Test func tableWithoutIndexFormsItsOwnAgenda() {
        let corpus = Fixtures.parse(["paper.md": Self.paper])
        #expect(corpus.agendas.map(\.id) == ["paper.md"])
        #expect(corpus.categories.map(\.name) == ["Demo 理解"])
        #expect(corpus.challenges.map(\.id) == ["2.1", "2.2"])
    }
}

@Suite("Challenge tables with an English-title column")
struct ChallengeTableColumnTests {
    static func paper(_ table: String) -> String {
        "# 2 Demo 理解\n\n第一类。\n\n" + table + "\n"
    }

    @Test func headerNamesTheEnglishColumn() throws {
        let corpus = Fixtures.parse([
            "paper.md": Self.paper(
                """
                | 挑战 | Challenge | 描述 |
                |---|---|---|
                | 上下文学习是黑盒子 | In-Context Learning Is Black-Box | 首先，问题一。其次，问题二。 |
                | 能力难以评估 | Capabilities Are Difficult to Estimate | 单一问题 |
                """)
        ])
        #expect(corpus.challenges.map(\.id) == ["2.1", "2.2"])
        let first = try #require(corpus.challenges.first)
        #expect(first.title == "上下文学习是黑盒子")
        #expect(first.titleEn == "In-Context Learning Is Black-Box")
        #expect(first.summary == "首先，问题一。其次，问题二。")
        #expect(first.questions == ["问题一", "问题二"])
        #expect(corpus.challenges.last?.titleEn == "Capabilities Are Difficult to Estimate")
        #expect(corpus.challenges.last?.summary == "单一问题")
    }

    /// The English title first: the column headed as Chinese holds the titles.
    @Test func anEnglishColumnFirstGivesWayToTheChineseTitles() throws {
        let corpus = Fixtures.parse([
            "paper.md": Self.paper(
                """
                | Challenge | 挑战 | 描述 |
                |---|---|---|
                | In-Context Learning Is Black-Box | 上下文学习是黑盒子 | 首先，问题一。其次，问题二。 |
                """)
        ])
        let first = try #require(corpus.challenges.first)
        #expect(first.title == "上下文学习是黑盒子")
        #expect(first.titleEn == "In-Context Learning Is Black-Box")
        #expect(first.summary == "首先，问题一。其次，问题二。")
    }

    @Test(arguments: ["| 挑战 | 英文 | 描述 |", "| 挑战 | English | Description |", "| 挑战名称 | 名称 | 介绍 |"])
    func englishColumnByHeaderOrByLatinText(_ header: String) throws {
        let corpus = Fixtures.parse([
            "paper.md": Self.paper(header + "\n|---|---|---|\n| 甲 | **Alpha** Problem | 问题一；问题二 |")
        ])
        let alpha = try #require(corpus.challenges.first)
        #expect(alpha.titleEn == "Alpha Problem")
        #expect(alpha.summary == "问题一；问题二")
    }

    @Test("No English column: descriptions in every column after the title, as before")
    func otherTablesAreUnchanged() {
        let tables = [
            // Two columns, even with Latin text in the second.
            "| 挑战 | 介绍 |\n|---|---|\n| 甲 | Alpha beta |",
            // A Chinese second column.
            "| 挑战 | 介绍 | 章节 |\n|---|---|---|\n| 甲 | 问题一 | 2.1 |",
            // Latin text under a description header.
            "| 挑战 | Description | 章节 |\n|---|---|---|\n| 甲 | Alpha beta | 2.1 |",
            // English titles for English challenges are not a translation.
            "| Challenge | Description | Section |\n|---|---|---|\n| Alpha | Beta gamma | 2.1 |",
        ]
        let summaries = ["Alpha beta", "问题一 2.1", "Alpha beta 2.1", "Beta gamma 2.1"]
        for (table, summary) in zip(tables, summaries) {
            let challenges = Fixtures.parse(["paper.md": Self.paper(table)]).challenges
            #expect(challenges.map(\.titleEn) == [nil], "\(table)")
            #expect(challenges.map(\.summary) == [summary], "\(table)")
        }
    }

    @Test func theIndexEnglishTitleWinsAndAnAbsentOneKeepsTheTables() {
        let index = ChallengeExtractionTests.demoIndex(
            category: false,
            challenges: ["| 2.1 | 2 | 甲 | Alpha (index) | paper.md:7 | 甲 |", "| 2.2 | 2 | 乙 | | paper.md:8 | 乙 |"])
        let paper = Self.paper(
            "| 挑战 | Challenge | 描述 |\n|---|---|---|\n| 甲 | Alpha | 问题一 |\n| 乙 | Beta | 问题二 |")
        let corpus = Fixtures.parse(["index.md": index, "paper.md": paper])
        #expect(corpus.challenges.map(\.id) == ["2.1", "2.2"])
        #expect(corpus.challenges.map(\.titleEn) == ["Alpha (index)", "Beta"])
    }
}

@Suite("Sub-question splitting")
struct SubQuestionSplitterTests {
    @Test(arguments: [
        ("我们尚不理解以下问题：甲；乙；以及丙。", ["甲", "乙", "丙"]),
        ("挑战包括：1.甲；2.乙；3.丙。", ["甲", "乙", "丙"]),
        ("存在多重挑战。首先，甲。其次，乙。此外，丙。最后，丁。", ["甲", "乙", "丙", "丁"]),
        ("甲；乙", ["甲", "乙"]),
        ("只有一句话", ["只有一句话"]),
        ("当前亟需开展以下工作：设计甲、刻画乙，并探究丙。", ["设计甲", "刻画乙", "探究丙"]),
        ("", [String]()),
    ])
    func splits(text: String, expected: [String]) {
        #expect(SubQuestionSplitter.split(text) == expected)
    }

    /// Pieces cut on bytes are what splitting the characters gives: empty ones dropped,
    /// or kept as `components(separatedBy:)` keeps them.
    @Test func piecesAreCutAsCharacterSplitsCutThem() {
        for text in ["甲；乙；；丙；", "；", "", "甲", "a；b", "；甲；"] {
            #expect(
                SubQuestionSplitter.pieces(of: text, separatedBy: "；")
                    == text.split(separator: "；").map(String.init), "\(text)")
        }
        for text in ["甲，并乙，并", "，并", "", "甲，乙，并丙", "，并，并"] {
            #expect(
                SubQuestionSplitter.pieces(of: text, separatedBy: "，并", keepingEmpty: true)
                    == text.components(separatedBy: "，并"), "\(text)")
        }
    }

    @Test func sentencesKeepQuestionMarksAndIgnoreStopsInParentheses() {
        #expect(
            SubQuestionSplitter.sentences("甲（见图1。）乙。丙？ 丁!戊") == ["甲（见图1。）乙", "丙？", "丁!", "戊"])
    }

    @Test func versionNumbersAreNotItems() {
        #expect(SubQuestionSplitter.split("GPT-3.5 与 2.4节 都不是编号；但这里有分号") == ["GPT-3.5 与 2.4节 都不是编号", "但这里有分号"])
    }
}
