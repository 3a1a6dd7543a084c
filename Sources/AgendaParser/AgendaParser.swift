/// The parser's entry point: documents in, one `Corpus` out.
///
/// Parsing text never throws; only reading a directory does (`CorpusLoader`).
public enum AgendaParser {
    /// Reads every document of `directory` and parses them into one model.
    /// Files that could not be read are reported in `corpus.diagnostics`.
    public static func parse(directory: String, options: LoadOptions = LoadOptions()) throws -> Corpus {
        var (texts, skipped) = try CorpusLoader(options: options).load(directory: directory)
        var corpus = parse(taking: &texts)
        corpus.diagnostics = skipped + corpus.diagnostics
        return corpus
    }

    /// `parse(directory:options:)`, plus the manifest of the files it read, for a cache.
    /// With `parts` short of `.all`, the parts left out are not extracted (and are
    /// empty, as `CorpusParts` says): listing challenges skips concepts and citations.
    package static func parseWithManifest(
        directory: String, options: LoadOptions = LoadOptions(), parts: CorpusParts = .all
    ) throws -> (corpus: Corpus, files: [FileRecord]) {
        var (texts, diagnostics, files) = try CorpusLoader(options: options).loadWithManifest(directory: directory)
        var corpus = parse(taking: &texts, parts: parts)
        corpus.diagnostics = diagnostics + corpus.diagnostics
        return (corpus, files)
    }

    /// Parses already-decoded documents; names must be unique.
    public static func parse(_ texts: [SourceText]) -> Corpus {
        var texts = texts
        return parse(taking: &texts)
    }

    /// Parses already-decoded documents into `parts` of a corpus (the rest is left
    /// empty and not extracted; see `CorpusParts`); names must be unique.
    public static func parse(_ texts: [SourceText], parts: CorpusParts) -> Corpus {
        var texts = texts
        return parse(taking: &texts, parts: parts)
    }

    /// `parse(_:)` of `parts` (the rest is left empty), emptying `texts` as the documents
    /// are read, so that each one's lines are freed once its blocks are made (see `readAll`).
    static func parse(taking texts: inout [SourceText], parts: CorpusParts = .all) -> Corpus {
        // Without concepts or passages, only the agendas' documents need passages (made by the builder).
        let makingPassages = !parts.isDisjoint(with: [.concepts, .passages])
        // Documents are extracted as they are read when both concepts and citations are wanted.
        let extracting = makingPassages && parts.contains(.concepts) && parts.needsCitations
        var builder = CorpusBuilder(
            documents: readAll(taking: &texts, makingPassages: makingPassages, extracting: extracting))
        return builder.build(parts: parts)
    }

    /// Reads documents in parallel, in order, emptying `texts`: each text is let
    /// go once read. A read document keeps its lines only if a curated index
    /// points into it (the index check and the challenges' quotes read them),
    /// so documents with front matter, which may be indexes, are read first.
    /// `extracting`: each corpus document's term pairs and citations are extracted as it is
    /// read, and its blocks cut to those the challenges need (`ReadDocument.extractEarly`).
    static func readAll(
        taking texts: inout [SourceText], makingPassages: Bool = true, extracting: Bool = false
    ) -> [ReadDocument] {
        let boxes = texts.map(TextBox.init)
        texts = []
        let first = boxes.indices.filter { boxes[$0].mayHaveFrontMatter }
        let rest = boxes.indices.filter { !boxes[$0].mayHaveFrontMatter }
        var documents = [ReadDocument?](repeating: nil, count: boxes.count)
        /// `kept`: the documents the curated index points into, which keep their blocks (nil: all).
        func read(_ position: Int, kept: Set<String>?) -> ReadDocument {
            var read = DocumentReader.read(boxes[position].take(), makingPassages: makingPassages)
            if extracting { read.extractEarly(keepingBlocks: kept?.contains(read.document.name) ?? true) }
            return read
        }
        let firstRead = first.concurrentMap { read($0, kept: nil) }
        for (position, document) in zip(first, firstRead) { documents[position] = document }
        let kept = CuratedIndex.read(documents.compactMap { $0 }).0.sourceDocuments
        func trimmed(_ document: ReadDocument) -> ReadDocument {
            guard document.document.role == .corpus, !kept.contains(document.document.name) else { return document }
            var trimmed = document
            trimmed.lines = []
            return trimmed
        }
        for position in first { documents[position] = documents[position].map(trimmed) }
        let others = rest.concurrentMap { trimmed(read($0, kept: kept)) }
        for (position, document) in zip(rest, others) { documents[position] = document }
        return documents.map { $0! }
    }
}

/// One text, taken out once by the worker that reads it, so that it is freed
/// as soon as it has been read (workers touch only their own boxes).
private final class TextBox: @unchecked Sendable {
    private var text: SourceText?
    /// Whether the first line opens front matter, as a curated index's does.
    let mayHaveFrontMatter: Bool

    init(_ text: SourceText) {
        self.text = text
        mayHaveFrontMatter = text.lines.first?.trimmingSpaces() == "---"
    }

    func take() -> SourceText {
        defer { text = nil }
        return text ?? SourceText(name: "", lines: [])
    }
}
