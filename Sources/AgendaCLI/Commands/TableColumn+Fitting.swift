extension TableColumn {
    /// A column that keeps its longest value on one line when that fits in `cap`
    /// columns: file names and `document:line` read badly when wrapped at hyphens.
    static func unbroken(_ header: String, values: [String], cap: Int = 36, terminal: Terminal) -> TableColumn {
        let widest = values.flatMap { $0.split(separator: "\n") }.map { terminal.displayWidth.columns($0) }.max() ?? 6
        return TableColumn(header, minWidth: min(max(widest, 6), cap))
    }
}
