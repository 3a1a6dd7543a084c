extension SearchIndex {
    /// Why `query` found nothing, most specific first.
    func reasons(
        _ query: ParsedQuery, query original: SearchQuery, evaluators: [SearchHit.Kind: Evaluator],
        totals: [SearchHit.Kind: Int]
    ) -> [NoHitReason] {
        guard !query.clauses.isEmpty else {
            let typed = original.text.trimmingSpaces
            return [
                NoHitReason(
                    code: .emptyQuery, terms: query.ignored,
                    message: typed.isEmpty
                        ? "The query is empty." : "“\(typed)” has no letters, digits or CJK characters to search for.")
            ]
        }
        let hidden = SearchHit.Kind.allCases.filter { (totals[$0] ?? 0) > 0 && !original.kinds.contains($0) }
        if !hidden.isEmpty {
            let names = hidden.map(\.rawValue)
            return [
                NoHitReason(
                    code: .filteredOut, terms: names,
                    message: "Only \(names.joined(separator: ", ")) hits match, and the search left them out.")
            ]
        }
        var reasons: [NoHitReason] = []
        var allFound = true
        for clause in query.clauses {
            guard let literal = clause.alternatives.first else { continue }
            for pattern in literal.keywords {
                let found = evaluators.values.compactMap { $0.matches(of: pattern) }
                guard found.allSatisfy({ $0.units.isEmpty }) else { continue }
                allFound = false
                if found.contains(where: \.termsFound) && pattern.lookups.count > 1 {
                    reasons.append(
                        NoHitReason(
                            code: .phraseNotFound, terms: [pattern.text],
                            message: "The parts of “\(pattern.text)” occur, but never together as written."))
                } else {
                    reasons.append(
                        NoHitReason(
                            code: .noMatch, terms: [pattern.text],
                            message: "No passage, concept, challenge or work contains “\(pattern.text)”."))
                }
            }
        }
        if allFound && query.clauses.count > 1 {
            let texts = query.clauses.map(\.text)
            reasons.append(
                NoHitReason(
                    code: .notTogether, terms: texts,
                    message: "Each of \(texts.map { "“\($0)”" }.joined(separator: ", ")) occurs, "
                        + "but never all in one place; search for any of them to see each."))
        }
        if query.clauses.allSatisfy({ $0.concept == nil }) {
            let typed = query.clauses.map(\.text).joined(separator: " ")
            reasons.append(
                NoHitReason(
                    code: .noAlias, terms: [typed],
                    message: "No concept is called “\(typed)”, so no other names for it were tried."))
        }
        return reasons
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
