import Testing

@testable import AgendaCLI

@Suite("DisplayWidth")
struct RenderingDisplayWidthTests {
    let narrow = DisplayWidth.standard
    let wide = DisplayWidth(ambiguousIsWide: true)

    @Test(arguments: [
        ("", 0),
        ("hello", 5),
        ("中文", 4),
        ("AI 安全", 7),
        ("，。、；：？！", 14),  // fullwidth punctuation
        ("（欺骗性对齐）", 14),
        ("ｱｲｳ", 3),  // halfwidth katakana
        ("ＡＢ", 4),  // fullwidth Latin
        ("한국어", 6),
        ("e\u{0301}", 1),  // combining acute
        ("\u{20DD}", 0),  // enclosing circle (Me)
        ("a\u{200B}b", 2),  // zero width space
        ("a\u{200D}b", 2),  // ZWJ between letters
        ("a\u{FE0F}", 1),  // VS16 after a letter: nothing
        ("\u{00AD}", 1),  // soft hyphen is drawn
        ("tab\there", 7),  // controls take no columns
        ("\u{1B}[31m", 4),  // ESC is zero, the rest is text: sanitise first
        ("\u{3000}", 2),  // ideographic space
        ("\u{20000}", 2),  // CJK extension B
        ("\u{2A6DF}", 2),
        ("\u{3400}", 2),  // extension A
        ("𠀀𪛖", 4),
        ("\u{1100}\u{1161}\u{11A8}", 2),  // Hangul jamo L V T
        ("\u{0627}\u{0644}", 2),  // Arabic letters
        ("\u{0915}\u{094D}\u{0937}", 2),  // Devanagari ksha: virama is Mn
    ])
    func widths(text: String, expected: Int) {
        #expect(narrow.columns(text) == expected)
    }

    @Test(arguments: [
        ("“引号”", 6, 8),
        ("……", 2, 4),
        ("·", 1, 2),
        ("─│├└", 4, 8),
        ("°±×÷", 4, 8),
        ("αβγ", 3, 6),  // Greek is ambiguous
        ("\u{E000}", 1, 2),  // private use
        ("abc", 3, 3),
    ])
    func ambiguous(text: String, narrowWidth: Int, wideWidth: Int) {
        #expect(narrow.columns(text) == narrowWidth)
        #expect(wide.columns(text) == wideWidth)
    }

    @Test(arguments: [
        ("😀", 2),
        ("❤", 1),  // text presentation by default
        ("❤️", 2),  // VS16: emoji presentation
        ("☺️", 2),
        ("1️⃣", 2),  // keycap sequence
        ("#️⃣", 2),
        ("👍🏽", 2),  // skin tone modifier
        ("👨‍👩‍👧", 2),  // ZWJ family
        ("👩‍❤️‍👨", 2),
        ("🏳️‍🌈", 2),
        ("❤️‍🔥", 2),
        ("🇨🇳", 2),  // flag: two regional indicators
        ("🫨", 2),  // Unicode 15 emoji, newer than Python's database
        ("🏽", 2),  // lone modifier
        ("😀😀", 4),
        ("x👍🏽y", 4),
    ])
    func emoji(text: String, expected: Int) {
        #expect(narrow.columns(text) == expected)
    }

    /// Widths add up over grapheme clusters, which lets layout measure piece by piece.
    @Test(arguments: [
        "中文 English 混排，标点。", "👨‍👩‍👧 family ❤️ 🇨🇳 flags 👍🏽", "e\u{0301}\u{0302}x한\u{11A8}", "a\u{200D}😀\u{200D}b",
        "“quote” …… — ·", "1️⃣2️⃣#️⃣", "\u{0915}\u{094D}\u{0937}\u{093F}",
    ])
    func additiveOverCharacters(text: String) {
        for measure in [narrow, wide] {
            #expect(measure.columns(text) == text.reduce(0) { $0 + measure.columns($1) })
        }
    }

    @Test func scalarWidthsIgnoreContext() {
        #expect(narrow.columns(Unicode.Scalar(0x4E2D)!) == 2)
        #expect(narrow.columns(Unicode.Scalar(0x0301)!) == 0)
        #expect(narrow.columns(Unicode.Scalar(0x2500)!) == 1)
        #expect(wide.columns(Unicode.Scalar(0x2500)!) == 2)
        #expect(narrow.columns(Unicode.Scalar(0x0007)!) == 0)
        #expect(narrow.columns(Unicode.Scalar(0x0085)!) == 0)
        #expect(narrow.columns(Unicode.Scalar(0xFF01)!) == 2)
    }

    /// The generated table is sorted and disjoint, or binary search would lie.
    @Test func tableIsSortedAndDisjoint() {
        let starts = EastAsianWidthTable.starts
        let ends = EastAsianWidthTable.ends
        #expect(starts.count == ends.count)
        #expect(starts.count == EastAsianWidthTable.kinds.count)
        for index in starts.indices {
            #expect(starts[index] <= ends[index])
            if index > 0 { #expect(ends[index - 1] < starts[index]) }
        }
        #expect(EastAsianWidthTable.kinds.allSatisfy { (1...3).contains($0) })
    }

    @Test func kindLookupAtRangeEdges() {
        #expect(DisplayWidth.kind(of: 0x1100) == .wide)
        #expect(DisplayWidth.kind(of: 0x115F) == .wide)
        #expect(DisplayWidth.kind(of: 0x1160) == .zero)
        #expect(DisplayWidth.kind(of: 0x0300) == .zero)
        #expect(DisplayWidth.kind(of: 0x036F) == .zero)
        #expect(DisplayWidth.kind(of: 0x0370) == .narrow)
        #expect(DisplayWidth.kind(of: 0x10FFFF) == .narrow)
        #expect(DisplayWidth.kind(of: 0x0378) == .narrow)  // unassigned outside CJK blocks
    }

    @Test func characterWidths() {
        #expect(narrow.columns(Character("中")) == 2)
        #expect(narrow.columns(Character("a")) == 1)
        #expect(narrow.columns(Character("\u{7F}")) == 0)
        #expect(narrow.columns(Character("👨‍👩‍👧")) == 2)
    }
}
