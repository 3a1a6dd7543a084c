/// Merges term pairs that share an English name or abbreviation into concepts.
///
/// Keys are normalised English names (case, hyphens and a plural `s` ignored:
/// `Scaling Law` = `scaling laws`) and abbreviations (`LLMs` = `LLM`). Within a
/// concept a Chinese name that merely ends with another (`确保大型语言模型`
/// vs `大型语言模型`) is a mis-cut and yields to the shorter one.
struct ConceptMerger {
    var pairs: [TermPair]
    /// How often each Chinese name occurs in the corpus; the commonest name becomes the term.
    var frequency: [String: Int] = [:]

    func merge() -> [Concept] {
        var groups = UnionFind(count: pairs.count)
        var owner: [String: Int] = [:]
        // The same English name recurs thousands of times in a large corpus: normalise each once.
        var normalised: [String: String] = [:]
        func key(_ name: String) -> String {
            if let known = normalised[name] { return known }
            let key = Self.normalise(name)
            normalised[name] = key
            return key
        }
        for (index, pair) in pairs.enumerated() {
            for key in [key(pair.english)] + (pair.abbreviation.map { [key($0)] } ?? []) {
                if let other = owner[key] { groups.union(index, other) } else { owner[key] = index }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in pairs.indices { members[groups.find(index), default: []].append(index) }
        // Each concept's pairs in source order, sorted by document number rather than by
        // name (the same order: numbers follow the names'), ties in pair order.
        let documents = DocumentNumbering(pairs) { $0.source.document }.numbers
        return members.values.map { indices in
            let ordered = indices.sorted {
                (documents[$0], pairs[$0].source.line, $0) < (documents[$1], pairs[$1].source.line, $1)
            }
            return concept(fromSorted: ordered.map { pairs[$0] })
        }
        .sorted {
            ($0.definedAt.first ?? SourceLocation(document: "", line: 0), $0.term) < (
                $1.definedAt.first ?? SourceLocation(document: "", line: 0), $1.term
            )
        }
    }

    /// Lower case, hyphens and underscores as spaces, single spaces, last word without a plural `s`.
    static func normalise(_ english: String) -> String {
        var words = english.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
        if var last = words.popLast() {
            if last.hasSuffix("ies"), last.count > 4 {
                last = String(last.dropLast(3)) + "y"
            } else if last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("is"), !last.hasSuffix("us"),
                last.count > 2
            {
                last.removeLast()
            }
            words.append(last)
        }
        return words.joined(separator: " ")
    }

    /// The concept of a group of pairs, given in source order.
    private func concept(fromSorted sorted: [TermPair]) -> Concept {
        var terms = Self.distinct(sorted.map(\.term))
        terms = terms.filter { term in !terms.contains { $0 != term && $0.count >= 2 && term.hasSuffix($0) } }
        let defining = sorted.first { $0.origin == .definitionBullet }
        // Rank: a Chinese name over a Latin one, then corpus frequency, then the defining bullet, then first seen.
        func rank(_ name: String) -> (Int, Int, Int, Int) {
            let han = name.unicodeScalars.contains(where: \.isHan) ? 1 : 0
            return (han, frequency[name] ?? 0, name == defining?.term ? 1 : 0, -(terms.firstIndex(of: name) ?? 0))
        }
        let term = terms.max { rank($0) < rank($1) } ?? sorted[0].term
        // The English as the corpus writes it, before a glossary row's lower-case form.
        let written = sorted.filter { $0.origin != .glossary }
        let fullNames = sorted.filter { $0.abbreviation != $0.english }
        let english =
            Self.mostCommon(fullNames.filter { $0.origin != .glossary }.map(\.english))
            ?? Self.mostCommon(fullNames.map(\.english))
            ?? Self.mostCommon((written.isEmpty ? sorted : written).map(\.english))

        var aliasSources: [AliasSource] = []
        func key(_ name: String) -> String {
            name.unicodeScalars.contains(where: \.isHan) ? name : Self.normalise(name)
        }
        var seen: Set<String> = [key(term), english.map(key) ?? ""]
        func addAlias(_ name: String, _ source: SourceLocation) {
            guard !name.isEmpty, seen.insert(key(name)).inserted else { return }
            aliasSources.append(AliasSource(alias: name, source: source))
        }
        // A pair that repeats an earlier one's names adds no alias: each distinct one is read once.
        var readNames = Set<[String?]>()
        for pair in sorted where readNames.insert([pair.term, pair.abbreviation, pair.english]).inserted {
            if terms.contains(pair.term) { addAlias(pair.term, pair.source) }
            if let abbreviation = pair.abbreviation { addAlias(abbreviation, pair.source) }
            addAlias(pair.english, pair.source)
            for expansion in SlashExpansion.expand(pair.term) + SlashExpansion.expand(pair.english) {
                addAlias(expansion, pair.source)
            }
        }
        let definitionPair = defining ?? sorted.first { $0.definition != nil }
        return Concept(
            term: term, english: english, aliases: aliasSources.map(\.alias), aliasSources: aliasSources,
            definition: definitionPair?.definition, definitionSource: definitionPair?.source,
            definedAt: Self.definitionPlaces(sorted), occurrences: [])
    }

    /// Corpus lines first; a glossary row that names no corpus line (its source is the
    /// index row itself) comes last, so a concept is never shown as defined in the index.
    private static func definitionPlaces(_ pairs: [TermPair]) -> [SourceLocation] {
        let (corpus, index) = (pairs.filter { !$0.isIndexOnly }, pairs.filter(\.isIndexOnly))
        return distinct(corpus.map(\.source)) + distinct(index.map(\.source))
    }

    private static func distinct<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }

    private static func mostCommon(_ names: [String]) -> String? {
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        return distinct(names).max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }
}

/// `避免奖励劫持/游戏` → 避免奖励劫持, 避免奖励游戏; `Avoiding Reward Hacking/Gaming` →
/// Avoiding Reward Hacking, Avoiding Reward Gaming: the shorter side replaces
/// the same number of characters (Chinese) or words (English) at the end.
enum SlashExpansion {
    static func expand(_ name: String) -> [String] {
        let sides = name.split(separator: "/", maxSplits: 1).map(String.init)
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else { return [] }
        let (left, right) = (sides[0].trimmingSpaces(), sides[1].trimmingSpaces())
        if left.unicodeScalars.contains(where: \.isHan) {
            guard right.count < left.count else { return [left, right] }
            return [left, String(left.dropLast(right.count)) + right]
        }
        let leftWords = left.split(separator: " ")
        let rightWords = right.split(separator: " ")
        guard rightWords.count < leftWords.count else { return [left, right] }
        return [left, (leftWords.dropLast(rightWords.count) + rightWords).joined(separator: " ")]
    }
}

/// Disjoint sets over `0..<count`, with path halving.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (find(a), find(b))
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
