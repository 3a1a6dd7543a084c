import AgendaParser

/// A concept a challenge involves, with the first of its names found and where.
public struct ConceptMatch: Hashable, Sendable {
    /// The part of the challenge the name was found in.
    public enum Field: String, Hashable, Codable, Sendable {
        case title
        case titleEn = "title-en"
        case summary
        case question
    }

    public var concept: Concept
    /// The name as the concept spells it (`奖励劫持`, `reward hacking`).
    public var name: String
    public var field: Field

    public init(concept: Concept, name: String, field: Field) {
        self.concept = concept
        self.name = name
        self.field = field
    }
}

/// Finds concept names in challenge texts (see `TextMatcher` for the rules).
struct ConceptMatcher: Sendable {
    private let concepts: [Concept]
    private let matchers: [[(name: String, matcher: TextMatcher)]]

    init(concepts: [Concept]) {
        self.concepts = concepts
        matchers = concepts.map { concept in
            concept.names.compactMap { name in TextMatcher(name).map { (name, $0) } }
        }
    }

    /// The concepts involved in `challenge`, in corpus order, each once.
    func matches(in challenge: Challenge) -> [ConceptMatch] {
        var fields: [(ConceptMatch.Field, [UInt8])] = [(.title, TextMatcher.folded(challenge.title))]
        if let titleEn = challenge.titleEn { fields.append((.titleEn, TextMatcher.folded(titleEn))) }
        if let summary = challenge.summary { fields.append((.summary, TextMatcher.folded(summary))) }
        fields += challenge.questions.map { (.question, TextMatcher.folded($0)) }
        return concepts.indices.compactMap { index in
            for (field, text) in fields {
                for (name, matcher) in matchers[index] where matcher.occurs(in: text) {
                    return ConceptMatch(concept: concepts[index], name: name, field: field)
                }
            }
            return nil
        }
    }
}
