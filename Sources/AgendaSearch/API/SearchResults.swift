/// The answer to a `SearchQuery`: hits grouped by kind, and when there are
/// none, why not and what might have been meant.
public struct SearchResults: Hashable, Codable, Sendable {
    public var query: SearchQuery
    /// Concepts, then challenges, then works, then passages; each group best first.
    public var hits: [SearchHit]
    /// How many items of each kind matched before `limit` applied: for the
    /// kinds searched, or for every kind when none of those matched.
    public var totals: [SearchHit.Kind: Int]
    /// Why nothing was found; empty when something matched (even if `limit` is 0).
    public var reasons: [NoHitReason]
    /// Nearest names and words when nothing was found, best first.
    public var suggestions: [Suggestion]
    /// Tokens and expansions, when the query asked for an explanation.
    public var explanation: SearchExplanation?

    public var isEmpty: Bool { hits.isEmpty }

    /// The hits of one kind, best first.
    public func hits(_ kind: SearchHit.Kind) -> [SearchHit] { hits.filter { $0.kind == kind } }
}

/// Why a search found nothing, as a stable code and a sentence.
public struct NoHitReason: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Codable, Sendable {
        /// Nothing searchable was left after normalisation (only punctuation).
        case emptyQuery = "empty-query"
        /// No passage, concept, challenge or work contains the keyword.
        case noMatch = "no-match"
        /// The words of a multi-word keyword occur, but never as this phrase.
        case phraseNotFound = "phrase-not-found"
        /// Every keyword occurs somewhere, but never all in one place.
        case notTogether = "not-together"
        /// No concept is called this, so no alias was tried.
        case noAlias = "no-alias"
        /// There are hits, but only of kinds the query left out.
        case filteredOut = "filtered-out"
    }

    public var code: Code
    /// The keywords, or kinds, it is about.
    public var terms: [String]
    public var message: String

    public var description: String { message }
}

/// A name or word close to what was searched for.
public struct Suggestion: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Codable, Sendable {
        case concept
        case challenge
        /// A heading of a document.
        case heading
        /// A word of the corpus text.
        case word
    }

    public var kind: Kind
    /// The suggested text, as the corpus writes it.
    public var text: String
    /// The name in the other language, where known (`Scalable Oversight` for `可扩展的监管`).
    public var otherName: String?
    /// 0…1, higher is closer.
    public var similarity: Double

    public var description: String { otherName.map { "\(text) / \($0)" } ?? text }
}
