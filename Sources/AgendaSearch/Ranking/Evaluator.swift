import AgendaParser
import Foundation

/// Scores the units of one collection against a parsed query.
///
/// A unit matches when every clause does (any clause with `any`); a clause
/// matches when one of its alternatives does, and an alternative when all of
/// its keywords occur in the unit (one with `any`). A clause scores as its
/// best matching alternative: BM25 summed over the alternative's keywords and
/// every field that holds them; alias alternatives weigh 0.8. The unit's score
/// is the sum over its clauses, ×1.5 when the keywords of the query (or of an
/// alternative) also occur as one exact phrase.
///
/// `ranked()` scores every matching unit without allocating; `detail(_:)`
/// then explains and highlights only the units that are shown.
struct Evaluator {
    let collection: FieldedCollection
    let query: ParsedQuery
    /// Every distinct pattern of the query, and its verified matches.
    let patterns: [KeywordPattern]
    let found: [PatternMatches]
    private let idf: [Double]
    /// Each clause's alternatives, a range of `alternatives`.
    private let clauses: [Range<Int>]
    private let alternatives: [Alternative]
    /// The keywords of every alternative back to back (indices into `patterns`).
    private let keywordList: [Int]
    /// The alias names alternatives match through.
    private let vias: [String]
    private let phrase: Int?
    /// `collection.averageLengths` by field code (a dictionary look-up per score term was measurable).
    private let averageLengths: [Double]

    /// An alternative with its patterns as indices into `patterns`, held as plain
    /// integers so that scoring a unit copies no arrays or strings.
    private struct Alternative {
        /// Positions in `keywordList`.
        var keywords: Range<Int>
        var phrase: Int?
        /// Position in `vias`.
        var via: Int?
    }

    init(collection: FieldedCollection, query: ParsedQuery) {
        self.collection = collection
        self.query = query
        let patterns = query.patterns
        self.patterns = patterns
        found = patterns.map { pattern in
            var matches = collection.matches(of: pattern)
            matches.index(textCount: collection.texts.count, unitCount: collection.unitCount)
            return matches
        }
        idf = found.map { BM25.idf(documentFrequency: $0.units.count, count: collection.unitCount) }
        func index(_ pattern: KeywordPattern) -> Int { patterns.firstIndex(of: pattern)! }
        var clauses: [Range<Int>] = []
        var alternatives: [Alternative] = []
        var keywordList: [Int] = []
        var vias: [String] = []
        for clause in query.clauses {
            let first = alternatives.count
            for alternative in clause.alternatives {
                let start = keywordList.count
                keywordList += alternative.keywords.map(index)
                var via: Int?
                if let name = alternative.via {
                    via = vias.count
                    vias.append(name)
                }
                alternatives.append(
                    Alternative(keywords: start..<keywordList.count, phrase: alternative.phrase.map(index), via: via))
            }
            clauses.append(first..<alternatives.count)
        }
        self.clauses = clauses
        self.alternatives = alternatives
        self.keywordList = keywordList
        self.vias = vias
        phrase = query.phrase.map(index)
        averageLengths = SearchField.byCode.map { collection.averageLengths[$0] ?? 1 }
    }

    /// The verified matches of `pattern`, if it is part of the query.
    func matches(of pattern: KeywordPattern) -> PatternMatches? {
        patterns.firstIndex(of: pattern).map { found[$0] }
    }

    /// Every matching unit with its score, best first (ties in corpus order).
    func ranked() -> [(unit: Int, score: Double)] { ranked(limit: nil).best }

    /// The `limit` best matching units (all when nil) in ranking order, and how many match.
    func ranked(limit: Int?) -> (best: [(unit: Int, score: Double)], total: Int) {
        var candidates: [Int32] = []
        for position in keywordList.indices { candidates += found[keywordList[position]].units }
        candidates.sort()
        var units: [Int32] = []
        units.reserveCapacity(candidates.count)
        for unit in candidates where units.last != unit { units.append(unit) }
        // Many units are scored in parallel, each piece keeping its own best.
        let scored = units.concurrentMapPieces(minimum: FieldedCollection.parallelCandidates) { piece in
            var result: [(unit: Int, score: Double)] = []
            var none: UnitScore?
            for unit in piece {
                if let score = score(Int(unit), detail: &none) { result.append((Int(unit), score)) }
            }
            return (best: Self.best(result, limit: limit), total: result.count)
        }
        let best = scored.count == 1 ? scored[0].best : Self.best(scored.flatMap(\.best), limit: limit)
        return (best, scored.reduce(0) { $0 + $1.total })
    }

    /// Whether `a` ranks before `b`: higher score, then earlier unit.
    private static func ranksBefore(_ a: (unit: Int, score: Double), _ b: (unit: Int, score: Double)) -> Bool {
        a.score != b.score ? a.score > b.score : a.unit < b.unit
    }

    /// The `limit` best of `scored`, in ranking order: a bounded heap when few of many are
    /// wanted, rather than sorting them all.
    static func best(_ scored: [(unit: Int, score: Double)], limit: Int?) -> [(unit: Int, score: Double)] {
        guard let limit, limit < scored.count / 4 else {
            return scored.sorted(by: ranksBefore).prefix(limit ?? scored.count).map { $0 }
        }
        guard limit > 0 else { return [] }
        // A heap whose root is the worst of the best kept so far.
        var heap = Array(scored.prefix(limit))
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                var worst = parent
                let left = 2 * parent + 1
                if left < heap.count && ranksBefore(heap[worst], heap[left]) { worst = left }
                if left + 1 < heap.count && ranksBefore(heap[worst], heap[left + 1]) { worst = left + 1 }
                if worst == parent { return }
                heap.swapAt(parent, worst)
                parent = worst
            }
        }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        for candidate in scored.dropFirst(limit) where ranksBefore(candidate, heap[0]) {
            heap[0] = candidate
            siftDown(0)
        }
        return heap.sorted(by: ranksBefore)
    }

    /// Score terms, highlights and `via` of a matching unit.
    func detail(_ unit: Int) -> UnitScore {
        var detail: UnitScore? = UnitScore(unit: unit)
        _ = score(unit, detail: &detail)
        return detail!
    }

    private func holds(_ pattern: Int, _ unit: Int) -> Bool { found[pattern].holds(unit: unit) }

    /// The unit's score, or nil if it does not match; fills `detail` when given.
    private func score(_ unit: Int, detail: inout UnitScore?) -> Double? {
        var total = 0.0
        var clausesMatched = 0
        for clause in clauses {
            // The clause scores as the words typed when they match, else as its best alias;
            // every matching alternative is highlighted.
            var best: (score: Double, index: Int)?
            var literal: (score: Double, index: Int)?
            for index in clause where matches(alternatives[index], unit) {
                let alternative = alternatives[index]
                let score = self.score(alternative, unit)
                if alternative.via == nil { literal = (score, index) }
                if best.map({ score > $0.score }) ?? true { best = (score, index) }
                if detail != nil { highlight(alternative, unit, in: &detail!) }
            }
            best = literal ?? best
            guard let best else { continue }
            clausesMatched += 1
            total += best.score
            if detail != nil { record(alternatives[best.index], unit, in: &detail!) }
        }
        let matchedAll = query.any ? clausesMatched > 0 : clausesMatched == clauses.count
        guard matchedAll && total > 0 else { return nil }
        if let phrase, holds(phrase, unit) {
            total *= BM25.phraseBoost
            if detail != nil {
                for index in detail!.terms.indices {
                    detail!.terms[index].phraseBoost *= BM25.phraseBoost
                    detail!.terms[index].score *= BM25.phraseBoost
                }
                addRanges(of: phrase, unit, to: &detail!)
            }
        }
        detail?.score = total
        return total
    }

    private func matches(_ alternative: Alternative, _ unit: Int) -> Bool {
        if query.any { return alternative.keywords.contains { holds(keywordList[$0], unit) } }
        return alternative.keywords.allSatisfy { holds(keywordList[$0], unit) }
    }

    /// BM25 of one matching alternative.
    private func score(_ alternative: Alternative, _ unit: Int) -> Double {
        let weight = weight(of: alternative, unit)
        var total = 0.0
        for position in alternative.keywords {
            let keyword = keywordList[position]
            for text in collection.texts(of: unit) {
                let tf = found[keyword].count(in: text)
                if tf > 0 { total += bm25(keyword, tf: tf, in: text) * weight }
            }
        }
        return total
    }

    /// Alias weight times phrase boost of an alternative.
    private func weight(of alternative: Alternative, _ unit: Int) -> Double {
        let boost = alternative.phrase.map { holds($0, unit) ? BM25.phraseBoost : 1 } ?? 1
        return (alternative.via == nil ? 1 : BM25.aliasWeight) * boost
    }

    private func bm25(_ keyword: Int, tf: Int, in text: Int) -> Double {
        let code = collection.fieldCode(of: text)
        let field = SearchField.byCode[code]
        let length = Int(collection.texts.lengths[text])
        let average = averageLengths[code]
        return idf[keyword] * BM25.tfWeight(tf, length: length, averageLength: average) * field.weight
    }

    /// The terms of the alternative that scored a clause, and its `via`.
    private func record(_ alternative: Alternative, _ unit: Int, in detail: inout UnitScore) {
        let boost = alternative.phrase.map { holds($0, unit) ? BM25.phraseBoost : 1 } ?? 1
        let aliasWeight = alternative.via == nil ? 1 : BM25.aliasWeight
        let via = alternative.via.map { vias[$0] }
        for position in alternative.keywords {
            let keyword = keywordList[position]
            for text in collection.texts(of: unit) {
                let tf = found[keyword].count(in: text)
                guard tf > 0 else { continue }
                let field = collection.field(of: text)
                let score = bm25(keyword, tf: tf, in: text) * aliasWeight * boost
                detail.terms.append(
                    ScoreTerm(
                        keyword: patterns[keyword].text, field: field, via: via, tf: tf,
                        df: found[keyword].units.count, count: collection.unitCount, idf: idf[keyword],
                        length: Int(collection.texts.lengths[text]),
                        averageLength: collection.averageLengths[field] ?? 1, fieldWeight: field.weight,
                        aliasWeight: aliasWeight, phraseBoost: boost, score: score))
                detail.textScores[text, default: 0] += score
            }
        }
        if detail.via == nil { detail.via = via }
    }

    /// Adds the matches of an alternative (and its phrase) to the highlights.
    private func highlight(_ alternative: Alternative, _ unit: Int, in detail: inout UnitScore) {
        for position in alternative.keywords where holds(keywordList[position], unit) {
            addRanges(of: keywordList[position], unit, to: &detail)
        }
        if let phrase = alternative.phrase, holds(phrase, unit) { addRanges(of: phrase, unit, to: &detail) }
    }

    private func addRanges(of pattern: Int, _ unit: Int, to detail: inout UnitScore) {
        for text in collection.texts(of: unit) where found[pattern].count(in: text) > 0 {
            let ranges = collection.texts.occurrences(of: collection.pattern(patterns[pattern], for: text), in: text)
            detail.ranges[text, default: []] += ranges
        }
    }
}
