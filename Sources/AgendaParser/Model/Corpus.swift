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
