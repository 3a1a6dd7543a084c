import Testing

@testable import AgendaSearch

@Suite struct TokeniserTests {
    @Test func splitsAtScriptBoundaries() {
        #expect(
            Token.tokens(of: "LLM智能体").map(\.description) == ["llm@0", "智@1", "智能@1", "能@2", "能体@2", "体@3"])
        #expect(Token.tokens(of: "RLHF的实践").map(\.description) == ["rlhf@0", "的@1", "的实@1", "实@2", "实践@2", "践@3"])
    }

    @Test func cjkRunsGiveUnigramsAndOverlappingBigrams() {
        let tokens = Token.tokens(of: "数据投毒")
        #expect(tokens.filter { $0.kind == .unigram }.map(\.text) == ["数", "据", "投", "毒"])
        #expect(tokens.filter { $0.kind == .bigram }.map(\.description) == ["数据@0", "据投@1", "投毒@2"])
    }

    @Test(arguments: [
        ("LLM", ["llm"]),
        ("base64 编码", ["base64"]),
        ("第2.4.5节", ["2.4.5"]),
        ("GPT-4 and mesa-optimization", ["gpt", "4", "and", "mesa", "optimization"]),
        ("e.g. 3.", ["e", "g", "3"]),
        ("API配置", ["api"]),
    ])
    func latinAndDigitRunsAreWords(input: String, words: [String]) {
        #expect(Token.tokens(of: input).filter { $0.kind == .word }.map(\.text) == words)
    }

    @Test func positionsCountWordsAndCJKCharacters() {
        let tokens = Token.tokens(of: "用 RLHF 训练 GPT-4")
        #expect(tokens.map(\.description) == ["用@0", "rlhf@1", "训@2", "训练@2", "练@3", "gpt@4", "4@5"])
    }

    @Test func punctuationSeparates() {
        #expect(Token.tokens(of: "对齐、安全").map(\.description) == ["对@0", "对齐@0", "齐@1", "安@2", "安全@2", "全@3"])
    }
}
