import AgendaParser

/// The passages a search shows its hits from: the corpus's own array, or a
/// reader that decodes them one at a time (the on-disk cache), so a search
/// over a large corpus reads only the passages it shows.
public struct PassageSource: Sendable {
    public let count: Int
    private let fetch: @Sendable (Int) -> Passage

    public init(_ passages: [Passage]) {
        count = passages.count
        fetch = { passages[$0] }
    }

    /// `fetch` is called with `0..<count` only.
    public init(count: Int, fetch: @escaping @Sendable (Int) -> Passage) {
        self.count = count
        self.fetch = fetch
    }

    public subscript(index: Int) -> Passage { fetch(index) }
}
