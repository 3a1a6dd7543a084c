extension SearchIndex {
    /// Keywords, their index terms and passage counts, and alias expansions.
    func explanation(_ query: ParsedQuery, passages: Evaluator) -> SearchExplanation {
        func keyword(_ pattern: KeywordPattern) -> SearchExplanation.Keyword {
            SearchExplanation.Keyword(
                text: pattern.text, tokens: pattern.lookups.map(\.description), ending: pattern.ending.rawValue,
                passages: passages.matches(of: pattern)?.units.count ?? 0)
        }
        let clauses = query.clauses.map { clause in
            SearchExplanation.Clause(
                text: clause.text, concept: clause.concept,
                alternatives: clause.alternatives.map { alternative in
                    SearchExplanation.Alternative(
                        via: alternative.via, keywords: alternative.keywords.map(keyword),
                        phrase: alternative.phrase?.text)
                })
        }
        return SearchExplanation(
            mode: query.any ? "any" : "all", clauses: clauses, ignored: query.ignored, phrase: query.phrase?.text)
    }
}
