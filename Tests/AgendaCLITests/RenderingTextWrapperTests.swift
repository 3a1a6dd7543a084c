import AgendaTestSupport
import Testing

@testable import AgendaCLI

@Suite("TextWrapper")
struct RenderingTextWrapperTests {
    func wrap(_ text: String, _ width: Int, wide: Bool = false) -> [String] {
        TextWrapper(width: width, measure: DisplayWidth(ambiguousIsWide: wide)).wrap(text)
    }

    /// A text that fits is one line as it stands (the fast path); one with a space
    /// at either end or a line break goes through the wrapper, which drops or keeps
    /// them as always.
    @Test func aTextThatFitsIsOneLineAsItStands() {
        let wrapper = TextWrapper(width: 23)
        #expect(wrapper.wrap("奖励劫持 reward hacking") == ["奖励劫持 reward hacking"])
        #expect(wrapper.lineRanges("对齐（alignment）") == [0..<"对齐（alignment）".utf8.count])
        #expect(wrapper.wrap("trailing   ") == ["trailing"])
        #expect(wrapper.wrap("a\nb") == ["a", "b"])
        #expect(TextWrapper(width: 7).wrap("奖励劫持 x") == ["奖励劫", "持 x"])
    }

    @Test(arguments: [
        ("Superalignment", 14), ("mesa-optimization", 12), ("大语言模型", 2), ("LLM智能体", 3), ("a b", 1), ("", 0),
        ("Reward Hacking/Gaming", 14), ("two\nlines", 5), ("（deceptive", 11),  // no break after an opening bracket
    ])
    func theWidestWordIsTheWidestRunWithoutABreak(text: String, width: Int) {
        #expect(DisplayWidth.standard.widestWord(text) == width, "\(text)")
    }

    @Test func latinBreaksAtSpaces() {
        #expect(
            wrap("the quick brown fox jumps over the lazy dog", 10) == [
                "the quick", "brown fox", "jumps over", "the lazy", "dog",
            ])
        #expect(wrap("fits", 10) == ["fits"])
        #expect(wrap("exactly10c", 10) == ["exactly10c"])
        #expect(wrap("two  spaces   here", 6) == ["two", "spaces", "here"])
        #expect(wrap("trailing   ", 20) == ["trailing"])
    }

    @Test func longWordsAreHardBroken() {
        #expect(wrap("supercalifragilistic", 8) == ["supercal", "ifragili", "stic"])
        #expect(
            wrap("see https://example.org/a/very/long/path ok", 12) == [
                "see", "https://exam", "ple.org/a/ve", "ry/long/path", "ok",
            ])
    }

    @Test func hyphenatedWordsBreakAfterTheHyphen() {
        #expect(wrap("state-of-the-art model", 10) == ["state-of-", "the-art", "model"])
        #expect(wrap("range -5 to 5", 7) == ["range", "-5 to 5"])
    }

    @Test("A hyphen before a digit stays with it (UAX #14 LB25)")
    func hyphenBeforeADigitIsNoBreak() {
        #expect(wrap("as utf-16be or gb18030", 8) == ["as", "utf-16be", "or", "gb18030"])
        #expect(wrap("GPT-4 and GPT-4o", 8) == ["GPT-4", "and", "GPT-4o"])
        #expect(wrap("Well-Characterized", 10) == ["Well-", "Characteri", "zed"])
    }

    @Test func cjkBreaksBetweenCharacters() {
        #expect(wrap("人工智能安全研究议程", 8) == ["人工智能", "安全研究", "议程"])
        #expect(wrap("人工智能安全研究议程", 7) == ["人工智", "能安全", "研究议", "程"])
    }

    @Test func kinsokuKeepsClosingPunctuationOffLineStarts() {
        // "。" may not start a line: "全" moves down with it.
        #expect(wrap("我们研究安全。然后对齐", 8) == ["我们研究", "安全。然", "后对齐"])
        #expect(wrap("一二三四，五六", 8) == ["一二三", "四，五六"])
        #expect(wrap("一二三」，五", 6) == ["一二", "三」，", "五"])
    }

    @Test func kinsokuKeepsOpeningPunctuationOffLineEnds() {
        #expect(wrap("一二三「四五」六", 8) == ["一二三", "「四五」", "六"])
        #expect(wrap("他说“你好”", 6) == ["他说", "“你好”"])
    }

    @Test func mixedScripts() {
        #expect(wrap("使用RLHF训练的模型", 8) == ["使用RLHF", "训练的模", "型"])
        #expect(wrap("欺骗性对齐 (deceptive alignment) 是", 12) == ["欺骗性对齐", "(deceptive", "alignment)", "是"])
        #expect(wrap("see 第3节, then", 8) == ["see 第3", "节, then"])
    }

    @Test func explicitNewlinesAreKept() {
        #expect(wrap("one\ntwo\n\nthree", 20) == ["one", "two", "", "three"])
        #expect(wrap("", 10) == [""])
        #expect(wrap("\n", 10) == ["", ""])
        #expect(wrap("crlf\r\nline", 10) == ["crlf", "line"])
    }

    @Test func indentationIsKeptOnTheFirstLine() {
        #expect(wrap("  indented text here", 10) == ["  indented", "text here"])
        #expect(wrap("        中文", 8) == ["中文"])  // indentation alone would overflow
    }

    @Test func emojiAndCombiningMarks() {
        #expect(wrap("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", 4) == ["👨‍👩‍👧👨‍👩‍👧", "👨‍👩‍👧"])
        #expect(wrap("e\u{0301}e\u{0301}e\u{0301}e\u{0301}", 2) == ["e\u{0301}e\u{0301}", "e\u{0301}e\u{0301}"])
        // Devanagari KA + spacing vowel sign AA: one grapheme, 2 columns.
        #expect(
            wrap("\u{0915}\u{093E}\u{0915}\u{093E}\u{0915}\u{093E}", 2)
                == Array(repeating: "\u{0915}\u{093E}", count: 3))
    }

    @Test func ambiguousWidthChangesBreaks() {
        #expect(wrap("……——", 4) == ["……——"])
        #expect(wrap("“一”“二”", 6, wide: true) == ["“一”", "“二”"])
        #expect(wrap("“一”“二”", 8, wide: false) == ["“一”“二”"])
    }

    @Test func rangesPointIntoTheSource() {
        let text = "alpha beta 中文"
        let ranges = TextWrapper(width: 6).lineRanges(text)
        #expect(ranges == [0..<5, 6..<10, 11..<17])
    }

    @Test func styledTextKeepsItsSpans() {
        let text = StyledText(text: "find the match here", spans: [.init(range: 9..<14, style: .highlight)])
        let lines = TextWrapper(width: 9).wrap(text)
        #expect(lines.map(\.text) == ["find the", "match", "here"])
        #expect(lines[1].spans == [.init(range: 0..<5, style: .highlight)])
        #expect(lines[0].spans.isEmpty)
    }

    /// Every line fits, and no visible character is lost or invented.
    @Test(arguments: [8, 10, 13, 20, 40, 80])
    func linesNeverExceedTheWidth(width: Int) {
        var random = SeededRandom(seed: UInt64(width))
        let words = [
            "欺骗性对齐", "的", "模型", "，", "。", "「", "」", "（", "）", "“", "”", "……", "——", "AI", "safety", "alignment",
            "RLHF", " ", " ", " ", "\n", "supercalifragilisticexpialidocious", "state-of-the-art", "👨‍👩‍👧", "❤️",
            "e\u{0301}",
            "한국어", "、", "2023年", "(Hubinger", "et al.,", "2019)", "·", "：",
        ]
        for measure in [DisplayWidth.standard, DisplayWidth(ambiguousIsWide: true)] {
            let wrapper = TextWrapper(width: width, measure: measure)
            for _ in 0..<300 {
                let text = (0..<random.next(below: 40)).map { _ in words[random.next(below: words.count)] }.joined()
                let lines = wrapper.wrap(text)
                for line in lines {
                    #expect(measure.columns(line) <= width, "\(text.debugDescription) → \(line.debugDescription)")
                    #expect(!line.hasSuffix(" "))
                }
                let visible = { (s: String) in s.filter { $0 != " " && $0 != "\n" } }
                #expect(visible(lines.joined()) == visible(text))
            }
        }
    }

    /// Kinsoku holds whenever a line could have been broken elsewhere.
    @Test func noClosingPunctuationStartsALineInChineseProse() {
        let prose =
            "对齐研究关注的是：如何让人工智能系统的目标与人类的意图保持一致，而不是仅仅在训练分布上表现良好。"
            + "欺骗性对齐（deceptive alignment）指的是模型在训练中“假装”对齐，在部署后追求其他目标。"
        for width in 20...60 {
            let lines = wrap(prose, width)
            for line in lines.dropFirst() {
                #expect(!"，。、；：？！）」』”".contains(line.first!), "width \(width): \(line)")
            }
            for line in lines.dropLast() {
                #expect(!"（「『“".contains(line.last!), "width \(width): \(line)")
            }
        }
    }
}
