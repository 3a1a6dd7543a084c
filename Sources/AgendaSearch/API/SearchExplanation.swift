/// How a query was read: its keywords, their terms, and alias expansions.
public struct SearchExplanation: Hashable, Codable, Sendable {
    /// `all` (AND) or `any` (OR) between clauses.
    public var mode: String
    public var clauses: [Clause]
    /// Keywords dropped because nothing searchable was left (punctuation only).
    public var ignored: [String]
    /// With several keywords: the whole query as one phrase, whose exact occurrence earns the boost.
    public var phrase: String?

    /// A keyword as typed, or the whole query when it names a concept; matched
    /// by any of its alternatives.
    public struct Clause: Hashable, Codable, Sendable {
        public var text: String
        /// The concept whose names were added, if any.
        public var concept: String?
        public var alternatives: [Alternative]
    }

    /// What was typed (`via` nil) or one alias of it.
    public struct Alternative: Hashable, Codable, Sendable {
        public var via: String?
        public var keywords: [Keyword]
        /// For several keywords: the phrase whose exact occurrence earns the boost.
        public var phrase: String?
    }

    public struct Keyword: Hashable, Codable, Sendable {
        /// Normalised text.
        public var text: String
        /// Index terms looked up: `word`, `prefix*`, a CJK bigram or unigram, with position.
        public var tokens: [String]
        /// How the last word may end: `free`, `prefix`, `word-or-plural`.
        public var ending: String
        /// Passages that contain it (the BM25 document frequency).
        public var passages: Int
    }
}

/// Why a hit scored what it did: its score is the sum of `terms`.
public struct HitExplanation: Hashable, Codable, Sendable {
    public var terms: [ScoreTerm]
}

/// One BM25 term: a keyword in one field of a hit.
///
/// `score = idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × length / averageLength))
///          × fieldWeight × aliasWeight × phraseBoost`, with k1 = 1.2, b = 0.75 and
/// `idf = ln(1 + (count − df + 0.5) / (df + 0.5))`.
public struct ScoreTerm: Hashable, Codable, Sendable {
    public var keyword: String
    public var field: SearchField
    /// The alias this keyword stands for, if it is one.
    public var via: String?
    public var tf: Int
    /// Items of this kind that contain the keyword, out of `count`.
    public var df: Int
    public var count: Int
    public var idf: Double
    /// Length of the field in positions (words plus CJK characters).
    public var length: Int
    public var averageLength: Double
    public var fieldWeight: Double
    /// 0.8 for a match through an alias, so what was typed ranks first; else 1.
    public var aliasWeight: Double
    /// 1.5 when all keywords of a multi-keyword query occur as one exact phrase; else 1.
    public var phraseBoost: Double
    public var score: Double
}
