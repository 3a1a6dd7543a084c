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
    /// Facts read early (`ReadDocument.citations`) are taken from the documents, which are
    /// let go first, so that the facts are not held twice while they are joined.
    consuming func read() -> (facts: [CitationFact], diagnostics: [Diagnostic]) {
        var outputs = documents.concurrentMap { $0.citations ?? CitationDocumentReader(document: $0).read() }
        documents = []
        return (outputs.flatMap(taking: \.facts), outputs.flatMap(taking: \.diagnostics))
    }
}
