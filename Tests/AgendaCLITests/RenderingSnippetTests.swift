import AgendaTestSupport
import Testing

@testable import AgendaCLI

@Suite("Snippet")
struct RenderingSnippetTests {
    let chinese = "对齐研究关注的是：如何让人工智能系统的目标与人类的意图保持一致。\n\n欺骗性对齐（deceptive alignment）指的是模型在训练中“假装”对齐，在部署后追求其他目标。"
    let english =
        "In this paper we argue that   mesa-optimization\tposes a risk: a learned optimizer may pursue a mesa-objective that differs from the base objective."

    /// UTF-8 offsets of the first occurrence of `needle` in `text`.
    func range(of needle: String, in text: String) -> Range<Int> {
        let found = text.range(of: needle)!
        let utf8 = text.utf8
        return utf8.distance(
            from: utf8.startIndex, to: found.lowerBound)..<utf8.distance(from: utf8.startIndex, to: found.upperBound)
    }

    func snippet(_ text: String, _ needles: [String], width: Int) -> (String, [String]) {
        let result = Snippet(source: text, matches: needles.map { range(of: $0, in: text) }, width: width)
        let utf8 = result.text.utf8
        let marked = result.matches.map {
            String(
                result.text[
                    utf8.index(
                        utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)
                ])
        }
        #expect(DisplayWidth.standard.columns(result.text) <= width)
        return (result.text, marked)
    }

    @Test func shortTextIsWholeAndCollapsed() {
        let result = snippet("a  b\n\n c\t中文 ", ["中文"], width: 40)
        #expect(result.0 == "a b c 中文")
        #expect(result.1 == ["中文"])
    }

    @Test func matchNearTheStartKeepsTheStart() {
        let result = snippet(chinese, ["对齐研究"], width: 40)
        #expect(result.0 == "对齐研究关注的是：如何让人工智能系统的…")
        #expect(result.1 == ["对齐研究"])
    }

    @Test func matchInTheMiddleIsCutOnBothSides() {
        #expect(snippet(chinese, ["deceptive"], width: 30) == ("…对齐（deceptive alignment）…", ["deceptive"]))
        #expect(
            snippet(english, ["mesa-objective"], width: 50) == (
                "…pursue a mesa-objective that differs from the…", ["mesa-objective"]
            ))
    }

    @Test func matchNearTheEndUsesTheRoomBefore() {
        #expect(snippet(chinese, ["追求"], width: 40) == ("…练中“假装”对齐，在部署后追求其他目标。", ["追求"]))
        #expect(
            snippet(english, ["base objective"], width: 40) == (
                "…that differs from the base objective.", ["base objective"]
            ))
    }

    @Test func allMatchesInsideTheWindowAreReported() {
        let result = snippet(english, ["base", "mesa-objective"], width: 70)
        #expect(result.0 == "…may pursue a mesa-objective that differs from the base objective.")
        #expect(result.1 == ["mesa-objective", "base"])
        // The window follows the first match in the text, not in the list.
        let early = snippet(english, ["mesa-objective", "In this"], width: 70)
        #expect(early.0 == "In this paper we argue that mesa-optimization poses a risk: a learned…")
        #expect(early.1 == ["In this"])
    }

    @Test func matchWiderThanTheBudgetIsCut() {
        #expect(snippet(chinese, ["deceptive alignment"], width: 5) == ("…dec…", ["dec"]))
    }

    /// In a long text only the match's neighbourhood is looked at; the cut ends still get `…`.
    @Test func longTextsAreExcerptedFirst() {
        let text = String(repeating: "a ", count: 5000) + "目标" + String(repeating: " b", count: 5000)
        #expect(snippet(text, ["目标"], width: 20) == ("…a a 目标 b b b b b…", ["目标"]))
        let start = "目标" + String(repeating: " b", count: 5000)
        #expect(snippet(start, ["目标"], width: 12) == ("目标 b b b…", ["目标"]))
        let end = String(repeating: "a ", count: 5000) + "目标"
        #expect(snippet(end, ["目标"], width: 12) == ("…a a a 目标", ["目标"]))
    }

    @Test func noMatchesShowsTheStart() {
        #expect(snippet(english, [], width: 20) == ("In this paper we…", []))
    }

    @Test func matchesAcrossCollapsedWhitespace() {
        let text = "line one\n\n   line two"
        let result = Snippet(source: text, matches: [5..<17], width: 80)
        #expect(result.text == "line one line two")
        #expect(result.matches == [5..<13])  // "one line" (the blank lines became one space)
    }

    @Test func escapeSequencesAreRemovedAndOffsetsFollow() {
        let text = "\u{1B}[31mred\u{1B}[0m alert: 对齐"
        let result = Snippet(source: text, matches: [range(of: "对齐", in: text)], width: 80)
        #expect(result.text == "red alert: 对齐")
        #expect(result.matches == [11..<17])
    }

    @Test func styledSnippetHighlightsMatches() {
        let result = Snippet(source: "find the match", matches: [9..<14], width: 80)
        #expect(result.styledText().rendered(colorEnabled: true) == "find the \u{1B}[1;31mmatch\u{1B}[0m")
        #expect(result.styledText(.underline).rendered(colorEnabled: false) == "find the match")
    }

    @Test func ambiguousWideEllipsis() {
        let result = Snippet(
            source: english, matches: [range(of: "risk", in: english)], width: 30,
            measure: DisplayWidth(ambiguousIsWide: true))
        #expect(result.text == "…a risk: a learned…")  // cut at word boundaries
        #expect(DisplayWidth(ambiguousIsWide: true).columns(result.text) <= 30)
    }

    @Test(arguments: [1, 2, 3, 7, 15, 33, 60])
    func neverWiderThanTheBudget(width: Int) {
        var random = SeededRandom(seed: UInt64(width))
        let words = ["对齐", "，", "alignment", " ", "\n", "👍🏽", "“", "…", "mesa-optimizer", "e\u{0301}", "\t"]
        for _ in 0..<100 {
            let text = (0..<random.next(below: 30)).map { _ in words[random.next(below: words.count)] }.joined()
            let count = text.utf8.count
            let start = random.next(below: count + 1)
            let match = start..<min(count, start + random.next(below: 12))
            let result = Snippet(source: text, matches: [match], width: width)
            #expect(DisplayWidth.standard.columns(result.text) <= width, "\(text.debugDescription)")
            for found in result.matches {
                #expect(found.lowerBound >= 0 && found.upperBound <= result.text.utf8.count && !found.isEmpty)
            }
        }
    }
}
