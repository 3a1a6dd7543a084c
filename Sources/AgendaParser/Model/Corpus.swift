/// Everything `agenda` knows about a directory of documents: the typed model.
public struct Corpus: Hashable, Codable, Sendable {
    public var documents: [Document]
    public var agendas: [Agenda]
    public var categories: [Category]
    public var challenges: [Challenge]
    public var concepts: [Concept]
    public var works: [Work]
    /// Searchable text units, in document and line order.
    public var passages: [Passage]
    public var diagnostics: [Diagnostic]

    public init(
        documents: [Document], agendas: [Agenda], categories: [Category], challenges: [Challenge],
        concepts: [Concept], works: [Work], passages: [Passage], diagnostics: [Diagnostic]
    ) {
        self.documents = documents
        self.agendas = agendas
        self.categories = categories
        self.challenges = challenges
        self.concepts = concepts
        self.works = works
        self.passages = passages
        self.diagnostics = diagnostics
    }

    public static let empty = Corpus(
        documents: [], agendas: [], categories: [], challenges: [], concepts: [], works: [],
        passages: [], diagnostics: [])
}

/// The parts of a corpus a command reads. Documents, agendas, categories,
/// challenges and the warnings about skipped files are always there; a part
/// left out is empty (the cache then decodes only what is asked for).
public struct CorpusParts: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let concepts = CorpusParts(rawValue: 1 << 0)
    public static let works = CorpusParts(rawValue: 1 << 1)
    public static let passages = CorpusParts(rawValue: 1 << 2)
    /// The parser's diagnostics (warnings about skipped files are always kept).
    public static let diagnostics = CorpusParts(rawValue: 1 << 3)
    public static let core: CorpusParts = []
    public static let all: CorpusParts = [.concepts, .works, .passages, .diagnostics]

    /// Whether citations must be read: for the works, and for their diagnostics.
    var needsCitations: Bool { !isDisjoint(with: [.works, .diagnostics]) }
}
