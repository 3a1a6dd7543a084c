import AgendaParser

/// A two-document corpus (plus a curated index) small enough to know every relation by heart.
///
/// a.md: 1 heading · 3 table row of 2.1 (mentions mesa优化) · 4 table row of 2.2 ·
///       6–8 paragraph citing Holtzman (6) and Wei (8) with `第2.1节` on 7 · 10 paragraph citing Adams.
/// b.txt: 2 paragraph with 2.1's title and a Christiano mention · 4–5 paragraph on 奖励劫持 /
///       reward hacking and mesa-optimization · 9 paragraph on RL.
enum SampleCorpus {
    static func at(_ document: String, _ line: Int) -> SourceLocation {
        SourceLocation(document: document, line: line)
    }

    static func passage(_ kind: Passage.Kind, _ document: String, _ lines: [(Int, String)]) -> Passage {
        var text = ""
        var starts: [Int] = []
        for (_, line) in lines {
            starts.append(text.utf8.count)
            text += line
        }
        return Passage(
            kind: kind, text: text, lines: LineMap(document: document, starts: starts, lineNumbers: lines.map(\.0)))
    }

    static func document(_ name: String, _ title: String, role: Document.Role = .corpus) -> Document {
        Document(
            name: name, title: title, format: name.hasSuffix(".md") ? .markdown : .plainText, role: role,
            lineCount: 12, metadata: [:], outline: [])
    }

    static func work(
        _ key: String, _ author: String, _ year: String?, _ mentions: [(String, Int, String)],
        kind: Work.Kind = .unknown
    ) -> Work {
        Work(
            key: key, kind: kind, authors: [author], authorNames: [], year: year, title: nil, titleZh: nil,
            venue: nil, details: nil, arxiv: nil, doi: nil, url: nil,
            mentions: mentions.map { Mention(source: at($0.0, $0.1), text: $0.2, kind: .authorYear) },
            mergedBy: [])
    }

    static let corpus = Corpus(
        documents: [document("a.md", "对LLM的科学理解"), document("b.txt", ""), document("index.md", "索引", role: .index)],
        agendas: [
            Agenda(
                id: "anwar2024", name: "Anwar et al. 2024", title: nil, documents: ["a.md"], source: at("index.md", 1))
        ],
        categories: [
            Category(
                id: "2", agenda: "anwar2024", name: "对LLMs的科学理解", nameEn: "Scientific understanding",
                source: at("a.md", 1))
        ],
        challenges: [
            Challenge(
                id: "2.1", agenda: "anwar2024", category: "2", title: "上下文学习是黑盒子",
                titleEn: "In-context learning is \"black-box\"", summary: "上下文学习在多大程度上源于mesa优化",
                questions: ["LLMs中上下文学习的底层机制是什么？"], source: at("a.md", 3), discussedAt: [at("a.md", 7)]),
            Challenge(
                id: "2.2", agenda: "anwar2024", category: "2", title: "能力难以评估与理解", titleEn: nil,
                summary: "Capabilities of a world model are hard to pin down.",
                questions: ["How does Reward Hacking affect evaluation?"], source: at("a.md", 4), discussedAt: []),
        ],
        concepts: [
            Concept(
                term: "mesa优化", english: "mesa-optimization", aliases: [], aliasSources: [], definition: nil,
                definitionSource: nil, definedAt: [at("a.md", 3)], occurrences: [at("a.md", 3), at("b.txt", 5)]),
            Concept(
                term: "奖励劫持", english: "reward hacking", aliases: ["奖励破解"],
                aliasSources: [AliasSource(alias: "奖励破解", source: at("b.txt", 5))], definition: "模型钻奖励函数的空子",
                definitionSource: at("b.txt", 4), definedAt: [at("b.txt", 4)],
                occurrences: [at("b.txt", 4), at("b.txt", 5)]),
            Concept(
                term: "RL", english: "reinforcement learning", aliases: [], aliasSources: [], definition: nil,
                definitionSource: nil, definedAt: [at("b.txt", 9)], occurrences: [at("b.txt", 9)]),
        ],
        works: [
            work("wei2022", "Wei", "2022", [("a.md", 8, "Wei等, 2022")]),
            work("holtzman2023", "Holtzman", "2023", [("a.md", 6, "Holtzman等, 2023")], kind: .preprint),
            work("adams", "Adams", nil, [("a.md", 10, "Adams")]),
            work("christiano2017", "Christiano", "2017", [("b.txt", 2, "Christiano等人")]),
        ],
        passages: [
            passage(.heading, "a.md", [(1, "2 对LLM的科学理解")]),
            passage(.tableRow, "a.md", [(3, "上下文学习是黑盒子 我们尚未理解mesa优化")]),
            passage(.tableRow, "a.md", [(4, "能力难以评估与理解 评估方法存在缺陷")]),
            passage(
                .paragraph, "a.md",
                [
                    (6, "LLMs展现出复杂系统的特征(Holtzman等, 2023)，"), (7, "仅依赖评估并不充分(参见第2.1节)"), (8, "涌现行为(Wei等, 2022)。"),
                ]),
            passage(.paragraph, "a.md", [(10, "科学理解有多种形式(Adams)。")]),
            passage(.paragraph, "b.txt", [(2, "Christiano等人认为上下文学习是黑盒子。")]),
            passage(.paragraph, "b.txt", [(4, "奖励劫持(reward hacking)是常见问题；"), (5, "奖励破解与mesa-optimization有关。")]),
            passage(.paragraph, "b.txt", [(9, "RL needs rewards.")]),
        ],
        diagnostics: [])
}
