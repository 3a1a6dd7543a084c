/// A query as the matcher sees it: clauses joined by AND (or OR with `any`),
/// each matched by any of its alternatives (what was typed, or an alias).
struct ParsedQuery: Sendable {
    var clauses: [Clause]
    var any: Bool
    /// Keywords with nothing searchable in them, as typed.
    var ignored: [String]
    /// With several clauses: the whole query as one phrase, whose exact
    /// occurrence boosts a hit.
    var phrase: KeywordPattern?

    struct Clause: Sendable {
        /// What was typed for this clause.
        var text: String
        /// The concept whose names were added as alternatives.
        var concept: String?
        /// The literal alternative first, then aliases.
        var alternatives: [Alternative]
        /// Indices in `corpus.concepts` of the concepts this clause names.
        var namedConcepts: [Int] = []
    }

    struct Alternative: Sendable {
        /// The alias as the concept writes it; nil for what was typed.
        var via: String?
        var keywords: [KeywordPattern]
        /// All keywords as one phrase, when there are several.
        var phrase: KeywordPattern?
    }

    /// Every concept that the query, or one of its keywords, names.
    var namedConcepts: Set<Int> { Set(clauses.flatMap(\.namedConcepts)) }

    /// Every distinct pattern that needs matching, phrases included.
    var patterns: [KeywordPattern] {
        var seen = Set<KeywordPattern>()
        var result: [KeywordPattern] = []
        if let phrase { result.append(phrase) }
        for clause in clauses {
            for alternative in clause.alternatives {
                for pattern in alternative.keywords + (alternative.phrase.map { [$0] } ?? [])
                where seen.insert(pattern).inserted {
                    result.append(pattern)
                }
            }
        }
        return result
    }
}
