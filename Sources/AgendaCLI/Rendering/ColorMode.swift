/// `--color WHEN`: whether to emit ANSI styles.
enum ColorMode: String, CaseIterable, Sendable, Hashable, Codable {
    /// Colour when stdout is a terminal, `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
    case auto
    /// Colour even into pipes and files (`less -R`, `--color always | cat`).
    case always
    /// Never colour.
    case never
}
