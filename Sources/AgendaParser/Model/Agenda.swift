/// A research agenda: a paper or survey whose challenges are grouped into categories.
public struct Agenda: Hashable, Codable, Sendable {
    /// Stable short id (`anwar2024`, `xiong2023`), declared by the curated index.
    public var id: String
    /// Short name for tables: `Anwar et al. 2024`.
    public var name: String
    public var title: String?
    /// The documents that belong to this agenda; section references in them
    /// (`第2.4.5节`) point at this agenda's challenges.
    public var documents: [String]
    public var source: SourceLocation

    public init(id: String, name: String, title: String?, documents: [String], source: SourceLocation) {
        self.id = id
        self.name = name
        self.title = title
        self.documents = documents
        self.source = source
    }
}

/// A group of challenges within an agenda (`2 对LLMs的科学理解`).
public struct Category: Hashable, Codable, Sendable {
    /// Unique across the corpus: the section number (`2`) or a declared letter (`S`).
    public var id: String
    /// The `id` of the agenda it belongs to.
    public var agenda: String
    public var name: String
    public var nameEn: String?
    /// Where the corpus states the category (never the index row).
    public var source: SourceLocation

    public init(id: String, agenda: String, name: String, nameEn: String?, source: SourceLocation) {
        self.id = id
        self.agenda = agenda
        self.name = name
        self.nameEn = nameEn
        self.source = source
    }
}

/// One open problem of an agenda, with the sub-questions its description poses.
public struct Challenge: Hashable, Codable, Sendable {
    /// `2.1` for Anwar et al.; `S1`, `T3` … for list-stated challenges.
    public var id: String
    public var agenda: String
    /// The `id` of its category.
    public var category: String
    public var title: String
    public var titleEn: String?
    /// The description as the corpus gives it, if it gives one.
    public var summary: String?
    public var questions: [String]
    /// Where the corpus itself states the challenge: a table row, a bullet,
    /// or the prose line a curated index points to.
    public var source: SourceLocation
    /// Every other place that discusses it: section references (`第2.4.5节`), …
    public var discussedAt: [SourceLocation]

    public init(
        id: String, agenda: String, category: String, title: String, titleEn: String?,
        summary: String?, questions: [String], source: SourceLocation, discussedAt: [SourceLocation]
    ) {
        self.id = id
        self.agenda = agenda
        self.category = category
        self.title = title
        self.titleEn = titleEn
        self.summary = summary
        self.questions = questions
        self.source = source
        self.discussedAt = discussedAt
    }
}
