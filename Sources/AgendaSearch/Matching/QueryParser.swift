/// Reads a query string: keywords split at spaces, quoted phrases kept whole,
/// then alias expansion through `AliasTable`.
struct QueryParser {
    var aliases: AliasTable

    /// Opening quote → closing quotes it accepts.
    private static let quotes: [Character: Set<Character>] = [
        "\"": ["\""], "“": ["”", "\""], "”": ["”", "“"], "「": ["」"], "『": ["』"], "＂": ["＂"],
    ]

    /// The raw keywords of `text`: quoted parts whole, the rest split at whitespace.
    static func keywords(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var closing: Set<Character>?
        for character in text {
            if let expected = closing {
                if expected.contains(character) {
                    result.append(current)
                    current = ""
                    closing = nil
                } else {
                    current.append(character)
                }
            } else if let expected = quotes[character] {
                if !current.isEmpty { result.append(current) }
                current = ""
                closing = expected
            } else if character.isWhitespace {
                if !current.isEmpty { result.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    func parse(_ query: SearchQuery) -> ParsedQuery {
        var normaliser = Normaliser()
        var literal: [KeywordPattern] = []
        var typed: [String] = []
        var ignored: [String] = []
        var scalars: [UInt32] = []
        for keyword in QueryParser.keywords(query.text) {
            normaliser.normalise(keyword, into: &scalars)
            let pattern = KeywordPattern(normalised: scalars)
            if pattern.isSearchable {
                literal.append(pattern)
                typed.append(keyword)
            } else {
                ignored.append(keyword)
            }
        }
        guard !literal.isEmpty else {
            return ParsedQuery(clauses: [], any: query.any, ignored: ignored, phrase: nil)
        }

        let whole = typed.joined(separator: " ")
        if literal.count > 1, let concepts = aliases.concepts(named: whole) {
            let phrase = pattern(whole, using: &normaliser)
            var clause = ParsedQuery.Clause(
                text: whole, concept: aliases.label(of: concepts),
                alternatives: [ParsedQuery.Alternative(via: nil, keywords: literal, phrase: phrase)],
                namedConcepts: concepts)
            clause.alternatives += aliasAlternatives(concepts, except: whole, using: &normaliser)
            return ParsedQuery(clauses: [clause], any: query.any, ignored: ignored, phrase: nil)
        }
        let clauses = zip(typed, literal).map { text, pattern in
            var clause = ParsedQuery.Clause(
                text: text, concept: nil, alternatives: [ParsedQuery.Alternative(via: nil, keywords: [pattern])])
            if let concepts = aliases.concepts(named: text) {
                clause.concept = aliases.label(of: concepts)
                clause.namedConcepts = concepts
                clause.alternatives += aliasAlternatives(concepts, except: text, using: &normaliser)
            }
            return clause
        }
        let phrase = clauses.count > 1 ? pattern(whole, using: &normaliser) : nil
        return ParsedQuery(clauses: clauses, any: query.any, ignored: ignored, phrase: phrase)
    }

    private func pattern(_ text: String, using normaliser: inout Normaliser) -> KeywordPattern {
        var scalars: [UInt32] = []
        normaliser.normalise(text, into: &scalars)
        return KeywordPattern(normalised: scalars)
    }

    /// One single-keyword alternative per other name of `concepts`. A name that
    /// is what was typed, spelled differently (`Reward Hacking` for
    /// `reward-hacking`), counts as typed: it carries no `via`.
    private func aliasAlternatives(
        _ concepts: [Int], except typed: String, using normaliser: inout Normaliser
    ) -> [ParsedQuery.Alternative] {
        let typedKey = AliasTable.key(typed)
        var seen: Set<String> = [pattern(typed, using: &normaliser).text]
        var result: [ParsedQuery.Alternative] = []
        for name in aliases.names(of: concepts) {
            let keyword = pattern(name, using: &normaliser)
            guard keyword.isSearchable, seen.insert(keyword.text).inserted else { continue }
            let via = AliasTable.key(name) == typedKey ? nil : name
            result.append(ParsedQuery.Alternative(via: via, keywords: [keyword]))
        }
        return result
    }
}
