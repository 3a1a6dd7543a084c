import AgendaTestSupport
import Testing

@testable import AgendaCLI

@Suite("TerminalText.sanitize")
struct RenderingTerminalTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("中文，标点。", "中文，标点。"),
        ("line\nbreak", "line\nbreak"),
        ("a\tb", "a b"),
        ("crlf\r\nline", "crlf\nline"),
        ("old\rmac", "old\nmac"),
        ("bell\u{07}", "bell"),
        ("nul\u{00}x", "nulx"),
        ("del\u{7F}x", "delx"),
        ("c1\u{85}\u{8D}x", "c1x"),
        ("\u{1B}[31mred\u{1B}[0m", "red"),
        ("\u{1B}[1;38;5;196mbold\u{1B}[m!", "bold!"),
        ("\u{1B}[?25l hidden cursor", " hidden cursor"),
        ("\u{1B}[2J\u{1B}[Hclear", "clear"),
        ("\u{1B}]0;title\u{07}after", "after"),
        ("\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
        ("\u{1B}]52;c;AAAA\u{9C}clip", "clip"),
        ("\u{1B}Pq#0;2;0;0;0\u{1B}\\sixel", "sixel"),
        ("\u{1B}_apc\u{1B}\\x", "x"),
        ("\u{1B}(Bcharset", "charset"),
        ("\u{1B}7save\u{1B}8", "save"),
        ("\u{1B}c reset", " reset"),
        ("\u{9B}31mc1 csi", "c1 csi"),
        ("\u{9D}0;t\u{07}c1 osc", "c1 osc"),
        ("\u{1B}]unterminated\nnext line", "\nnext line"),
        ("\u{1B}[31\nbroken", "\nbroken"),
        ("trailing\u{1B}", "trailing"),
        ("\u{1B}\u{1B}[0mdouble", "double"),
        ("\u{1B}中", "中"),
        ("abc\u{202E}evil\u{202C}", "abcevil"),
        ("\u{2066}iso\u{2069}\u{2067}x\u{2068}", "isox"),
        ("\u{200E}ltr\u{200F}rtl\u{061C}", "ltrrtl"),
        ("para\u{2028}sep\u{2029}end", "para\nsep\nend"),
        ("keep\u{200D}zwj\u{200B}zwsp", "keep\u{200D}zwj\u{200B}zwsp"),
        ("😀 e\u{0301}", "😀 e\u{0301}"),
    ])
    func sanitize(input: String, expected: String) {
        #expect(TerminalText.sanitize(input) == expected)
        #expect(TerminalText.needsSanitizing(input) == (input != expected))
    }

    @Test func cleanTextIsReturnedUnchanged() {
        let text = String(repeating: "欺骗性对齐 deceptive alignment\n", count: 100)
        #expect(!TerminalText.needsSanitizing(text))
        #expect(TerminalText.sanitize(text) == text)
    }

    /// Whatever goes in, nothing that a terminal interprets comes out.
    @Test func outputHasNoControls() {
        var random = SeededRandom(seed: 7)
        let pieces = [
            "\u{1B}", "[", "]", "\u{07}", "\u{9C}", "\u{9B}", "\\", "m", "31", ";", "中", "a", "\n", "\r", "\t",
            "\u{202E}", "\u{85}", "P", "_", " ",
        ]
        for _ in 0..<500 {
            let input = (0..<random.next(below: 30)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let output = TerminalText.sanitize(input)
            let bad = output.unicodeScalars.filter { scalar in
                let value = scalar.value
                return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
                    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            }
            #expect(bad.isEmpty, "\(input.debugDescription) → \(output.debugDescription)")
            #expect(TerminalText.sanitize(output) == output)
        }
    }

    @Test func safeScalarsCarrySourceOffsets() {
        var seen: [(String, Int)] = []
        TerminalText.forEachSafeScalar(in: "a\u{1B}[1m中\tb") { scalar, offset in
            seen.append((String(scalar), offset))
        }
        #expect(seen.map(\.0) == ["a", "中", " ", "b"])
        #expect(seen.map(\.1) == [0, 5, 8, 9])
    }
}
