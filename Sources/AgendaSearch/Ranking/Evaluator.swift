/// Scores the units of one collection against a parsed query.
///
/// A unit matches when every clause does (any clause with `any`); a clause
/// matches when one of its alternatives does, and an alternative when all of
/// its keywords occur in the unit (one with `any`). A clause scores as its
/// best matching alternative: BM25 summed over the alternative's keywords and
/// every field that holds them; alias alternatives weigh 0.8. The unit's score
/// is the sum over its clauses, ×1.5 when the keywords of the query (or of an
/// alternative) also occur as one exact phrase.
struct Evaluator {
    let collection: FieldedCollection
    let query: ParsedQuery
    /// Verified matches of every pattern of the query.
    let matches: [KeywordPattern: PatternMatches]

    init(collection: FieldedCollection, query: ParsedQuery) {
        self.collection = collection
        self.query = query
        var matches: [KeywordPattern: PatternMatches] = [:]
        for pattern in query.patterns { matches[pattern] = collection.matches(of: pattern) }
        self.matches = matches
    }

    /// Every matching unit, unsorted.
    func scores() -> [UnitScore] {
        var units = Set<Int>()
        for clause in query.clauses {
            for alternative in clause.alternatives {
                for keyword in alternative.keywords { units.formUnion(matches[keyword]?.units ?? []) }
            }
        }
        return units.sorted().compactMap(score)
    }

    private func holds(_ pattern: KeywordPattern, _ unit: Int) -> Bool {
        matches[pattern]?.units.contains(unit) ?? false
    }

    private func score(_ unit: Int) -> UnitScore? {
        var result = UnitScore(
            unit: unit, score: 0, terms: [], termTexts: [], via: nil, ranges: [:], textScores: [:])
        var clausesMatched = 0
        for clause in query.clauses {
            // The clause scores as its best alternative; every matching one is highlighted.
            var best: (contribution: Contribution, via: String?)?
            for alternative in clause.alternatives {
                let present = alternative.keywords.map { holds($0, unit) }
                guard query.any ? present.contains(true) : !present.contains(false) else { continue }
                let contribution = score(alternative, present: present, unit: unit, ranges: &result.ranges)
                if best.map({ contribution.score > $0.contribution.score }) ?? true {
                    best = (contribution, alternative.via)
                }
            }
            guard let best else { continue }
            clausesMatched += 1
            result.terms += best.contribution.terms
            result.termTexts += best.contribution.texts
            result.score += best.contribution.score
            if result.via == nil { result.via = best.via }
        }
        let matchedAll = query.any ? clausesMatched > 0 : clausesMatched == query.clauses.count
        guard matchedAll && result.score > 0 else { return nil }
        for (text, term) in zip(result.termTexts, result.terms) { result.textScores[text, default: 0] += term.score }
        if let phrase = query.phrase, holds(phrase, unit) { boost(&result, phrase) }
        return result
    }

    /// The BM25 terms of one alternative, and the texts they were found in.
    private struct Contribution {
        var terms: [ScoreTerm] = []
        var texts: [Int] = []
        var score = 0.0
    }

    /// Multiplies every term by the phrase boost and highlights the phrase.
    private func boost(_ result: inout UnitScore, _ phrase: KeywordPattern) {
        result.score = 0
        result.textScores = [:]
        for index in result.terms.indices {
            result.terms[index].phraseBoost *= BM25.phraseBoost
            result.terms[index].score *= BM25.phraseBoost
            result.score += result.terms[index].score
        }
        for (text, score) in zip(result.termTexts, result.terms.map(\.score)) {
            result.textScores[text, default: 0] += score
        }
        for text in collection.texts(of: result.unit) {
            if let ranges = matches[phrase]?.byText[text] { result.ranges[text, default: []] += ranges }
        }
    }

    /// Scores one matching alternative and adds its matches to `ranges`.
    private func score(
        _ alternative: ParsedQuery.Alternative, present: [Bool], unit: Int, ranges: inout [Int: [Range<Int>]]
    ) -> Contribution {
        var boost = 1.0
        if let phrase = alternative.phrase, holds(phrase, unit) {
            boost = BM25.phraseBoost
            for text in collection.texts(of: unit) {
                if let found = matches[phrase]?.byText[text] { ranges[text, default: []] += found }
            }
        }
        let aliasWeight = alternative.via == nil ? 1 : BM25.aliasWeight
        var result = Contribution()
        for (keyword, isPresent) in zip(alternative.keywords, present) where isPresent {
            guard let found = matches[keyword] else { continue }
            let count = collection.unitCount
            let idf = BM25.idf(documentFrequency: found.units.count, count: count)
            for text in collection.texts(of: unit) {
                guard let occurrences = found.byText[text] else { continue }
                let field = collection.field(of: text)
                let length = Int(collection.texts.lengths[text])
                let average = collection.averageLengths[field] ?? 1
                let score =
                    idf * BM25.tfWeight(occurrences.count, length: length, averageLength: average) * field.weight
                    * aliasWeight * boost
                result.terms.append(
                    ScoreTerm(
                        keyword: keyword.text, field: field, via: alternative.via, tf: occurrences.count,
                        df: found.units.count, count: count, idf: idf, length: length, averageLength: average,
                        fieldWeight: field.weight, aliasWeight: aliasWeight, phraseBoost: boost, score: score))
                result.texts.append(text)
                result.score += score
                ranges[text, default: []] += occurrences
            }
        }
        return result
    }
}
