import AgendaParser

/// Where a search reads the records it shows: the corpus's own arrays, or a
/// reader that decodes them one at a time (the on-disk cache), so a search
/// over a large corpus reads only its hits.
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

    /// Each element through `transform`, as it is read.
    public func map<Other>(_ transform: @escaping @Sendable (Element) -> Other) -> RecordSource<Other> {
        RecordSource<Other>(count: count) { [fetch] in transform(fetch($0)) }
    }

    /// Every element, in order (decoding each one from a reader).
    public var all: [Element] { (0..<count).map(fetch) }
}

public typealias PassageSource = RecordSource<Passage>

/// Every kind of record a search shows, each from its `RecordSource`.
public struct SearchRecords: Sendable {
    public var passages: PassageSource
    public var concepts: RecordSource<Concept>
    public var challenges: RecordSource<Challenge>
    public var works: RecordSource<Work>
    /// The headings of each document, in the order of `Corpus.documents`.
    public var outlines: RecordSource<[Heading]>

    public init(
        passages: PassageSource, concepts: RecordSource<Concept>, challenges: RecordSource<Challenge>,
        works: RecordSource<Work>, outlines: RecordSource<[Heading]>
    ) {
        self.passages = passages
        self.concepts = concepts
        self.challenges = challenges
        self.works = works
        self.outlines = outlines
    }

    /// The records of a corpus that holds them all.
    public init(_ corpus: Corpus) {
        self.init(
            passages: PassageSource(corpus.passages), concepts: RecordSource(corpus.concepts),
            challenges: RecordSource(corpus.challenges), works: RecordSource(corpus.works),
            outlines: RecordSource(corpus.documents.map(\.outline)))
    }
}
