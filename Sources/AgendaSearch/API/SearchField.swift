/// Where in a hit a keyword matched; each field weighs a match differently.
///
/// Weights multiply the BM25 score of a match: a challenge title (4) counts
/// more than a concept name or alias (3), which counts more than a definition
/// (2), which counts more than running text (1).
public enum SearchField: String, Hashable, Codable, Sendable, CaseIterable {
    /// A challenge id (`2.4`) or work key (`ouyang2022`): matches whole words only.
    case identifier
    case challengeTitle = "challenge-title"
    /// A concept's term, English name or alias.
    case conceptName = "concept-name"
    case definition
    /// A work's authors.
    case author
    /// A work's year as written (`2023a`).
    case year
    /// A work's title, original or Chinese.
    case workTitle = "work-title"
    /// Passages, challenge summaries and questions, a work's venue.
    case body

    public var weight: Double {
        switch self {
        case .identifier: 5
        case .challengeTitle: 4
        case .conceptName: 3
        case .author, .year: 3
        case .definition, .workTitle: 2
        case .body: 1
        }
    }
}
