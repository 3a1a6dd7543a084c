/// The rows of a curated index document (`type: agenda-index` in its front
/// matter): agendas, categories, prose-only challenges and glossary names,
/// each pointing at the corpus line that states it.
struct CuratedIndex: Sendable {
    struct Row: Sendable {
        /// Cells by lower-cased header name (`id`, `中文`, `english`, `source`, …).
        var cells: [String: String]
        /// Where the row itself is, for diagnostics.
        var location: SourceLocation

        subscript(_ name: String) -> String? {
            guard let value = cells[name], !value.isEmpty else { return nil }
            return value
        }

        /// The `source` cell parsed as `document:line`.
        var source: SourceLocation? { self["source"].flatMap(SourceLocation.init(reference:)) }
    }

    var agendas: [Row] = []
    var categories: [Row] = []
    var challenges: [Row] = []
    var glossary: [Row] = []

    var isEmpty: Bool { agendas.isEmpty && categories.isEmpty && challenges.isEmpty && glossary.isEmpty }

    /// The documents the rows' `source` cells point into: the ones whose lines the
    /// index check and the challenges read.
    var sourceDocuments: Set<String> {
        Set((agendas + categories + challenges + glossary).compactMap { $0.source?.document })
    }

    /// Reads every index document; tables are assigned by the heading above them.
    static func read(_ documents: [ReadDocument]) -> (CuratedIndex, [Diagnostic]) {
        var index = CuratedIndex()
        var diagnostics: [Diagnostic] = []
        for read in documents where read.document.role == .index {
            var section = ""
            for block in read.blocks {
                switch block.kind {
                case .heading(let heading):
                    section = heading.title.lowercased()
                case .table(let table):
                    let rows = Self.rows(of: table, document: read.document.name)
                    if section.contains("agenda") {
                        index.agendas += rows
                    } else if section.contains("categor") {
                        index.categories += rows
                    } else if section.contains("challenge") {
                        index.challenges += rows
                    } else if section.contains("glossary") || section.contains("alias") {
                        index.glossary += rows
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                id: "index.unknown-table",
                                source: SourceLocation(document: read.document.name, line: table.header.line),
                                message:
                                    "table under '\(section)' is not one of Agendas, Categories, Challenges, Glossary"))
                    }
                default:
                    continue
                }
            }
        }
        return (index, diagnostics)
    }

    private static func rows(of table: Table, document: String) -> [Row] {
        let names = table.header.cells.map { $0.lowercased() }
        return table.rows.map { row in
            var cells: [String: String] = [:]
            for (name, value) in zip(names, row.cells) { cells[name] = InlineMarkup.plain(value).trimmingSpaces() }
            return Row(cells: cells, location: SourceLocation(document: document, line: row.line))
        }
    }

    /// Checks that every row's `source` exists and that its line contains the row's `quote`.
    func verify(against documents: [String: ReadDocument]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var squeezedLines: [SourceLocation: String] = [:]
        for row in agendas + categories + challenges + glossary {
            guard let reference = row["source"] else { continue }
            guard let source = SourceLocation(reference: reference) else {
                diagnostics.append(
                    Diagnostic(
                        id: "index.bad-source", source: row.location,
                        message: "source '\(reference)' is not document:line"))
                continue
            }
            guard let document = documents[source.document], document.document.role == .corpus else {
                diagnostics.append(
                    Diagnostic(
                        id: "index.missing-document", source: row.location,
                        message: "source document '\(source.document)' is not in the corpus"))
                continue
            }
            guard source.line >= 1, source.line <= document.lines.count else {
                diagnostics.append(
                    Diagnostic(
                        id: "index.missing-line", source: row.location,
                        message: "\(source) is past the end of the document (\(document.lines.count) lines)"))
                continue
            }
            let line = squeezedLines[source] ?? Self.squeezed(document.lines[source.line - 1])
            squeezedLines[source] = line
            if let quote = row["quote"], !line.contains(Self.squeezed(quote)) {
                diagnostics.append(
                    Diagnostic(
                        id: "index.quote-mismatch", source: row.location,
                        message: "\(source) does not contain '\(quote)'"))
            }
        }
        return diagnostics
    }

    /// Text without spaces, so a quote need not reproduce the line's spacing.
    static func squeezed(_ text: String) -> String {
        String(decoding: text.utf8.filter { $0 != 0x20 && $0 != 0x09 }, as: UTF8.self)
    }
}

extension SourceLocation {
    /// Parses `document:line`.
    init?(reference: String) {
        let text = reference.trimmingSpaces()
        guard let colon = text.lastIndex(of: ":"), let line = Int(text[text.index(after: colon)...]), line > 0 else {
            return nil
        }
        let document = String(text[..<colon]).trimmingSpaces()
        guard !document.isEmpty else { return nil }
        self.init(document: document, line: line)
    }
}
