import Testing

@testable import AgendaParser

@Suite("Blocks, headings and outlines")
struct BlockReaderTests {
    func headings(_ name: String, _ text: String) -> [String] {
        Fixtures.read(name, text).document.outline.map { "\($0.level) \($0.displayTitle) @\($0.source.line)" }
    }

    @Test func outlinesOfTheCorpus() {
        let outlines = Dictionary(uniqueKeysWithValues: Fixtures.corpus.documents.map { ($0.name, $0) })
        #expect(
            outlines["agenda-introduction.txt"]?.outline.map(\.displayTitle) == [
                "1.1 为什么有这个议程?", "1.2 术语解释", "1.3 结构", "LLMs科学理解", "开发与部署方法",
            ])
        #expect(
            outlines["xiong-llm-alignment-survey.md"]?.outline.filter { $0.level == 2 }.compactMap(\.number) == [
                "1", "2", "3", "4", "5", "6", "7",
            ])
        #expect(outlines["xiong-llm-alignment-survey.md"]?.title == "大语言模型对齐：概念、挑战、路线、评测及趋势")
        #expect(outlines["llm-history-rlhf-chapter.md"]?.title == "能力与意图的裂隙")
        #expect(outlines["llm-history-rlhf-chapter.md"]?.metadata == ["sidebar_position": "6"])
        #expect(outlines["alignment-salon-transcript.txt"]?.format == .transcript)
        #expect(outlines["agenda-introduction.txt"]?.format == .plainText)
        #expect(outlines["agenda-index.md"]?.role == .index)
    }

    /// A transcript: at least 20 lines with text, at most a fifth blank, and a
    /// median line of at most 24 scalars (CJK counts one per character).
    @Test func transcriptsAreToldByShortLines() {
        let short = String(repeating: "字", count: 24)
        let long = String(repeating: "字", count: 25)
        #expect(
            TranscriptBlocks.looksLikeTranscript(Array(repeating: short, count: 11) + Array(repeating: long, count: 10))
        )
        #expect(
            !TranscriptBlocks.looksLikeTranscript(
                Array(repeating: short, count: 10) + Array(repeating: long, count: 10)))
        #expect(!TranscriptBlocks.looksLikeTranscript(Array(repeating: short, count: 19)), "too few lines")
        let spaced = Array(repeating: short, count: 20) + Array(repeating: " \u{3000}\t", count: 6)
        #expect(!TranscriptBlocks.looksLikeTranscript(spaced), "more than a fifth blank")
        #expect(TranscriptBlocks.looksLikeTranscript(Array(spaced.dropLast())))
        #expect(" \u{3000}\u{A0}\t\u{FEFF}".isBlank && "".isBlank && !" 字 ".isBlank)
        #expect("e\u{301}字".scalarCount(upTo: 25) == 3 && long.scalarCount(upTo: 25) == 25)
    }

    /// The per-line checks read bytes first but answer exactly as `hasPrefix`
    /// and the Character-based marker rules do, combining marks included.
    @Test func byteChecksAnswerAsCharacterChecks() {
        for (text, prefix) in [("| 挑战 |", "|"), ("|\u{301}x", "|"), ("对齐", "|"), ("", "#"), ("**1 题**", "**")] {
            #expect(text.hasLiteralPrefix(prefix) == text.hasPrefix(prefix), "\(text)")
        }
        #expect(ListMarker.parse("  - 条目") == ListMarker(depth: 1, text: "条目"))
        #expect(ListMarker.parse("12) 第十二") == ListMarker(depth: 0, text: "第十二"))
        #expect(ListMarker.parse("对齐 - 不是条目") == nil && ListMarker.parse(" \u{301}- x") == nil)
    }

    @Test("Plain-text heading forms")
    func plainTextHeadings() {
        let text = """
            一段很长的开头文字，说明这份文件的内容，并且足够长以便成为段落而不是标题。
            **1.1 为什么有这个议程? **
            正文第一段，足够长的正文第一段，足够长的正文第一段。
            1.2 术语解释 “对齐”一词在这里有特定的含义，这一行的其余部分是正文。
            LLMs科学理解
            许多安全和对齐挑战源自我们目前对大型语言模型的科学理解不足，这是正文。
            2017年，这一行不是标题，尽管它以数字开头并且后面还有很多文字。
            """
        #expect(headings("a.txt", text) == ["2 1.1 为什么有这个议程? @2", "2 1.2 术语解释 @4", "1 LLMs科学理解 @5"])
        let passages = Fixtures.read("a.txt", text).passages
        #expect(passages.first { $0.source.line == 4 && $0.kind == .paragraph }?.text == "“对齐”一词在这里有特定的含义，这一行的其余部分是正文。")
    }

    @Test("Front matter is metadata, not text")
    func frontMatter() {
        let read = Fixtures.read("a.md", "---\ntitle: 题名\nsidebar_position: 6\n---\n\n正文。\n")
        #expect(read.document.title == "题名")
        #expect(read.document.metadata == ["title": "题名", "sidebar_position": "6"])
        #expect(read.passages.map(\.text) == ["正文。"])
    }

    @Test("Page debris neither becomes text nor splits a paragraph")
    func pageDebris() {
        let text =
            "开头的一句话在标度\n\n©2023 中国计算语言学大会\n\n根据《Creative Commons Attribution 4.0 International License》许可出版\n\n律 (Scaling Law) 基础上继续。\n\nJCL 2024\n"
        let read = Fixtures.read("a.md", text)
        #expect(read.passages.map(\.text) == ["开头的一句话在标度律 (Scaling Law) 基础上继续。"])
        #expect(read.passages.first?.lines.lineNumbers == [1, 7])
        #expect(read.document.outline.isEmpty)
    }

    @Test("Footnote definitions between halves of a paragraph")
    func footnotesBetweenPageHalves() {
        let text = "他在1960年发表于\n\n<sup>0</sup><https://example.org/a>\n\n《Science》的一篇论文中提到。\n"
        let read = Fixtures.read("a.md", text)
        #expect(read.passages.map(\.text) == ["他在1960年发表于《Science》的一篇论文中提到。"])
        #expect(read.blocks.contains { $0.kind == .footnote(label: "0", target: "https://example.org/a") })
    }

    @Test("Blank lines alone do not join paragraphs")
    func blankLinesSeparate() {
        #expect(Fixtures.read("a.md", "熊德意\n\n天津大学\n").passages.map(\.text) == ["熊德意", "天津大学"])
    }

    @Test("Tables: ragged rows and a missing separator are kept and reported")
    func raggedTables() {
        let read = Fixtures.read("t.md", "| 挑战 | 介绍 |\n| 甲 | 一 | 多余 |\n| 乙 |\n")
        #expect(read.passages.map(\.text) == ["挑战 | 介绍", "甲 | 一 | 多余", "乙"])
        #expect(read.diagnostics.map(\.id) == ["table.no-separator", "table.ragged-row", "table.ragged-row"])
        #expect(read.diagnostics.map { $0.source?.line } == [1, 2, 3])
    }

    @Test("Without a separator row the first row is text too: a line that starts with | is not lost")
    func tableWithoutSeparatorKeepsItsFirstRow() {
        let lone = Fixtures.read("t.md", "# 题\n\n|对齐很重要，这一行以竖线开头。\n\n正文。\n")
        #expect(lone.passages.map(\.text) == ["题", "对齐很重要，这一行以竖线开头。", "正文。"])
        #expect(lone.passages.map(\.source.line) == [1, 3, 5])
        let separated = Fixtures.read("t.md", "| 挑战 | 介绍 |\n|---|---|\n| 甲 | 一 |\n")
        #expect(separated.passages.map(\.text) == ["甲 | 一"], "a real header names columns: not a passage")
    }

    @Test func nestedListsKeepDepth() {
        let read = Fixtures.read("l.md", "- 甲\n  - 乙\n    - 丙\n1. 丁\n")
        let depths = read.blocks.compactMap { block -> Int? in
            if case .listItem(let depth) = block.kind { return depth }
            return nil
        }
        #expect(depths == [0, 1, 2, 0])
    }

    @Test("Hostile structure: deep nesting, unclosed markup, NUL, a very long line")
    func hostileInputsDoNotCrashOrLoseText() {
        let deepQuote = String(repeating: ">", count: 10_000) + " 深处的文字"
        #expect(Fixtures.read("q.md", deepQuote).passages.map(\.text) == ["深处的文字"])
        let deepMarkers = String(repeating: "- ", count: 10_000) + "最深的项"
        #expect(Fixtures.read("m.md", deepMarkers).passages.first?.text.hasSuffix("最深的项") == true)
        let deepList = (0..<1_000).map { String(repeating: "  ", count: $0) + "- 项\($0)" }.joined(separator: "\n")
        #expect(Fixtures.read("l.md", deepList).passages.count == 1_000)
        let unclosed = "**未闭合的粗体（和括号 ( 以及 [链接 与 《书名\u{0}"
        #expect(Fixtures.read("u.md", unclosed).passages.first?.text.contains("未闭合的粗体") == true)
        let longLine = String(repeating: "对齐研究 alignment ", count: 200_000)
        let passages = Fixtures.read("long.md", longLine).passages
        #expect(passages.count == 1)
        #expect(passages.first?.text.utf8.count == longLine.trimmingSpaces().utf8.count)
    }

    @Test("A code fence that is never closed does not swallow the rest of the file", arguments: ["```", "~~~"])
    func unclosedFence(fence: String) {
        let text = "# 标题\n\n\(fence)python\n代码没有闭合\n\n## 第二节\n\n对齐（Alignment）很重要。\n"
        let read = Fixtures.read("f.md", text)
        #expect(read.document.outline.map(\.displayTitle) == ["标题", "第二节"])
        #expect(read.passages.map(\.text) == ["标题", "代码没有闭合", "第二节", "对齐（Alignment）很重要。"])
        #expect(read.passages.map(\.source.line) == [1, 4, 6, 8])
        #expect(
            read.diagnostics.map(\.description) == [
                "f.md:3: warning: code fence \(fence) is never closed; the lines after it are read as text [markdown.unclosed-fence]"
            ])
        #expect(Fixtures.parse(["f.md": text]).concepts.map(\.english) == ["Alignment"])
    }

    @Test("A closed fence is code: neither text nor a warning")
    func closedFence() {
        let read = Fixtures.read("f.md", "```\n# 不是标题\n```\n正文。\n")
        #expect(read.passages.map(\.text) == ["正文。"])
        #expect(read.document.outline.isEmpty)
        #expect(read.diagnostics.isEmpty)
    }

    @Test("Section numbers and the column unit of sources")
    func sectionNumbers() {
        #expect(SectionNumber.split("5.1 社会伦理对齐评测")?.number == "5.1")
        #expect(SectionNumber.split("2 对LLM的科学理解")?.rest == "对LLM的科学理解")
        #expect(SectionNumber.split("2017年，与Transformer同一年") == nil)
        #expect(SectionNumber.split("1.2术语")?.number == "1.2")
    }
}
