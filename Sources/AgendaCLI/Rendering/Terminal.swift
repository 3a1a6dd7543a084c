/// Terminal facts decided once, at the edge, and passed down to every renderer.
struct Terminal: Sendable, Hashable {
    /// Columns available; never below `minimumWidth`.
    var width: Int
    /// Whether stdout is a terminal (pagers, progress, etc. may care).
    var isTTY: Bool
    /// Whether `Style`s emit ANSI SGR codes.
    var colorEnabled: Bool
    /// How East Asian Ambiguous characters (`“ ” … · ─ │`) are measured.
    var displayWidth: DisplayWidth

    static let minimumWidth = 20
    static let defaultWidth = 80

    init(width: Int, isTTY: Bool = false, colorEnabled: Bool = false, ambiguousIsWide: Bool = false) {
        self.width = max(width, Self.minimumWidth)
        self.isTTY = isTTY
        self.colorEnabled = colorEnabled
        self.displayWidth = DisplayWidth(ambiguousIsWide: ambiguousIsWide)
    }

    /// A pipe of the given width: no colour. What tests and `--color never` use.
    static func plain(width: Int = defaultWidth) -> Terminal {
        Terminal(width: width)
    }

    /// Decides width and colour from the command line, environment and stdout.
    ///
    /// - width: `widthOption` (`--width N`), else the tty's width, else
    ///   `COLUMNS` when it is a positive integer, else 80; at least 20.
    /// - colour: `always` on, `never` off; `auto` on only when stdout is a
    ///   tty, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
    static func resolve(
        widthOption: Int? = nil,
        colorMode: ColorMode = .auto,
        environment: [String: String],
        probe: TerminalProbe = .probe(),
        ambiguousIsWide: Bool = false
    ) -> Terminal {
        let width =
            widthOption
            ?? probe.columns
            ?? environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
            ?? defaultWidth
        let color: Bool
        switch colorMode {
        case .always: color = true
        case .never: color = false
        case .auto:
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            color = probe.isTTY && !noColor && environment["TERM"] != "dumb"
        }
        return Terminal(width: width, isTTY: probe.isTTY, colorEnabled: color, ambiguousIsWide: ambiguousIsWide)
    }

    /// `text` wrapped in `style`'s escape codes when colour is on, else `text`.
    func styled(_ text: String, _ style: Style) -> String {
        style.apply(to: text, enabled: colorEnabled)
    }
}
