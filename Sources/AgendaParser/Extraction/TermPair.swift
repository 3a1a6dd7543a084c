/// One place where the corpus gives a term with its English name:
/// `中文（English）`, `**中文**（English, ABBR）`, `- 术语 (English) : 定义`,
/// or a glossary row of the curated index.
struct TermPair: Sendable, Equatable {
    enum Origin: Sendable, Equatable {
        case inline
        case definitionBullet
        case glossary
    }

    var term: String
    /// The English name as written (`Large Language Model`), or the abbreviation alone (`LLMs`).
    var english: String
    /// `LLM` in `(Large Language Model, LLM)`.
    var abbreviation: String?
    var definition: String?
    var source: SourceLocation
    var origin: Origin
    /// A glossary row with no corpus line: its source is the index row itself.
    var isIndexOnly = false

    /// Every name this pair gives: term, English, abbreviation and `/` expansions.
    var names: [String] {
        [term, english] + (abbreviation.map { [$0] } ?? []) + SlashExpansion.expand(term)
            + SlashExpansion.expand(english)
    }
}
