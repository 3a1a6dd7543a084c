extension TableRenderer {
    /// The lines of one row: cells wrapped or truncated to their widths, padded, joined.
    func rowLines(_ cells: [StyledText], widths: [Int], terminal: Terminal, isHeader: Bool) -> [String] {
        let measure = terminal.displayWidth
        let cellLines: [[StyledText]] = cells.indices.map { index in
            let column = columns[index]
            if column.overflow == .truncate && !isHeader {
                return [measure.truncate(cells[index], toColumns: widths[index])]
            }
            return TextWrapper(width: widths[index], measure: measure).wrap(cells[index])
        }
        let height = cellLines.reduce(0) { max($0, $1.count) }
        let lastVisible = cells.indices.last ?? 0
        var lines: [String] = []
        for lineIndex in 0..<height {
            var line = ""
            line.reserveCapacity(terminal.width + 16)
            var pendingSpaces = 0  // padding is written only when something follows it
            for index in cells.indices {
                let piece = lineIndex < cellLines[index].count ? cellLines[index][lineIndex] : StyledText("")
                let slack = max(widths[index] - measure.columns(piece.text), 0)
                let rightAligned = columns[index].alignment == .right
                if index > 0 { pendingSpaces += Self.gap }
                if rightAligned { pendingSpaces += slack }
                if !piece.text.isEmpty {
                    line.appendSpaces(pendingSpaces)
                    line += piece.rendered(colorEnabled: terminal.colorEnabled)
                    pendingSpaces = 0
                }
                if !rightAligned && index < lastVisible { pendingSpaces += slack }
            }
            lines.append(line)
        }
        return lines
    }

    /// `────  ──────  ───` under the header, dim with colour. With wide
    /// ambiguous characters `─` takes 2 columns: odd widths end in a space,
    /// and a 1-column rule is `-`.
    func rule(widths: [Int], terminal: Terminal) -> String {
        let ruleWidth = max(terminal.displayWidth.columns("─"), 1)
        let segments = widths.map { width in
            width < ruleWidth
                ? String(repeating: "-", count: width)
                : String(repeating: "─", count: width / ruleWidth) + String(repeating: " ", count: width % ruleWidth)
        }
        var line = segments.joined(separator: String(repeating: " ", count: Self.gap))
        while line.hasSuffix(" ") { line.removeLast() }
        return terminal.styled(line, .dim)
    }

    /// Fallback when the columns cannot fit side by side: each row as
    /// `header  value` lines, rows separated by a blank line.
    func recordLines(headers: [StyledText], body: [[StyledText]], terminal: Terminal) -> [String] {
        let labelWidth = min(headers.map { terminal.displayWidth.columns($0.text) }.max() ?? 0, terminal.width / 3)
        var records = TableRenderer(
            columns: [TableColumn("", maxWidth: max(labelWidth, 2), style: .bold), TableColumn("")],
            showsHeader: false
        )
        records.allowsRecordFallback = false
        var lines: [String] = []
        for (rowIndex, row) in body.enumerated() {
            if rowIndex > 0 { lines.append("") }
            let pairs = zip(headers, row).map { [$0, $1] }
            lines += records.lines(pairs, terminal: terminal)
        }
        return lines
    }
}

extension String {
    private static let blanks = String(repeating: " ", count: 256)

    /// Appends `count` spaces without building a temporary string.
    fileprivate mutating func appendSpaces(_ count: Int) {
        var remaining = count
        while remaining > 0 {
            let chunk = min(remaining, 256)
            let blanks = Self.blanks
            append(contentsOf: blanks[..<blanks.utf8.index(blanks.startIndex, offsetBy: chunk)])
            remaining -= chunk
        }
    }
}
