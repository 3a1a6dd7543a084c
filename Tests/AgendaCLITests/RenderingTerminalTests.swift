import Glibc
import Testing

@testable import AgendaCLI

@Suite("Terminal and Style")
struct RenderingTerminalTests {
    let tty = TerminalProbe(isTTY: true, columns: 132)

    @Test func widthPrecedence() {
        #expect(Terminal.resolve(widthOption: 100, environment: ["COLUMNS": "60"], probe: tty).width == 100)
        #expect(Terminal.resolve(environment: ["COLUMNS": "60"], probe: tty).width == 132)
        #expect(Terminal.resolve(environment: ["COLUMNS": "60"], probe: .pipe).width == 60)
        #expect(Terminal.resolve(environment: ["COLUMNS": "wide"], probe: .pipe).width == 80)
        #expect(Terminal.resolve(environment: ["COLUMNS": "0"], probe: .pipe).width == 80)
        #expect(Terminal.resolve(environment: [:], probe: .pipe).width == 80)
        #expect(Terminal.resolve(widthOption: 5, environment: [:], probe: .pipe).width == 20)
        #expect(Terminal.resolve(environment: ["COLUMNS": "12"], probe: .pipe).width == 20)
        #expect(Terminal(width: 3).width == 20)
    }

    @Test(arguments: [
        (ColorMode.auto, true, [String: String](), true),
        (.auto, false, [:], false),
        (.auto, true, ["NO_COLOR": "1"], false),
        (.auto, true, ["NO_COLOR": ""], true),  // empty NO_COLOR does not count
        (.auto, true, ["TERM": "dumb"], false),
        (.auto, true, ["TERM": "xterm-256color"], true),
        (.always, false, ["NO_COLOR": "1", "TERM": "dumb"], true),
        (.never, true, [:], false),
    ])
    func colour(mode: ColorMode, isTTY: Bool, environment: [String: String], expected: Bool) {
        let probe = TerminalProbe(isTTY: isTTY, columns: nil)
        let terminal = Terminal.resolve(colorMode: mode, environment: environment, probe: probe)
        #expect(terminal.colorEnabled == expected)
        #expect(terminal.isTTY == isTTY)
    }

    @Test func colorModeNames() {
        #expect(ColorMode.allCases.map(\.rawValue) == ["auto", "always", "never"])
    }

    @Test func ambiguousPolicyTravelsWithTheTerminal() {
        let terminal = Terminal.resolve(environment: [:], probe: .pipe, ambiguousIsWide: true)
        #expect(terminal.displayWidth.columns("“”") == 4)
        #expect(Terminal.plain().displayWidth.columns("“”") == 2)
    }

    @Test func probeOfAPipeIsNotATerminal() {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer {
            close(fds[0])
            close(fds[1])
        }
        #expect(TerminalProbe.probe(fileDescriptor: fds[1]) == .pipe)
    }

    @Test func styles() {
        #expect(Style.bold.apply(to: "x", enabled: true) == "\u{1B}[1mx\u{1B}[0m")
        #expect(Style.bold.apply(to: "x", enabled: false) == "x")
        #expect(Style.highlight.apply(to: "中", enabled: true) == "\u{1B}[1;31m中\u{1B}[0m")
        #expect((Style.bold + .cyan).openSequence == "\u{1B}[1;36m")
        #expect((Style.bold + .bold).parameters == [1])
        #expect(Style.plain.apply(to: "x", enabled: true) == "x")
        #expect(Style.red.apply(to: "", enabled: true) == "")
        #expect(Style.dim.apply(to: "a\n\nb", enabled: true) == "\u{1B}[2ma\u{1B}[0m\n\n\u{1B}[2mb\u{1B}[0m")
        #expect(Terminal(width: 80, colorEnabled: true).styled("x", .green) == "\u{1B}[32mx\u{1B}[0m")
        #expect(Terminal.plain().styled("x", .green) == "x")
        let codes: [Style: UInt8] = [.underline: 4, .red: 31, .yellow: 33, .blue: 34, .magenta: 35, .dim: 2]
        for (style, code) in codes { #expect(style.parameters == [code]) }
    }

    @Test func styledTextSpans() {
        let text = StyledText(text: "找到 deceptive 对齐", spans: [.init(range: 7..<16, style: .highlight)])
        #expect(text.rendered(colorEnabled: false) == "找到 deceptive 对齐")
        #expect(text.rendered(colorEnabled: true) == "找到 \u{1B}[1;31mdeceptive\u{1B}[0m 对齐")
        let nested = StyledText(
            text: "abc", spans: [.init(range: 0..<3, style: .dim), .init(range: 1..<2, style: .bold)])
        #expect(nested.rendered(colorEnabled: true) == "\u{1B}[2ma\u{1B}[0m\u{1B}[2;1mb\u{1B}[0m\u{1B}[2mc\u{1B}[0m")
        let joined = StyledText("中", style: .red) + StyledText("文", style: .blue)
        #expect(joined.spans.map(\.range) == [0..<3, 3..<6])
        #expect(joined.slice(3..<6) == StyledText("文", style: .blue))
    }

    @Test func styledTextSanitizingMovesSpans() {
        let text = StyledText(
            text: "\u{1B}[1mab\u{1B}[0m中",
            spans: [.init(range: 5..<6, style: .bold), .init(range: 10..<13, style: .red)])
        let clean = text.sanitized()
        #expect(clean.text == "ab中")
        #expect(clean.spans == [.init(range: 1..<2, style: .bold), .init(range: 2..<5, style: .red)])
    }
}
