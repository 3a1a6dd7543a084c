import Testing

@testable import AgendaSearch

/// Where a keyword may match inside normalised text.
@Suite struct MatchingTests {
    static func matches(_ keyword: String, in text: String) -> [String] {
        let collection = FieldedCollection(bodies: [text])
        let pattern = KeywordPatternTests.pattern(keyword)
        let found = collection.matches(of: pattern)
        let normalised = collection.texts.text(0)
        #expect(found.count(in: 0) == collection.texts.occurrences(of: pattern, in: 0).count)
        return collection.texts.occurrences(of: pattern, in: 0).map { range in
            String(decoding: Array(normalised.utf8)[range], as: UTF8.self)
        }
    }

    @Test(arguments: [
        ("投毒", "像越狱、提示注入和数据投毒等", ["投毒"]),
        ("投毒", "以及投毒攻击(第3.6节)", ["投毒"]),
        ("对齐", "對齊與對齊", ["对齐", "对齐"]),
        ("mesa", "源于mesa优化（mesa-optimization）", ["mesa", "mesa"]),
        ("mesa", "内优化器 (Mesa-optimizer)", ["mesa"]),
        ("mesa", "mesaoptimizers", ["mesa"]),
        ("llm", "LLMs的对齐与LLM智能体", ["llm", "llm"]),
        ("ICL", "This article will introduce ICL and ICLs", ["icl", "icl"]),
        ("ICL", "published at ICLR", []),
        ("reward", "rewards and reward-model", ["reward", "reward"]),
        ("2.4", "第2.4节和第2.4.5节", ["2.4"]),
        ("2.4", "12.4 and 3.2.4", []),
        ("2022", "Wei et al., 2022a; 2022", ["2022", "2022"]),
        ("AI对齐", "关于 AI 对齐的深刻见解", ["ai对齐"]),
        ("base64", "用base64讨论 base64 编码", ["base64", "base64"]),
        ("ＲＬＨＦ", "RLHF的实践", ["rlhf"]),
    ])
    func matchesExactlyWhereAllowed(keyword: String, text: String, expected: [String]) {
        #expect(Self.matches(keyword, in: text) == expected)
    }

    @Test func bigramsInTheWrongOrderAreNotAHit() {
        // Both bigrams of 安全对齐 occur (安全, 全对 …) but never as the phrase.
        #expect(Self.matches("对齐安全", in: "安全对齐，对齐与安全").isEmpty)
        #expect(Self.matches("齐安", in: "对齐。安全").isEmpty)
    }

    @Test func identifierFieldsMatchWholeWordsOnly() {
        let collection = FieldedCollection(units: [
            [(.identifier, "mesa")], [(.identifier, "mesa2023")], [(.body, "mesa2023")],
        ])
        let found = collection.matches(of: KeywordPatternTests.pattern("mesa"))
        #expect(found.units == [0, 2])
    }
}

/// A pattern that is exactly one CJK term takes its counts from the postings: they must
/// be the counts that verifying every text finds.
@Suite struct ExactTermTests {
    static func verified(_ pattern: KeywordPattern, in collection: FieldedCollection) -> [Int32: Int] {
        var counts: [Int32: Int] = [:]
        for text in 0..<collection.texts.count {
            let found = collection.texts.occurrences(of: pattern, in: text).count
            if found > 0 { counts[Int32(text)] = found }
        }
        return counts
    }

    @Test(arguments: ["对齐", "奖", "哈哈", "安全", "監督", "𠀀字"])
    func postingsCountLikeTheTexts(_ keyword: String) throws {
        let texts = [
            "对齐对齐，再对齐", "哈哈哈", "哈哈 哈哈", "奖励劫持与奖励破解", "安全、对 齐与监督", "无关的句子", "𠀀字𠀀字",
            "监督监督监督",
        ]
        let collection = FieldedCollection(bodies: texts)
        let pattern = KeywordPatternTests.pattern(keyword)
        let found = collection.matches(of: pattern)
        let expected = Self.verified(pattern, in: collection)
        #expect(
            Dictionary(uniqueKeysWithValues: zip(found.texts, found.counts.map(Int.init))) == expected, "\(keyword)")
        #expect(found.units == found.texts)
    }

    @Test func theBundledCorpusCountsAlike() throws {
        let index = try Fixtures.realIndex.get()
        for keyword in ["对齐", "奖", "模型", "越狱", "人类"] {
            let pattern = KeywordPatternTests.pattern(keyword)
            let found = index.passages.matches(of: pattern)
            #expect(!found.texts.isEmpty, "\(keyword)")
            let expected = ExactTermTests.verified(pattern, in: index.passages)
            #expect(
                Dictionary(uniqueKeysWithValues: zip(found.texts, found.counts.map(Int.init))) == expected, "\(keyword)"
            )
        }
    }
}
