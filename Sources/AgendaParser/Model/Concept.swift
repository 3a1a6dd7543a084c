/// A technical term with its Chinese and English names, merged across documents.
public struct Concept: Hashable, Codable, Sendable {
    /// The preferred Chinese (or original) name.
    public var term: String
    public var english: String?
    /// Other names for the same thing, each justified by `aliasSources`.
    public var aliases: [String]
    public var aliasSources: [AliasSource]
    public var definition: String?
    public var definitionSource: SourceLocation?
    /// Where the term is introduced with its translation (`中文（English）`).
    public var definedAt: [SourceLocation]
    /// Every line of the corpus where the term or one of its aliases occurs.
    public var occurrences: [SourceLocation]

    public init(
        term: String, english: String?, aliases: [String], aliasSources: [AliasSource],
        definition: String?, definitionSource: SourceLocation?, definedAt: [SourceLocation],
        occurrences: [SourceLocation]
    ) {
        self.term = term
        self.english = english
        self.aliases = aliases
        self.aliasSources = aliasSources
        self.definition = definition
        self.definitionSource = definitionSource
        self.definedAt = definedAt
        self.occurrences = occurrences
    }

    /// All names: term, English and aliases, without duplicates.
    public var names: [String] {
        var seen = Set<String>()
        return ([term] + (english.map { [$0] } ?? []) + aliases).filter { seen.insert($0).inserted }
    }
}

/// An alias and the place in the corpus that links it to its concept.
public struct AliasSource: Hashable, Codable, Sendable {
    public var alias: String
    public var source: SourceLocation

    public init(alias: String, source: SourceLocation) {
        self.alias = alias
        self.source = source
    }
}
