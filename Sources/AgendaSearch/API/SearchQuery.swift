/// What to search for and how.
///
/// `text` is split at spaces into keywords that must all match (`any` makes
/// one enough); text in double quotes (`"…"`, `“…”`, `「…」`) is one keyword
/// with its spaces. Each keyword is an exact substring of the normalised text
/// (see `SearchIndex`), so `对齐安全` is one phrase while `对齐 安全` are two
/// keywords.
public struct SearchQuery: Hashable, Codable, Sendable {
    public var text: String
    /// One keyword is enough (OR) instead of all of them (AND).
    public var any: Bool
    /// Which kinds of hit to return; the others are not listed.
    public var kinds: Set<SearchHit.Kind>
    /// At most this many hits of each kind; nil for all.
    public var limit: Int?
    /// Fill in `SearchResults.explanation` and each hit's `explanation`.
    public var explain: Bool

    public init(
        _ text: String, any: Bool = false, kinds: Set<SearchHit.Kind> = Set(SearchHit.Kind.allCases),
        limit: Int? = nil, explain: Bool = false
    ) {
        self.text = text
        self.any = any
        self.kinds = kinds
        self.limit = limit
        self.explain = explain
    }
}
