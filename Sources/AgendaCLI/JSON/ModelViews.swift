import AgendaParser

/// The JSON shapes of model values: a documented contract (README, "JSON output"),
/// kept apart from the model so the model can change without breaking scripts.
struct SourceView: Encodable {
    var source: SourceLocation

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(source.document, "document")
        try container.put(source.line, "line")
    }
}

extension Array where Element == SourceLocation {
    var views: [SourceView] { map(SourceView.init) }
}

struct DocumentView: Encodable {
    var document: Document
    var counts: [String: Int]?

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(document.name, "name")
        try container.put(document.title, "title")
        try container.put(document.format.rawValue, "format")
        try container.put(document.role.rawValue, "role")
        try container.put(document.lineCount, "lineCount")
        try container.put(document.metadata, "metadata")
        try container.put(document.outline.map(HeadingView.init), "outline")
        if let counts { try container.put(counts, "counts") }
    }
}

struct HeadingView: Encodable {
    var heading: Heading

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(heading.level, "level")
        try container.put(heading.number, "number")
        try container.put(heading.title, "title")
        try container.put(SourceView(source: heading.source), "source")
    }
}

struct AgendaView: Encodable {
    var agenda: Agenda

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(agenda.id, "id")
        try container.put(agenda.name, "name")
        try container.put(agenda.title, "title")
        try container.put(agenda.documents, "documents")
        try container.put(SourceView(source: agenda.source), "source")
    }
}

struct CategoryView: Encodable {
    var category: Category
    var challengeCount: Int?

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(category.id, "id")
        try container.put(category.agenda, "agenda")
        try container.put(category.name, "name")
        try container.put(category.nameEn, "nameEn")
        try container.put(SourceView(source: category.source), "source")
        if let challengeCount { try container.put(challengeCount, "challengeCount") }
    }
}

struct ChallengeView: Encodable {
    var challenge: Challenge

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(challenge.id, "id")
        try container.put(challenge.agenda, "agenda")
        try container.put(challenge.category, "category")
        try container.put(challenge.title, "title")
        try container.put(challenge.titleEn, "titleEn")
        try container.put(challenge.summary, "summary")
        try container.put(challenge.questions, "questions")
        try container.put(SourceView(source: challenge.source), "source")
        try container.put(challenge.discussedAt.views, "discussedAt")
    }
}

struct ConceptView: Encodable, Sendable {
    var concept: Concept

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(concept.term, "term")
        try container.put(concept.english, "english")
        try container.put(concept.aliases, "aliases")
        try container.put(concept.aliasSources.map(AliasView.init), "aliasSources")
        try container.put(concept.definition, "definition")
        try container.put(concept.definitionSource.map(SourceView.init), "definitionSource")
        try container.put(concept.definedAt.views, "definedAt")
        try container.put(concept.occurrences.views, "occurrences")
    }
}

struct AliasView: Encodable {
    var alias: AliasSource

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(alias.alias, "alias")
        try container.put(alias.source.document, "document")
        try container.put(alias.source.line, "line")
    }
}

struct DiagnosticView: Encodable {
    var diagnostic: Diagnostic

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(diagnostic.id, "id")
        try container.put(diagnostic.severity.rawValue, "severity")
        try container.put(diagnostic.document, "document")
        try container.put(diagnostic.source?.line, "line")
        try container.put(diagnostic.message, "message")
    }
}
