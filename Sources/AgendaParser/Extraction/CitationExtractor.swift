import Dispatch

/// Finds every citation in the corpus documents and resolves them into works:
/// links, author-year groups, narrative mentions, `《》` titles, reference lists,
/// footnote URLs and bare URLs.
///
/// Documents are read independently (in parallel); `WorkResolver` then merges
/// the facts that name the same work, across documents.
struct CitationExtractor {
    var documents: [ReadDocument]

    func extract() -> (works: [Work], diagnostics: [Diagnostic]) {
        var slots = [CitationDocumentReader.Output?](repeating: nil, count: documents.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let base = UncheckedSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: documents.count) { index in
                base.value[index] = CitationDocumentReader(document: documents[index]).read()
            }
        }
        let outputs = slots.compactMap { $0 }
        let resolved = WorkResolver(facts: outputs.flatMap(\.facts)).resolve()
        return (resolved.works, outputs.flatMap(\.diagnostics) + resolved.diagnostics)
    }
}
