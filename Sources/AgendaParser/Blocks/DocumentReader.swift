/// One document read into blocks, with its `Document` description and passages.
struct ReadDocument: Sendable {
    var document: Document
    var blocks: [Block]
    var passages: [Passage]
    var diagnostics: [Diagnostic]
    /// The lines as decoded, for extractors that verify a quote on a given line.
    var lines: [String]
    /// The document's term pairs and citation facts when they were extracted as it was read
    /// (see `AgendaParser.readAll`); the extractors use them instead of the blocks.
    var termPairs: [TermPair]? = nil
    var citations: CitationDocumentReader.Output? = nil

    /// Extracts the term pairs and citations of a corpus document now. Unless `keepingBlocks`,
    /// only the blocks that finding challenges reads are kept (`ChallengeExtractor.blocksRead(in:)`),
    /// so the others, and the lines they hold, go as soon as the document is read rather than
    /// once the last document is extracted.
    mutating func extractEarly(keepingBlocks: Bool) {
        guard document.role == .corpus else { return }
        termPairs = ConceptExtractor.pairs(in: self)
        citations = CitationDocumentReader(document: self).read()
        if !keepingBlocks { blocks = ChallengeExtractor.blocksRead(in: blocks) }
    }
}

/// Text → `ReadDocument`: picks the format, reads blocks, derives title and outline.
enum DocumentReader {
    static let indexType = "agenda-index"

    /// `makingPassages: false` leaves `passages` empty, for a parse that lists
    /// challenges only (`CorpusBuilder` makes those of the agendas' documents).
    static func read(_ text: SourceText, makingPassages: Bool = true) -> ReadDocument {
        let format = detectFormat(text)
        var output = BlockReader(document: text.name, format: format).read(text.lines)
        let role: Document.Role = output.metadata["type"] == indexType ? .index : .corpus
        let headings = output.blocks.compactMap { block -> Heading? in
            if case .heading(let heading) = block.kind { return heading }
            return nil
        }
        let outline = normaliseLevels(headings, format: format)
        let document = Document(
            name: text.name,
            title: title(metadata: output.metadata, headings: headings, lines: text.lines, name: text.name),
            format: format, role: role, lineCount: text.lines.count,
            metadata: output.metadata, outline: outline)
        let passages =
            role == .index || !makingPassages ? [] : makePassages(output.blocks, document: text.name, format: format)
        if text.lines.isEmpty {
            output.diagnostics.append(
                Diagnostic(id: "load.empty", severity: .note, document: text.name, message: "file is empty"))
        }
        return ReadDocument(
            document: document, blocks: output.blocks, passages: passages, diagnostics: output.diagnostics,
            lines: text.lines)
    }

    static func detectFormat(_ text: SourceText) -> Document.Format {
        let lower = text.name.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        return TranscriptBlocks.looksLikeTranscript(text.lines) ? .transcript : .plainText
    }

    /// Front-matter title, else the first `#` heading, else the first heading, else the first line.
    static func title(metadata: [String: String], headings: [Heading], lines: [String], name: String) -> String {
        if let title = metadata["title"], !title.isEmpty { return title }
        if let top = headings.first(where: { $0.level == 1 && $0.source.line <= (headings.first?.source.line ?? 0) }) {
            return top.displayTitle
        }
        if let first = headings.first { return first.displayTitle }
        if let line = lines.first(where: { !$0.isBlank }) {
            let text = InlineMarkup.plain(line.trimmingSpaces())
            return text.unicodeScalars.count > 60 ? String(unicodeScalars: text.unicodeScalars.prefix(59)) + "…" : text
        }
        return name
    }

    /// Levels that nest: numbered headings by the depth of their number (`5.1` → 2),
    /// shifted under an unnumbered `#` title; others relative to the shallowest `#`.
    static func normaliseLevels(_ headings: [Heading], format: Document.Format) -> [Heading] {
        guard !headings.isEmpty else { return [] }
        let unnumbered = headings.filter { $0.number == nil }
        let shallowest = unnumbered.map(\.level).min() ?? 1
        let firstNumbered = headings.firstIndex { $0.number != nil }
        let titled = format == .markdown && (firstNumbered.map { headings[..<$0].contains { $0.level == 1 } } ?? false)
        let base = titled ? 1 : 0
        return headings.map { heading in
            var heading = heading
            if let number = heading.number {
                heading.level = SectionNumber.depth(number) + base
            } else if format == .markdown {
                heading.level = max(1, heading.level - shallowest + 1)
            }
            return heading
        }
    }

    static func makePassages(_ blocks: [Block], document: String, format: Document.Format) -> [Passage] {
        var passages: [Passage] = []
        var inReferences = false
        for block in blocks {
            switch block.kind {
            case .heading(let heading):
                inReferences = ReferenceSection.isReferenceHeading(heading.title)
                let (text, map) = block.plainText(document: document)
                passages.append(Passage(kind: .heading, text: text, lines: map))
            case .paragraph, .listItem, .quote:
                let (text, map) = block.plainText(document: document)
                guard !text.isEmpty else { continue }
                let kind: Passage.Kind
                switch block.kind {
                case _ where inReferences: kind = .reference
                case .listItem: kind = .listItem
                case .quote: kind = .quote
                default: kind = format == .transcript ? .transcript : .paragraph
                }
                passages.append(Passage(kind: kind, text: text, lines: map))
            case .table(let table):
                // Without a |---| row the header is a guess (or a lone line that starts with `|`): keep it as text.
                for row in table.hasSeparator ? table.rows : [table.header] + table.rows {
                    let text = row.cells.map { InlineMarkup.plain($0) }.joined(separator: " | ")
                    passages.append(
                        Passage(kind: .tableRow, text: text, lines: LineMap(document: document, line: row.line)))
                }
            case .code, .footnote:
                continue
            }
        }
        return passages
    }
}

/// Recognises the heading of a bibliography.
enum ReferenceSection {
    static func isReferenceHeading(_ title: String) -> Bool {
        let folded = title.lowercased().trimmingSpaces()
        return ["参考文献", "references", "bibliography", "引用文献", "参考资料", "works cited"].contains(folded)
    }
}
