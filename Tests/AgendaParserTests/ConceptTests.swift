import Testing

@testable import AgendaParser

@Suite("Concepts of the bundled corpus")
struct ConceptCorpusTests {
    @Test(arguments: [
        ("可扩展的监管", "Scalable Oversight", "xiong-llm-alignment-survey.md:97"),
        ("外部对齐", "Outer Alignment", "xiong-llm-alignment-survey.md:167"),
        ("内优化器", "Mesa-optimizer", "xiong-llm-alignment-survey.md:168"),
        ("欺骗性对齐", "Deceptive Alignment", "xiong-llm-alignment-survey.md:170"),
        ("mesa优化", "mesa-optimization", "agenda-scientific-understanding.md:15"),
        ("涌现行为", "emergent behaviors", "agenda-scientific-understanding.md:5"),
        ("涌现", "Emergence", "llm-history-rlhf-chapter.md:81"),
        ("对齐问题", "Alignment Problem", "llm-history-rlhf-chapter.md:11"),
        ("链式思考推理", "Chain-of-thought Prompting", "llm-history-rlhf-chapter.md:79"),
        ("价值对齐问题", "Value Alignment Problem", "xiong-llm-alignment-survey.md:75"),
        ("连贯的外推意志", "Coherent Extrapolated Volition", "xiong-llm-alignment-survey.md:85"),
        ("有监督的微调", "Supervised Fine-tuning", "xiong-llm-alignment-survey.md:167"),
        ("理想决策理论和逻辑不确定性", "Idealized Decision Theory and Logical Uncertainty", "xiong-llm-alignment-survey.md:104"),
        ("自我保持", "Self-preservation", "xiong-llm-alignment-survey.md:124"),
        ("机械可解释性", "Mechanistic Interpretability", "xiong-llm-alignment-survey.md:192"),
        ("人类存亡风险", "Existential Risk", "xiong-llm-alignment-survey.md:47"),
    ])
    func termPairs(term: String, english: String, definedAt: String) throws {
        let concept = try #require(Fixtures.concept(term), "no concept \(term)")
        #expect(concept.english == english)
        #expect(concept.definedAt.contains(.at(definedAt)))
    }

    @Test("Aliases that the text links, each with its source")
    func aliases() throws {
        let reward = try #require(Fixtures.concept("奖励劫持"))
        #expect(reward.english == "reward hacking")
        #expect(reward.aliases == ["奖励破解"])
        #expect(reward.aliasSources.first?.source == .at("agenda-scientific-understanding.md:19"))

        let scaling = try #require(Fixtures.concept("规模律"))
        #expect(Set(scaling.aliases) == ["扩展定律", "规模化法则", "缩放规律", "标度律"])
        #expect(scaling.definedAt.contains(.at("xiong-llm-alignment-survey.md:37")), "标度律 joined across the page break")

        let icl = try #require(Fixtures.concept("上下文学习"))
        #expect(icl.english == "In-Context Learning")
        #expect(Set(icl.aliases) == ["ICL", "在场景中学习", "语境学习"])

        let rlhf = try #require(Fixtures.concept("人类反馈强化学习"))
        #expect(rlhf.english == "Reinforcement Learning from Human Feedback")
        #expect(Set(rlhf.aliases) == ["强化学习与人类反馈", "RLHF"])
        #expect(rlhf.definedAt == [.at("llm-history-rlhf-chapter.md:19"), .at("xiong-llm-alignment-survey.md:159")])

        let llm = try #require(Fixtures.concept("大语言模型"))
        #expect(llm.aliases.contains("大型语言模型"))
        #expect(llm.aliases.contains("LLMs"))
    }

    @Test func slashNamesExpand() throws {
        let avoid = try #require(Fixtures.concept("避免奖励劫持/游戏"))
        #expect(avoid.aliases == ["避免奖励劫持", "避免奖励游戏", "Avoiding Reward Hacking", "Avoiding Reward Gaming"])
        #expect(avoid.definition == "避免AI代理利用奖励函数中的漏洞反复攫取奖励而忽视真正的目标。")
    }

    @Test func definitionsFromBulletsAndDefinedAs() throws {
        #expect(try #require(Fixtures.concept("本体")).definition == "AI代理建模世界并知晓其是世界的一部分。")
        #expect(try #require(Fixtures.concept("自主复制")).definition == "部署在云端的AI代理获取相关资源（计算、资金等）并利用这些资源进行自我拷贝的能力")
    }

    @Test("Citations, people and titles are not concepts")
    func notConcepts() {
        let names = Set(Fixtures.corpus.concepts.flatMap(\.names))
        for name in [
            "Gabriel", "Lin et al., 2021", "Alex Tamkin", "亚历克斯·塔姆金", "The Bitter Lesson",
            "Scaling laws for neural language models", "ARCHES",
        ] {
            #expect(!names.contains(name), "\(name) should not be a concept name")
        }
    }

    @Test func occurrencesCoverEveryDocument() throws {
        let alignment = try #require(Fixtures.concept("人工智能对齐"))
        #expect(
            alignment.occurrences.prefix(2) == [
                .at("xiong-llm-alignment-survey.md:33"), .at("xiong-llm-alignment-survey.md:53"),
            ])
        let jailbreak = try #require(Fixtures.concept("越狱"))
        #expect(
            jailbreak.occurrences == [
                .at("agenda-introduction.txt:10"), .at("agenda-introduction.txt:19"),
                .at("alignment-salon-transcript.txt:225"), .at("alignment-salon-transcript.txt:243"),
            ])
    }
}

@Suite("Term pairs on small inputs")
struct TermPairTests {
    static func pairs(_ text: String, listItem: Bool = false) -> [TermPair] {
        TermPairScanner(document: "t.md").pairs(
            in: text, lines: LineMap(document: "t.md", line: 1), isListItem: listItem)
    }

    @Test(arguments: [
        ("研究了奖励模型（Reward Model）的作用", "奖励模型", "Reward Model"),
        ("研究了奖励模型 (Reward Model) 的作用", "奖励模型", "Reward Model"),
        ("研究了奖励模型(Reward Model)的作用", "奖励模型", "Reward Model"),
        ("这就是所谓的**对齐问题**（Alignment Problem）。", "对齐问题", "Alignment Problem"),
        ("提出了“递归奖励建模 (Recursive Reward Modeling, RRW)”的方案", "递归奖励建模", "Recursive Reward Modeling"),
        ("有许多工作研究了\"规模律\"（Scaling Laws）。", "规模律", "Scaling Laws"),
        ("我们称之为内优化器 (Mesa-optimizer)，", "内优化器", "Mesa-optimizer"),
        ("其中最显著的是涌现行为(emergent behaviors)", "涌现行为", "emergent behaviors"),
        ("（即有监督的微调 (Supervised Fine-tuning, SFT)）", "有监督的微调", "Supervised Fine-tuning"),
        ("LLMs的上下文学习在多大程度上源于mesa优化（mesa-optimization）", "mesa优化", "mesa-optimization"),
    ])
    func inlineForms(text: String, term: String, english: String) throws {
        let pair = try #require(Self.pairs(text).first)
        #expect(pair.term == term)
        #expect(pair.english == english)
    }

    @Test func abbreviationAfterComma() throws {
        let pair = try #require(Self.pairs("以ChatGPT为代表的大语言模型（Large Language Model, LLM）发展迅速").first)
        #expect(pair.term == "大语言模型")
        #expect(pair.english == "Large Language Model")
        #expect(pair.abbreviation == "LLM")
    }

    @Test func definitionBullet() throws {
        let pair = try #require(Self.pairs("可扩展的监管 (Scalable Oversight) : 将监管延伸至复杂任务。", listItem: true).first)
        #expect(pair.term == "可扩展的监管")
        #expect(pair.definition == "将监管延伸至复杂任务。")
        #expect(pair.origin == .definitionBullet)
        let fullWidth = try #require(Self.pairs("**自我保持**（Self-preservation）：为了实现最终目标。", listItem: true).first)
        #expect(fullWidth.term == "自我保持")
        #expect(fullWidth.definition == "为了实现最终目标。")
    }

    @Test(arguments: [
        "(Holtzman et al., 2023; Steinhardt, 2023)", "（Lin et al., 2021）", "对齐(Gabriel,2020;Ngo等人,2023)",
        "参见(第2.2.3节)", "人名亚历克斯·塔姆金（Alex Tamkin）", "《苦涩的教训》（The Bitter Lesson）",
        "English only (intelligence)", "资助（202203AA080004）", "步骤(1) 从用户", "未闭合（Open",
    ])
    func notPairs(text: String) {
        #expect(Self.pairs(text).isEmpty)
    }

    @Test func nestedParentheses() {
        let pairs = Self.pairs("归纳头（Induction Head，可用于解释语境学习（In-Context Learning））等")
        #expect(pairs.map(\.term) == ["归纳头", "语境学习"])
        #expect(pairs.map(\.english) == ["Induction Head", "In-Context Learning"])
    }

    @Test func mergingByEnglishAndAbbreviation() {
        let source = SourceLocation.at("t.md:1")
        let merged = ConceptMerger(pairs: [
            TermPair(
                term: "大语言模型", english: "Large Language Model", abbreviation: "LLM", definition: nil, source: source,
                origin: .inline),
            TermPair(
                term: "确保大型语言模型", english: "LLMs", abbreviation: "LLMs", definition: nil, source: .at("t.md:2"),
                origin: .inline),
            TermPair(
                term: "大型语言模型", english: "LLMs", abbreviation: "LLMs", definition: nil, source: .at("t.md:3"),
                origin: .inline),
        ]).merge()
        #expect(merged.count == 1)
        #expect(merged.first?.aliases == ["LLM", "大型语言模型"])
    }
}
