/// Draws rows as aligned columns that fit the terminal, like `gh` or `kubectl`.
///
/// ```
/// ID   标题                  年份
/// ───  ────────────────────  ────
/// C1   欺骗性对齐与内部优化  2019
/// ```
/// Header bold (with colour), a `─` rule under it, two spaces between
/// columns, no border. Cells wrap (or truncate with `…`) inside their
/// column, so no line is ever wider than `terminal.width`. When the columns
/// cannot all keep their minimum widths (`minWidth`, else 6, else the
/// content's width), each row is printed as `header  value` lines instead. Cell text is sanitised here; styles go on after layout.
struct TableRenderer: Sendable {
    var columns: [TableColumn]
    /// Print the header and its rule.
    var showsHeader: Bool
    /// Print rows as `header  value` records when the columns cannot fit.
    var allowsRecordFallback = true

    static let gap = 2

    init(columns: [TableColumn], showsHeader: Bool = true) {
        self.columns = columns
        self.showsHeader = showsHeader
    }

    /// Writes the table, one `\n`-terminated line at a time.
    func render(_ rows: [[StyledText]], terminal: Terminal, to output: inout some TextOutputStream) {
        for line in lines(rows, terminal: terminal) {
            output.write(line)
            output.write("\n")
        }
    }

    func render(_ rows: [[String]], terminal: Terminal, to output: inout some TextOutputStream) {
        render(rows.map { $0.map { StyledText($0) } }, terminal: terminal, to: &output)
    }

    /// The table as text (with escape codes when colour is on).
    func string(_ rows: [[String]], terminal: Terminal) -> String {
        var text = ""
        render(rows, terminal: terminal, to: &text)
        return text
    }

    func string(_ rows: [[StyledText]], terminal: Terminal) -> String {
        var text = ""
        render(rows, terminal: terminal, to: &text)
        return text
    }

    /// The rendered lines, without newlines.
    func lines(_ rows: [[StyledText]], terminal: Terminal) -> [String] {
        let measure = terminal.displayWidth
        let body = rows.map { row in
            columns.indices.map { index in
                prepare(index < row.count ? row[index] : "", column: columns[index])
            }
        }
        let headers = columns.map { StyledText(TerminalText.sanitize($0.header)) }
        let available = terminal.width - Self.gap * max(columns.count - 1, 0)
        let demands = columns.indices.map { index in
            demand(column: index, cells: body.map { $0[index] }, header: headers[index], measure: measure)
        }
        let fitted = TableLayout.widths(for: demands, available: available)
        if fitted == nil && allowsRecordFallback {
            return recordLines(headers: headers, body: body, terminal: terminal)
        }
        let widths = fitted ?? demands.map(\.floor)
        var lines: [String] = []
        if showsHeader {
            let bold = headers.map {
                StyledText(
                    text: $0.text, spans: $0.text.isEmpty ? [] : [.init(range: 0..<$0.text.utf8.count, style: .bold)])
            }
            lines += rowLines(bold, widths: widths, terminal: terminal, isHeader: true)
            lines.append(rule(widths: widths, terminal: terminal))
        }
        for row in body {
            lines += rowLines(row, widths: widths, terminal: terminal, isHeader: false)
        }
        return lines
    }

    /// Sanitised cell, trailing newlines dropped, one line when truncating, column style added.
    private func prepare(_ cell: StyledText, column: TableColumn) -> StyledText {
        var cell = cell.sanitized()
        while cell.text.hasSuffix("\n") { cell = cell.slice(0..<(cell.text.utf8.count - 1)) }
        if column.overflow == .truncate && cell.text.utf8.contains(0x0A) {
            cell.text = String(cell.text.map { $0 == "\n" ? " " : $0 })  // same UTF-8 length
        }
        if !column.style.isPlain && !cell.text.isEmpty {
            cell.spans.insert(.init(range: 0..<cell.text.utf8.count, style: column.style), at: 0)
        }
        return cell
    }

    private func demand(column index: Int, cells: [StyledText], header: StyledText, measure: DisplayWidth)
        -> TableLayout.Demand
    {
        let column = columns[index]
        var natural = showsHeader ? measure.widestLine(header.text) : 0
        var widestCluster = showsHeader ? measure.widestCluster(header.text) : 0
        var widestWord = showsHeader ? measure.widestWord(header.text) : 0
        for cell in cells {
            natural = max(natural, measure.widestLine(cell.text))
            widestCluster = max(widestCluster, measure.widestCluster(cell.text))
            if column.overflow == .wrap { widestWord = max(widestWord, measure.widestWord(cell.text)) }
        }
        if let maxWidth = column.maxWidth {
            natural = max(min(natural, maxWidth), min(widestCluster, natural))  // a cluster never splits
        }
        natural = max(natural, column.minWidth ?? 0, 1)
        if column.overflow == .truncate { widestCluster = max(widestCluster, measure.columns("…")) }
        let floor = max(
            min(column.minWidth ?? TableColumn.defaultMinimumWidth, natural), min(max(widestCluster, 2), natural))
        return TableLayout.Demand(natural: natural, floor: floor, word: widestWord)  // capped by `natural` there
    }
}
