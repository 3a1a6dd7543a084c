/// Collects every term pair of the corpus and the glossary rows of the
/// curated index, then merges them into concepts.
struct ConceptExtractor {
    var documents: [ReadDocument]
    var index: CuratedIndex

    func pairs() -> [TermPair] {
        let corpus = documents.filter { $0.document.role == .corpus }
        return corpus.concurrentMap { $0.termPairs ?? Self.pairs(in: $0) }.flatMap { $0 } + glossaryPairs()
    }

    /// The term pairs of one document's text blocks and table cells (not its reference list).
    static func pairs(in read: ReadDocument) -> [TermPair] {
        var pairs: [TermPair] = []
        let scanner = TermPairScanner(document: read.document.name)
        var inReferences = false
        for block in read.blocks {
            switch block.kind {
            case .heading(let heading):
                inReferences = ReferenceSection.isReferenceHeading(heading.title)
            case .paragraph, .listItem, .quote:
                guard !inReferences else { continue }
                let (text, map) = block.rawText(document: read.document.name)
                pairs += scanner.pairs(in: text, lines: map, isListItem: block.isListItem)
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells {
                        pairs += scanner.pairs(
                            in: cell, lines: LineMap(document: read.document.name, line: row.line), isListItem: false)
                    }
                }
            case .code, .footnote:
                continue
            }
        }
        return pairs
    }

    /// Glossary rows: the source is the corpus line, or the row itself when it has none.
    private func glossaryPairs() -> [TermPair] {
        index.glossary.compactMap { row in
            guard let term = row["中文"] ?? row["chinese"] ?? row["term"], let english = row["english"] else {
                return nil
            }
            return TermPair(
                term: term, english: english, abbreviation: EnglishName.isAbbreviation(term) ? term : nil,
                definition: nil, source: row.source ?? row.location, origin: .glossary, isIndexOnly: row.source == nil)
        }
    }
}
