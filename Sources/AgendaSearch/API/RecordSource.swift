import AgendaParser

/// Where a search reads the passages, concepts and works it shows: the
/// corpus's own arrays, or a reader that decodes them one at a time (the
/// on-disk cache), so a search over a large corpus reads only its hits.
public struct RecordSource<Element: Sendable>: Sendable {
    public let count: Int
    private let fetch: @Sendable (Int) -> Element

    public init(_ elements: [Element]) {
        count = elements.count
        fetch = { elements[$0] }
    }

    /// `fetch` is called with `0..<count` only.
    public init(count: Int, fetch: @escaping @Sendable (Int) -> Element) {
        self.count = count
        self.fetch = fetch
    }

    public subscript(index: Int) -> Element { fetch(index) }

    /// Every element, in order (decoding each one from a reader).
    public var all: [Element] { (0..<count).map(fetch) }
}

public typealias PassageSource = RecordSource<Passage>
