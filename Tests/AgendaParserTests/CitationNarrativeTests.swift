import Testing

@testable import AgendaParser

/// Narrative mentions and works named by `《title》`.
@Suite struct CitationNarrativeTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var key: String
        var authors: [String]
        var year: String?
        var title: String?
        var titleZh: String?
        var kind: Work.Kind = .unknown
        var mentionKind: Mention.Kind
        var mentionText: String
        var description: String { mentionText }
    }

    static let cases: [Case] = [
        Case(
            text: "在这些中,Kenton等人(2021年)的工作是唯一专注于LLMs的。", key: "kenton2021", authors: ["Kenton"], year: "2021",
            mentionKind: .narrative, mentionText: "Kenton等人(2021年)"),
        Case(
            text: "此前Smith和Jones（2019）讨论过。", key: "smith2019", authors: ["Smith", "Jones"], year: "2019",
            mentionKind: .narrative, mentionText: "Smith和Jones（2019）"),
        Case(
            text:
                "2017年，与Transformer同一年，Christiano等人发表了《深度强化学习来自人类偏好》（Deep reinforcement learning from human preferences）。这篇论文很重要。",
            key: "christiano2017", authors: ["Christiano"], year: "2017",
            title: "Deep reinforcement learning from human preferences",
            titleZh: "深度强化学习来自人类偏好", mentionKind: .narrative,
            mentionText: "Christiano等人发表了《深度强化学习来自人类偏好》（Deep reinforcement learning from human preferences）"),
        Case(
            text: "比如Kaplan等人的《神经语言模型的规模律》（Scaling laws for neural language models）。", key: "kaplan",
            authors: ["Kaplan"], year: nil, title: "Scaling laws for neural language models", titleZh: "神经语言模型的规模律",
            mentionKind: .narrative, mentionText: "Kaplan等人的《神经语言模型的规模律》（Scaling laws for neural language models）"),
        Case(
            text: "这一切让我想起了Richard Sutton发表的一篇著名的博客文章《苦涩的教训》（The Bitter Lesson）。Sutton是先驱。",
            key: "sutton", authors: ["Sutton"], year: nil, title: "The Bitter Lesson", titleZh: "苦涩的教训",
            kind: .blogPost,
            mentionKind: .narrative, mentionText: "Richard Sutton发表的一篇著名的博客文章《苦涩的教训》（The Bitter Lesson）"),
        Case(
            text: "OpenAI还发表了《用人类反馈学习摘要》（Learning to summarize with human feedback），展示了应用。", key: "openai",
            authors: ["OpenAI"], year: nil, title: "Learning to summarize with human feedback", titleZh: "用人类反馈学习摘要",
            mentionKind: .narrative, mentionText: "OpenAI还发表了《用人类反馈学习摘要》（Learning to summarize with human feedback）"),
        Case(
            text:
                "GPT-2在2019年用这种方式进行了微调。GPT-3在2022年的《用人类反馈训练语言模型遵循指令》（Training language models to follow instructions with human feedback）中也使用了RLHF。",
            key: "traininglanguagemodels2022", authors: [], year: "2022",
            title: "Training language models to follow instructions with human feedback",
            titleZh: "用人类反馈训练语言模型遵循指令", mentionKind: .title,
            mentionText: "《用人类反馈训练语言模型遵循指令》（Training language models to follow instructions with human feedback）"),
        Case(
            text:
                "最好的例子是AlphaFold，发表在《用AlphaFold进行高度准确的蛋白质结构预测》（Highly accurate protein structure prediction with AlphaFold）。",
            key: "highlyaccurateprotein", authors: [], year: nil,
            title: "Highly accurate protein structure prediction with AlphaFold",
            titleZh: "用AlphaFold进行高度准确的蛋白质结构预测", mentionKind: .title,
            mentionText: "《用AlphaFold进行高度准确的蛋白质结构预测》（Highly accurate protein structure prediction with AlphaFold）"),
        Case(
            text: "他们在一篇题为《意图对齐》的文章中给出定义。", key: "yituduiqi", authors: [], year: nil, title: nil, titleZh: "意图对齐",
            mentionKind: .title, mentionText: "《意图对齐》"),
        Case(
            text: "2023年，他在名为《对齐有多难》的讲座中谈到这一点。", key: "duiqiyouduonan2023", authors: [], year: "2023", title: nil,
            titleZh: "对齐有多难", kind: .speech, mentionKind: .title, mentionText: "《对齐有多难》"),
        Case(
            text: "他写了《Superintelligence》一书。", key: "superintelligence", authors: [], year: nil,
            title: "Superintelligence",
            titleZh: nil, kind: .book, mentionKind: .title, mentionText: "《Superintelligence》"),
    ]

    @Test(arguments: cases)
    func namedWork(_ expected: Case) throws {
        let works = CitationTesting.works(expected.text + "\n")
        let work = try #require(works.first)
        #expect(works.count == 1)
        #expect(work.key == expected.key)
        #expect(work.authors == expected.authors)
        #expect(work.year == expected.year)
        #expect(work.title == expected.title)
        #expect(work.titleZh == expected.titleZh)
        #expect(work.kind == expected.kind)
        #expect(work.mentions.map(\.kind) == [expected.mentionKind])
        #expect(work.mentions.map(\.text) == [expected.mentionText])
    }

    @Test(arguments: [
        "他在1960年发表于《Science》的一篇论文中提到。",
        "根据《中华人民共和国网络安全法》规定。",
        "2014年，《人工智能: 一种现代方法》作者之一Stuart Russell指出。",
        "我们读了《三体》，很受启发。",
        "在2022年(参见第3节)中，GPT-3表现更好。",
        "Bengio等人发表了第一个使用神经网络的概率语言模型。",
    ])
    func notAWork(_ text: String) {
        #expect(CitationTesting.works(text + "\n").isEmpty)
    }

    @Test func citationAfterATitleIsNotItsEnglishTitle() {
        let works = CitationTesting.works("他在论文《意图对齐》(Smith, 2020)中给出定义。\n")
        #expect(works.map(\.key) == ["smith2020", "yituduiqi"])
        #expect(works.map(\.title) == [nil, nil])
        #expect(works.map(\.titleZh) == [nil, "意图对齐"])
    }

    @Test func yearComesOnlyFromTheSameSentence() throws {
        let work = try #require(
            CitationTesting.works("2017年出现了Transformer。Christiano等人发表了《偏好学习》（Learning from preferences）。\n").first)
        #expect(work.year == nil)
        #expect(work.key == "christiano")
    }

    @Test func publicationWithYearAndLaterTitleByPronoun() throws {
        let text = "让我们回到开头。1943年，McCulloch和Pitts发表了第一个人工神经元的数学模型。他们的论文标题是《神经活动中固有的想法的逻辑演算》。这个标题反映了野心。\n"
        let works = CitationTesting.works(text)
        let work = try #require(works.first)
        #expect(works.count == 1)
        #expect(work.key == "mcculloch1943")
        #expect(work.authors == ["McCulloch", "Pitts"])
        #expect(work.titleZh == "神经活动中固有的想法的逻辑演算")
        #expect(work.mentions.map(\.kind) == [.narrative, .title])
        #expect(work.mentions.map(\.text) == ["McCulloch和Pitts发表了", "《神经活动中固有的想法的逻辑演算》"])
    }

    @Test func severalNarrativeTitlesInOneSentence() {
        let text =
            "比如Kaplan等人的《规模律》（Scaling laws for neural language models）、Rae等人的《规模化》（Scaling language models: methods, analysis），以及Wei等人的《涌现》（Emergent abilities of large language models）。\n"
        let works = CitationTesting.works(text)
        #expect(works.map(\.key) == ["kaplan", "rae", "wei"])
        #expect(works.map(\.titleZh) == ["规模律", "规模化", "涌现"])
        #expect(works.allSatisfy { $0.mentions.first?.kind == .narrative })
    }

    @Test func transcriptTitleSplitAcrossLinesAndGroups() throws {
        // A transcript: short lines; the group ends at `？`, so `》` starts the next group.
        var lines = (1...20).map { "第\($0)句话没有标点" }
        lines.insert(contentsOf: ["今天", "我们就来深入探讨实验室的四位科学家", "在一场名为《AI对齐到底有多难？", "》的主题沙龙中", "所分享的见解"], at: 3)
        let corpus = CitationTesting.parse([("talk.txt", lines.joined(separator: "\n") + "\n")])
        #expect(corpus.documents.first?.format == .transcript)
        let work = try #require(corpus.works.first)
        #expect(corpus.works.count == 1)
        #expect(work.titleZh == "AI对齐到底有多难？")
        #expect(work.kind == .speech)
        #expect(work.mentions.map(\.source.line) == [6])
        #expect(work.mentions.map(\.text) == ["《AI对齐到底有多难？》"])
    }
}
