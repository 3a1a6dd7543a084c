/// The citation facts of one document: its text blocks scanned inline, its
/// reference list read entry by entry, its footnotes paired with their markers.
struct CitationDocumentReader {
    let document: ReadDocument

    struct Output {
        var facts: [CitationFact] = []
        var diagnostics: [Diagnostic] = []
    }

    func read() -> Output {
        let name = document.document.name
        var output = Output()
        var references: [(text: String, line: Int)] = []
        var definitions: [CitationFootnotes.Definition] = []
        var markers: [(label: String, mention: Mention)] = []
        var open: CitationUnit?
        var inReferences = false

        func scan(_ unit: CitationUnit) {
            let unitOutput = CitationUnitReader(unit: unit).read()
            output.facts.append(contentsOf: unitOutput.facts)
            output.diagnostics.append(contentsOf: unitOutput.diagnostics)
            markers.append(contentsOf: unitOutput.markers)
        }
        func flush() {
            if let unit = open { scan(unit) }
            open = nil
        }

        for block in document.blocks {
            switch block.kind {
            case .heading(let heading):
                flush()
                inReferences = ReferenceSection.isReferenceHeading(heading.title)
            case .footnote(let label, let target):
                let line = block.firstLine
                let text = block.segments.first?.text ?? target
                definitions.append(
                    .init(label: label, target: target, source: SourceLocation(document: name, line: line), text: text))
            case .code:
                continue
            case .paragraph, .listItem, .quote, .table:
                var unit = CitationUnit(document: name, block: block)
                if inReferences {
                    references.append((unit.text(0..<unit.scalars.count), block.firstLine))
                    continue
                }
                var joined = false
                if var previous = open {
                    previous.append(unit)
                    unit = previous
                    open = nil
                    joined = true
                }
                // Carry a title left open into the next block, once.
                if unit.endsInsideTitle, !joined {
                    open = unit
                } else {
                    scan(unit)
                }
            }
        }
        flush()
        let (referenceFacts, referenceDiagnostics) = Self.referenceFacts(references, document: name)
        output.facts.append(contentsOf: referenceFacts)
        output.diagnostics.append(contentsOf: referenceDiagnostics)
        let footnotes = CitationFootnotes.facts(definitions: definitions, markers: markers)
        output.facts.append(contentsOf: footnotes.facts)
        output.diagnostics.append(contentsOf: footnotes.diagnostics)
        return output
    }

    /// Reference entries; one that ends with `,` continues in the next block
    /// (a page break split it).
    static func referenceFacts(_ blocks: [(text: String, line: Int)], document: String) -> (
        [CitationFact], [Diagnostic]
    ) {
        var entries: [(text: String, line: Int)] = []
        var continues = false
        for block in blocks {
            let text = block.text.trimmingSpaces()
            guard !text.isEmpty else { continue }
            if continues, let last = entries.indices.last {
                entries[last].text += " " + text
            } else {
                entries.append((text, block.line))
            }
            let end = text.unicodeScalars.last
            continues = end == "," || end == "，"
        }
        var facts: [CitationFact] = []
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            let source = SourceLocation(document: document, line: entry.line)
            if let fact = CitationReferenceEntry.parse(entry.text, source: source) {
                facts.append(fact)
            } else {
                diagnostics.append(CitationDiagnostics.unparsedReference(entry.text, at: source))
            }
        }
        return (facts, diagnostics)
    }
}
