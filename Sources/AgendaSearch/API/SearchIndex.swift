import AgendaParser

/// Offline search over a `Corpus`, in Chinese and English alike.
///
/// Built once per run: `SearchIndex(corpus:)` normalises every passage and
/// every field of the concepts, challenges and works, and indexes them (Latin
/// words, CJK bigrams and unigrams). `search(_:)` then answers a query.
///
/// Matching, in short (details on `KeywordPattern`, `Normaliser`, `AliasTable`):
/// - text and query are normalised alike: NFKC, lower case, Traditional →
///   Simplified, CJK punctuation as ASCII, spaces next to CJK dropped;
/// - each keyword must occur as an exact substring of the normalised text;
///   Latin keywords start at a word start and end at a word end, except that
///   a last word of 4+ characters also matches as a prefix and a shorter one
///   takes a plural `s`/`es`;
/// - a query, or one of its keywords, that is the name of a concept also
///   matches the concept's other names, and hits found that way carry `via`.
///
/// Ranking is BM25 (k1 1.2, b 0.75) per kind of hit, with field weights
/// (`SearchField.weight`) and a phrase boost; see `Evaluator`. A concept that
/// the query names comes first among concepts (`namedConceptsFirst`).
public struct SearchIndex: Sendable {
    /// The corpus searched; its challenges, outlines, passages, concepts and
    /// works may be empty when they come from `records`.
    public let corpus: Corpus
    /// Where hits read the records they show.
    let records: SearchRecords
    let passages: FieldedCollection
    let concepts: FieldedCollection
    let challenges: FieldedCollection
    let works: FieldedCollection
    let aliases: AliasTable
    /// Document name → its index in `corpus.documents`.
    let documentNumbers: [String: Int]
    /// Whether the cached index behind this one turned out damaged while it was searched
    /// (its chunks are checked as they are read): its results are then incomplete.
    package var foundDamage: @Sendable () -> Bool = { false }

    /// The parts of a corpus that a search reads (not its diagnostics).
    public static let corpusParts: CorpusParts = [.concepts, .works, .passages]

    /// Normalises and indexes every passage and every field of `corpus`.
    public init(corpus: Corpus) {
        self.init(corpus: corpus, scanningPassagesFor: nil)
    }

    /// An index for one search that is not cached: the passages are scanned for the
    /// patterns of `query` and nothing of them is indexed or kept normalised (see
    /// `ScannedTexts`), which costs far less. Other queries are answered alike, each
    /// of their patterns in a scan of its own; a search that finds nothing indexes the
    /// passages first (see `search(_:)`). Nil: the passages are indexed.
    public init(corpus: Corpus, scanningPassagesFor query: SearchQuery?) {
        let aliases = AliasTable(concepts: corpus.concepts)
        let texts = corpus.passages.map(\.text)
        // The passages are scanned, or indexed in pieces on every core and then joined on one,
        // while the concepts, challenges and works are indexed beside them.
        let makePassages: () -> TextCollection
        if let query {
            let patterns = QueryParser(aliases: aliases).parse(query).patterns
            makePassages = { TextCollection(scanning: texts, for: patterns) }
        } else {
            var pieces = TextCollection.pieces(of: texts)
            makePassages = {
                // Taken out, so the pieces are freed once joined (on one core), not when the init ends.
                let taken = pieces
                pieces = []
                return TextCollection(joining: taken)
            }
        }
        let (passages, (concepts, challenges, works)) = concurrently {
            FieldedCollection(bodies: makePassages())
        } _: {
            (
                FieldedCollection(units: corpus.concepts.map(SearchIndex.fields(of:))),
                FieldedCollection(units: corpus.challenges.map(SearchIndex.fields(of:))),
                FieldedCollection(units: corpus.works.map(SearchIndex.fields(of:)))
            )
        }
        self.init(
            corpus: corpus, records: SearchRecords(corpus), passages: passages, concepts: concepts,
            challenges: challenges, works: works, aliases: aliases)
    }

    init(
        corpus: Corpus, records: SearchRecords, passages: FieldedCollection, concepts: FieldedCollection,
        challenges: FieldedCollection, works: FieldedCollection, aliases: AliasTable
    ) {
        self.corpus = corpus
        self.records = records
        self.passages = passages
        self.concepts = concepts
        self.challenges = challenges
        self.works = works
        self.aliases = aliases
        var numbers: [String: Int] = [:]
        for (index, document) in corpus.documents.enumerated() { numbers[document.name] = index }
        documentNumbers = numbers
    }

    /// This index with its passages indexed (built from `corpus`, which holds them whenever
    /// they are not).
    func indexingPassages() -> SearchIndex {
        SearchIndex(
            corpus: corpus, records: records,
            passages: FieldedCollection(bodies: TextCollection(texts: corpus.passages.map(\.text))),
            concepts: concepts, challenges: challenges, works: works, aliases: aliases)
    }

    func collection(_ kind: SearchHit.Kind) -> FieldedCollection {
        switch kind {
        case .concept: concepts
        case .challenge: challenges
        case .work: works
        case .passage: passages
        }
    }

    /// Moves the concepts the query names ahead of the others, each group keeping its BM25 order.
    ///
    /// BM25 alone can rank a concept that only mentions the query above the one it names:
    /// a concept's names form one field, so many aliases make it long and each match weak
    /// (`RLHF` would list 外部对齐, whose definition says RLHF five times, above 人类反馈强化学习).
    static func namedConceptsFirst(
        _ ranked: [(unit: Int, score: Double)], named: Set<Int>
    ) -> [(unit: Int, score: Double)] {
        guard !named.isEmpty else { return ranked }
        return ranked.filter { named.contains($0.unit) } + ranked.filter { !named.contains($0.unit) }
    }

    /// Hits for `query`, grouped by kind and ranked; when there are none, why
    /// not and what might have been meant.
    public func search(_ query: SearchQuery) -> SearchResults {
        let parsed = QueryParser(aliases: aliases).parse(query)
        var evaluators: [SearchHit.Kind: Evaluator] = [:]
        var totals: [SearchHit.Kind: Int] = [:]
        var hits: [SearchHit] = []
        for kind in SearchHit.Kind.allCases where query.kinds.contains(kind) {
            let evaluator = Evaluator(collection: collection(kind), query: parsed)
            evaluators[kind] = evaluator
            // Concepts the query names move ahead of the rest, so every concept is ranked first.
            var (ranked, total) = evaluator.ranked(limit: kind == .concept ? nil : query.limit.map { max(0, $0) })
            if kind == .concept { ranked = Self.namedConceptsFirst(ranked, named: parsed.namedConcepts) }
            totals[kind] = total
            if let limit = query.limit { ranked = Array(ranked.prefix(max(0, limit))) }
            hits += ranked.map { hit(kind, evaluator.detail($0.unit), explain: query.explain) }
        }
        var results = SearchResults(
            query: query, hits: hits, totals: totals, reasons: [], suggestions: [], explanation: nil)
        if totals.values.allSatisfy({ $0 == 0 }) {
            // Reasons and suggestions read the passages' terms.
            guard passages.texts.isIndexed else { return indexingPassages().search(query) }
            for kind in SearchHit.Kind.allCases where evaluators[kind] == nil {
                let evaluator = Evaluator(collection: collection(kind), query: parsed)
                evaluators[kind] = evaluator
                totals[kind] = evaluator.ranked(limit: 0).total
            }
            results.totals = totals
            results.reasons = reasons(parsed, query: query, evaluators: evaluators, totals: totals)
            let missing = parsed.patterns.filter { pattern in
                evaluators.values.allSatisfy { $0.matches(of: pattern)?.units.isEmpty ?? true }
            }
            results.suggestions = suggestions(for: parsed, missing: Set(missing))
        }
        if query.explain {
            let passageMatches = evaluators[.passage] ?? Evaluator(collection: passages, query: parsed)
            results.explanation = explanation(parsed, passages: passageMatches)
        }
        return results
    }
}
