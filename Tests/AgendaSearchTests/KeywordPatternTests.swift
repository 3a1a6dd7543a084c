import Testing

@testable import AgendaSearch

@Suite struct KeywordPatternTests {
    static func pattern(_ text: String) -> KeywordPattern {
        var normaliser = Normaliser()
        var scalars: [UInt32] = []
        normaliser.normalise(text, into: &scalars)
        return KeywordPattern(normalised: scalars)
    }

    @Test(arguments: [
        ("对齐", KeywordPattern.Ending.free, ["对齐@0"]),
        ("投", .free, ["投@0"]),
        ("数据投毒", .free, ["数据@0", "据投@1", "投毒@2"]),
        ("mesa", .prefix, ["mesa*@0"]),
        ("ICL", .wordOrPlural, ["icl(s|es)@0"]),
        ("LLM智能体", .free, ["llm@0", "智能@1", "能体@2"]),
        ("AI对", .free, ["ai@0", "对@1"]),
        ("reward hacking", .prefix, ["reward@0", "hacking*@1"]),
        ("2.4", .wordOrPlural, ["2.4(s|es)@0"]),
        ("2.4.5", .prefix, ["2.4.5*@0"]),
        ("(LLMs)", .free, ["llms@0"]),
    ])
    func looksUpTheRightTerms(text: String, ending: KeywordPattern.Ending, lookups: [String]) {
        let pattern = Self.pattern(text)
        #expect(pattern.ending == ending)
        #expect(pattern.lookups.map(\.description) == lookups)
    }

    @Test func punctuationAloneIsNotSearchable() {
        #expect(!Self.pattern("、—").isSearchable)
        #expect(Self.pattern("a").isSearchable)
    }
}
