/// Finds every citation in the corpus documents and resolves them into works:
/// links, author-year groups, narrative mentions, `《》` titles, reference lists,
/// footnote URLs and bare URLs.
///
/// Documents are read independently (in parallel); `WorkResolver` then merges
/// the facts that name the same work, across documents.
struct CitationExtractor {
    var documents: [ReadDocument]

    func extract() -> (works: [Work], diagnostics: [Diagnostic]) {
        let read = self.read()
        let resolved = WorkResolver(facts: read.facts).resolve()
        return (resolved.works, read.diagnostics + resolved.diagnostics)
    }

    /// The citation facts of every document (read in parallel), before they are resolved into works.
    func read() -> (facts: [CitationFact], diagnostics: [Diagnostic]) {
        var outputs = documents.concurrentMap { CitationDocumentReader(document: $0).read() }
        return (outputs.flatMap(taking: \.facts), outputs.flatMap(taking: \.diagnostics))
    }
}
