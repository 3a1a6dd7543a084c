/// The parser's entry point: documents in, one `Corpus` out.
///
/// Parsing text never throws; only reading a directory does (`CorpusLoader`).
public enum AgendaParser {
    /// Reads every document of `directory` and parses them into one model.
    /// Files that could not be read are reported in `corpus.diagnostics`.
    public static func parse(directory: String, options: LoadOptions = LoadOptions()) throws -> Corpus {
        let (texts, skipped) = try CorpusLoader(options: options).load(directory: directory)
        var corpus = parse(texts)
        corpus.diagnostics = skipped + corpus.diagnostics
        return corpus
    }

    /// `parse(directory:options:)`, plus the manifest of the files it read, for a cache.
    package static func parseWithManifest(directory: String, options: LoadOptions = LoadOptions()) throws -> (
        corpus: Corpus, files: [FileRecord]
    ) {
        let loaded = try CorpusLoader(options: options).loadWithManifest(directory: directory)
        var corpus = parse(loaded.texts)
        corpus.diagnostics = loaded.diagnostics + corpus.diagnostics
        return (corpus, loaded.files)
    }

    /// Parses already-decoded documents; names must be unique.
    public static func parse(_ texts: [SourceText]) -> Corpus {
        let documents = readAll(texts)
        return CorpusBuilder(documents: documents).build()
    }

    /// Reads documents in parallel; their order is kept.
    static func readAll(_ texts: [SourceText]) -> [ReadDocument] {
        texts.concurrentMap(DocumentReader.read)
    }
}
