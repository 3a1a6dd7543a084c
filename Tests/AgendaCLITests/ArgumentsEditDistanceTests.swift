import Testing

@testable import AgendaCLI

@Suite("EditDistance")
struct ArgumentsEditDistanceTests {
    @Test(arguments: [
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("format", "format", 0),
        ("fromat", "format", 1),  // swap of neighbours
        ("formt", "format", 1),
        ("formatt", "format", 1),
        ("farmat", "format", 1),
        ("kitten", "sitting", 3),
        ("ca", "abc", 3),  // optimal string alignment, not full Damerau
        ("LIST", "list", 0),
        ("欺骗对齐", "欺骗性对齐", 1),
        ("奖励黑客", "奖励破解", 2),
        ("对齐欺骗", "欺骗对齐", 4),
        ("对齐", "齐对", 1),
        ("e\u{0301}", "é", 0),  // one Character either way
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test func caseCanMatter() {
        #expect(EditDistance.between("LIST", "list", ignoringCase: false) == 4)
    }

    @Test func thresholdGrowsWithLength() {
        #expect(EditDistance.threshold(for: "ab") == 1)
        #expect(EditDistance.threshold(for: "--format") == 2)
        #expect(EditDistance.threshold(for: "deceptive-alignment") == 3)
        #expect(EditDistance.threshold(for: "欺骗性对齐") == 1)
    }

    @Test func suggestions() {
        let names = ["list", "show", "search", "export", "concepts", "works"]
        #expect(EditDistance.suggestions(for: "lsit", among: names) == ["list"])
        #expect(EditDistance.suggestions(for: "work", among: names) == ["works"])
        #expect(EditDistance.suggestions(for: "sho", among: names) == ["show"])
        #expect(EditDistance.suggestions(for: "xyz", among: names) == [])
        #expect(EditDistance.suggestions(for: "list", among: names) == [])  // exact: nothing to suggest
        let challenges = ["欺骗性对齐", "奖励破解", "可扩展监督", "目标错误泛化", "欺骗性对齐"]
        #expect(EditDistance.suggestions(for: "欺骗对齐", among: challenges) == ["欺骗性对齐"])
        #expect(EditDistance.suggestions(for: "可扩展监", among: challenges) == ["可扩展监督"])
        #expect(EditDistance.suggestions(for: "a", among: ["b", "c", "d", "e"], limit: 2) == ["b", "c"])
    }
}
