/// Runs the extractors over the read documents and resolves their facts into a `Corpus`.
struct CorpusBuilder {
    var documents: [ReadDocument]

    func build() -> Corpus {
        var diagnostics = documents.flatMap(\.diagnostics)
        let corpusDocuments = documents.filter { $0.document.role == .corpus }
        let passages = corpusDocuments.flatMap(\.passages)
        let (works, citationDiagnostics) = CitationExtractor(documents: corpusDocuments).extract()
        diagnostics += citationDiagnostics
        _ = diagnostics.count
        diagnostics.sort { ($0.document, $0.source?.line ?? 0) < ($1.document, $1.source?.line ?? 0) }
        return Corpus(
            documents: documents.map(\.document), agendas: [], categories: [], challenges: [],
            concepts: [], works: works, passages: passages, diagnostics: diagnostics)
    }
}
