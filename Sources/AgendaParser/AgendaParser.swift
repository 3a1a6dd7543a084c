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
        var builder = CorpusBuilder(documents: readAll(texts))
        texts = []
        var corpus = builder.build(parts: parts)
        corpus.diagnostics = diagnostics + corpus.diagnostics
        return (corpus, files)
    }

    /// Parses already-decoded documents; names must be unique.
    public static func parse(_ texts: [SourceText]) -> Corpus {
        var builder = CorpusBuilder(documents: readAll(texts))
        return builder.build()
    }

    /// `parse(_:)`, emptying `texts` as soon as the documents are read, so that
    /// their lines are freed as soon as the builder is done with them.
    static func parse(taking texts: inout [SourceText]) -> Corpus {
        var builder = CorpusBuilder(documents: readAll(texts))
        texts = []
        return builder.build()
    }

    /// Reads documents in parallel; their order is kept.
    static func readAll(_ texts: [SourceText]) -> [ReadDocument] {
        texts.concurrentMap(DocumentReader.read)
    }
}
