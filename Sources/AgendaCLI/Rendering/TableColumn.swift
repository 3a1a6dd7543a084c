/// One column of a `TableRenderer`: header and layout policy.
struct TableColumn: Sendable, Hashable {
    /// What a cell does when its text is wider than the column.
    enum Overflow: Sendable, Hashable {
        /// Continue on more lines inside the cell (the row grows).
        case wrap
        /// Stay on one line, cut with `…`.
        case truncate
    }

    enum Alignment: Sendable, Hashable {
        case left, right
    }

    /// Minimum width of a column that sets none: narrower columns read badly.
    static let defaultMinimumWidth = 6

    var header: String
    /// Never narrower than this (default `defaultMinimumWidth`, or the
    /// content's width if smaller); rows become records when that cannot fit.
    var minWidth: Int?
    /// Never wider than this.
    var maxWidth: Int?
    var overflow: Overflow
    var alignment: Alignment
    /// Applied to every body cell of the column (e.g. `.dim` for locations).
    var style: Style

    init(
        _ header: String,
        minWidth: Int? = nil,
        maxWidth: Int? = nil,
        overflow: Overflow = .wrap,
        alignment: Alignment = .left,
        style: Style = .plain
    ) {
        self.header = header
        self.minWidth = minWidth
        self.maxWidth = maxWidth
        self.overflow = overflow
        self.alignment = alignment
        self.style = style
    }
}
