/// Finds every citation in the corpus documents and resolves them into works:
/// links, author-year groups, narrative mentions, `《》` titles, reference lists,
/// footnote URLs and bare URLs.
///
/// Documents are read independently (in parallel); `WorkResolver` then merges
/// the facts that name the same work, across documents.
struct CitationExtractor {
    var documents: [ReadDocument]

    func extract() -> (works: [Work], diagnostics: [Diagnostic]) {
        let outputs = documents.concurrentMap { CitationDocumentReader(document: $0).read() }
        let resolved = WorkResolver(facts: outputs.flatMap(\.facts)).resolve()
        return (resolved.works, outputs.flatMap(\.diagnostics) + resolved.diagnostics)
    }
}
