import Testing

@testable import AgendaSearch

@Suite struct NormaliserTests {
    @Test(arguments: [
        ("ＲＬＨＦ", "rlhf"),
        ("ＬＬＭ智能体", "llm智能体"),
        ("RLHF的实践", "rlhf的实践"),
        ("Reward Hacking", "reward hacking"),
        ("（LLMs）：对齐，安全", "(llms):对齐,安全"),
        ("“对齐”、「安全」。", "\"对齐\",「安全」."),
        ("對齊與安全", "对齐与安全"),
        ("學習", "学习"),
        ("Schölkopf Café", "scholkopf cafe"),
        ("Cafe\u{301}", "cafe"),
        ("AI 对齐", "ai对齐"),
        ("对齐 安全", "对齐安全"),
        ("关于 AI 对齐的 见解", "关于ai对齐的见解"),
        ("reward \t  hacking", "reward hacking"),
        ("  leading and trailing  ", "leading and trailing"),
        ("zero\u{200B}width", "zerowidth"),
        ("mesa-optimization — GPT‐4", "mesa-optimization - gpt-4"),
        ("ﬁne ①", "fine 1"),
    ])
    func normalises(input: String, expected: String) {
        #expect(Normaliser.string(input) == expected)
    }

    @Test func originsPointAtTheSourceScalars() {
        var normaliser = Normaliser()
        // "Ａ" is 3 UTF-8 bytes, "對" 3, the space is dropped next to CJK.
        let (scalars, origins) = normaliser.normaliseWithOrigins("Ａ 對b")
        #expect(String(scalars: scalars) == "a对b")
        #expect(origins == [0..<3, 4..<7, 7..<8])
    }

    @Test func expansionsShareTheirSource() {
        var normaliser = Normaliser()
        let (scalars, origins) = normaliser.normaliseWithOrigins("xﬁy")
        #expect(String(scalars: scalars) == "xfiy")
        #expect(origins == [0..<1, 1..<4, 1..<4, 4..<5])
    }

    @Test func mapsMatchesBackToTheOriginalText() {
        let original = "避免奖励劫持/游戏 (Avoiding Reward Hacking/Gaming)"
        let normalised = Array(Normaliser.string(original).utf8)
        let needle = Array("reward hacking".utf8)
        let start = (0...(normalised.count - needle.count)).first {
            Array(normalised[$0..<($0 + needle.count)]) == needle
        }!
        let ranges = SearchIndex.originalRanges([start..<(start + needle.count)], in: original)
        #expect(ranges.count == 1)
        #expect(ranges.first.flatMap { $0.range(in: original) }.map { String(original[$0]) } == "Reward Hacking")
    }
}
