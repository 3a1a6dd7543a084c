/// An ANSI SGR style, emitted only when colour is enabled.
///
/// Apply styles after layout, to text already cut to its columns: escape
/// codes then never count toward width. Each line is styled on its own so
/// styles never cross a newline (pagers and `grep` stay happy).
struct Style: Sendable, Hashable {
    /// SGR parameters in order, e.g. `[1, 31]` for bold red.
    var parameters: [UInt8]

    init(_ parameters: [UInt8]) {
        self.parameters = parameters
    }

    static let plain = Style([])
    static let bold = Style([1])
    static let dim = Style([2])
    static let underline = Style([4])
    static let red = Style([31])
    static let green = Style([32])
    static let yellow = Style([33])
    static let blue = Style([34])
    static let magenta = Style([35])
    static let cyan = Style([36])
    /// Search matches: bold red, as ripgrep and `grep --color` draw them.
    static let highlight = Style([1, 31])

    static let reset = "\u{1B}[0m"

    var isPlain: Bool { parameters.isEmpty }

    /// Both styles at once (`.bold + .cyan`).
    static func + (lhs: Style, rhs: Style) -> Style {
        Style(lhs.parameters + rhs.parameters.filter { !lhs.parameters.contains($0) })
    }

    /// The escape sequence that turns this style on, e.g. `ESC[1;31m`.
    var openSequence: String {
        "\u{1B}[" + parameters.map(String.init).joined(separator: ";") + "m"
    }

    /// `text` wrapped in this style when `enabled`; each line separately.
    func apply(to text: String, enabled: Bool) -> String {
        guard enabled, !isPlain, !text.isEmpty else { return text }
        guard text.utf8.contains(0x0A) else { return openSequence + text + Self.reset }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : openSequence + $0 + Self.reset }
            .joined(separator: "\n")
    }
}
