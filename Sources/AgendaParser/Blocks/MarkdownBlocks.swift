/// The Markdown subset that surveys converted from PDF actually use.
struct MarkdownBlocks {
    var document: String
    var lines: [String]

    func read() -> BlockReader.Output {
        var state = BlockAccumulator()
        var index = readFrontMatter(into: &state.output)
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                state.noteFurniture(pageBreak: false)
                index += 1
                continue
            }
            if PageDebris.isDebris(trimmed) {
                state.noteFurniture(pageBreak: true)
                index += 1
                continue
            }
            if trimmed.hasLiteralPrefix("```") || trimmed.hasLiteralPrefix("~~~") {
                index = readFence(from: index, into: &state)
                continue
            }
            if let footnote = Footnote.definition(trimmed) {
                state.append(
                    Block(
                        kind: .footnote(label: footnote.label, target: footnote.target),
                        segments: [.init(line: number, text: trimmed)]))
                index += 1
                continue
            }
            if let heading = atxHeading(trimmed, line: number)
                ?? HeadingRules.boldNumbered(trimmed, document: document, line: number)
            {
                state.append(Block(kind: .heading(heading), segments: [.init(line: number, text: heading.title)]))
                index += 1
                continue
            }
            if trimmed.hasLiteralPrefix("|") {
                index = readTable(from: index, into: &state)
                continue
            }
            if trimmed.hasLiteralPrefix(">") {
                index = readQuote(from: index, into: &state)
                continue
            }
            if let item = ListMarker.parse(line) {
                index = readListItem(item, from: index, into: &state)
                continue
            }
            state.appendToParagraph(line: number, text: trimmed)
            index += 1
        }
        return state.finish()
    }

    /// `---` on the first line opens front matter; `key: value` lines until the next `---`.
    private func readFrontMatter(into output: inout BlockReader.Output) -> Int {
        guard let first = lines.first, first.trimmingSpaces() == "---" else { return 0 }
        guard
            let close = lines.indices.dropFirst().prefix(500).first(where: {
                let text = lines[$0].trimmingSpaces()
                return text == "---" || text == "..."
            })
        else { return 0 }
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces()
            var value = line[line.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty { output.metadata[key] = value }
        }
        return close + 1
    }

    private func atxHeading(_ text: String, line: Int) -> Heading? {
        guard text.utf8.first == UInt8(ascii: "#") else { return nil }
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = text.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var title = rest.trimmingSpaces()
        while title.hasSuffix("#") { title.removeLast() }
        title = InlineMarkup.plain(title.trimmingSpaces()).trimmingSpaces()
        let split = SectionNumber.split(title)
        return Heading(
            level: hashes, number: split?.number, title: split?.rest ?? title,
            source: SourceLocation(document: document, line: line))
    }

    private func readFence(from start: Int, into state: inout BlockAccumulator) -> Int {
        let fence = String(lines[start].trimmingSpaces().prefix(3))
        var segments: [Block.Segment] = []
        var index = start + 1
        while index < lines.count, !lines[index].trimmingSpaces().hasPrefix(fence) {
            segments.append(.init(line: index + 1, text: lines[index]))
            index += 1
        }
        // Never closed: the rest of the file is read as text, not swallowed as code.
        guard index < lines.count else {
            let source = SourceLocation(document: document, line: start + 1)
            let message = "code fence \(fence) is never closed; the lines after it are read as text"
            state.output.diagnostics.append(Diagnostic(id: "markdown.unclosed-fence", source: source, message: message))
            return start + 1
        }
        if !segments.isEmpty { state.append(Block(kind: .code, segments: segments)) }
        return index + 1
    }

    private func readQuote(from start: Int, into state: inout BlockAccumulator) -> Int {
        var segments: [Block.Segment] = []
        var index = start
        while index < lines.count {
            let line = lines[index].trimmingSpaces()
            guard line.hasLiteralPrefix(">") else { break }
            // Drop every level of `>` (and the spaces between) in one pass: nesting can be 10,000 deep.
            let body = line.utf8.drop { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            segments.append(.init(line: index + 1, text: String(Substring(body))))
            index += 1
        }
        state.append(Block(kind: .quote, segments: segments))
        return index
    }

    private func readListItem(_ item: ListMarker, from start: Int, into state: inout BlockAccumulator) -> Int {
        var segments = [Block.Segment(line: start + 1, text: item.text)]
        var index = start + 1
        // Continuation lines: non-blank, not a new block, indented or lazily continued.
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || ListMarker.parse(line) != nil || trimmed.hasLiteralPrefix("#")
                || trimmed.hasLiteralPrefix("|")
                || trimmed.hasLiteralPrefix(">") || PageDebris.isDebris(trimmed) || Footnote.definition(trimmed) != nil
            {
                break
            }
            segments.append(.init(line: index + 1, text: trimmed))
            index += 1
        }
        state.append(Block(kind: .listItem(depth: item.depth), segments: segments))
        return index
    }

    private func readTable(from start: Int, into state: inout BlockAccumulator) -> Int {
        var rows: [Table.Row] = []
        var index = start
        var hasSeparator = false
        while index < lines.count {
            let trimmed = lines[index].trimmingSpaces()
            guard trimmed.hasLiteralPrefix("|") else { break }
            if rows.count == 1, !hasSeparator, TableCells.isSeparator(trimmed) {
                hasSeparator = true
            } else {
                rows.append(Table.Row(line: index + 1, cells: TableCells.split(trimmed)))
            }
            index += 1
        }
        let header = rows.removeFirst()
        let table = Table(header: header, rows: rows, hasSeparator: hasSeparator)
        if !hasSeparator && !rows.isEmpty {
            state.output.diagnostics.append(
                Diagnostic(
                    id: "table.no-separator", source: SourceLocation(document: document, line: header.line),
                    message: "table has no |---| separator row; first row taken as the header"))
        }
        for row in rows where row.cells.count != header.cells.count {
            state.output.diagnostics.append(
                Diagnostic(
                    id: "table.ragged-row", source: SourceLocation(document: document, line: row.line),
                    message: "table row has \(row.cells.count) cells, header has \(header.cells.count)"))
        }
        let segments = ([header] + rows).map { Block.Segment(line: $0.line, text: $0.cells.joined(separator: " | ")) }
        state.append(Block(kind: .table(table), segments: segments))
        return index
    }
}

/// `- item`, `* item`, `+ item`, `1. item`, `2) item`, with its nesting depth.
struct ListMarker: Equatable {
    var depth: Int
    var text: String

    static func parse(_ line: String) -> ListMarker? {
        // Every marker's first byte after the indent is one of these; most lines are passed over on it.
        guard let lead = line.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
            lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "+")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead)
        else { return nil }
        let indent = line.indentation
        let body = line.drop { $0 == " " || $0 == "\t" }
        guard let first = body.unicodeScalars.first else { return nil }
        var rest: Substring
        if first == "-" || first == "*" || first == "+" {
            rest = body.dropFirst()
        } else if ("0"..."9").contains(first) {
            let digits = body.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 3 else { return nil }
            rest = body.dropFirst(digits.count)
            guard rest.first == "." || rest.first == ")" else { return nil }
            rest = rest.dropFirst()
        } else {
            return nil
        }
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let text = rest.trimmingSpaces()
        // `---` or `***` alone are rules, `**bold**` is emphasis, not items.
        guard !text.isEmpty else { return nil }
        return ListMarker(depth: indent / 2, text: text)
    }
}

/// `<sup>3</sup><http://…>`: the footnote definitions of PDF conversions.
enum Footnote {
    static func definition(_ text: String) -> (label: String, target: String)? {
        guard text.hasLiteralPrefix("<sup>"), let close = text.range(of: "</sup>") else { return nil }
        let label = String(text[text.index(text.startIndex, offsetBy: 5)..<close.lowerBound]).trimmingSpaces()
        var target = String(text[close.upperBound...]).trimmingSpaces()
        guard !label.isEmpty, label.count <= 4, label.allSatisfy({ $0.isNumber || $0.isLetter }) else { return nil }
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        guard !target.isEmpty else { return nil }
        return (label, target)
    }
}

enum TableCells {
    /// Cells of `| a | b |`; `\|` is a literal bar. Scans bytes: `|` and `\` are ASCII.
    static func split(_ row: String) -> [String] {
        var cells: [String] = []
        var current: [UInt8] = []
        var escaped = false
        for byte in row.utf8 {
            if escaped {
                if byte != UInt8(ascii: "|") { current.append(UInt8(ascii: "\\")) }
                current.append(byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "|") {
                cells.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        if escaped { current.append(UInt8(ascii: "\\")) }
        cells.append(String(decoding: current, as: UTF8.self))
        if cells.first?.isBlank == true { cells.removeFirst() }
        if cells.count > 1, cells.last?.isBlank == true { cells.removeLast() }
        return cells.map { $0.trimmingSpaces() }
    }

    static func isSeparator(_ row: String) -> Bool {
        let cells = split(row)
        return !cells.isEmpty
            && cells.allSatisfy { cell in
                !cell.isEmpty && cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
            }
    }
}
