import AgendaParser

/// A section of the Markdown reference list: a heading and the works under it,
/// each with the places that put it there (its mentions in a document, or the
/// mentions where a challenge is discussed).
public struct ReferenceGroup: Hashable, Sendable {
    public var title: String
    /// Where the group's subject is stated (a challenge's source), if anywhere.
    public var source: SourceLocation?
    /// `Work.key` → the mention locations to list under it; an empty list lists all mentions.
    public var citations: [String: [SourceLocation]]

    public init(title: String, source: SourceLocation? = nil, citations: [String: [SourceLocation]]) {
        self.title = title
        self.source = source
        self.citations = citations
    }
}

extension ReferenceGroup {
    /// One group per document that cites any of `works`, in `documents` order (then by name),
    /// each work with its mentions in that document. `documents` supplies titles.
    public static func byDocument(_ works: [Work], documents: [Document] = []) -> [ReferenceGroup] {
        var citations: [String: [String: [SourceLocation]]] = [:]
        for work in works {
            for mention in work.mentions {
                citations[mention.source.document, default: [:]][work.key, default: []].append(mention.source)
            }
        }
        let order = Dictionary(documents.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let titles = Dictionary(documents.map { ($0.name, $0.title) }, uniquingKeysWith: { first, _ in first })
        let names = citations.keys.sorted { lhs, rhs in
            (order[lhs] ?? Int.max, lhs) < (order[rhs] ?? Int.max, rhs)
        }
        return names.map { name in
            let title = titles[name].map { $0.isEmpty || $0 == name ? name : "\(name) — \($0)" } ?? name
            return ReferenceGroup(title: title, citations: citations[name] ?? [:])
        }
    }

    /// One group per challenge with cited works, in corpus order: the works cited where
    /// it is discussed, each with the mentions that tie it there.
    public static func byChallenge(_ relations: CorpusRelations) -> [ReferenceGroup] {
        relations.corpus.challenges.compactMap { challenge in
            let cited = relations.citations(for: challenge.id)
            guard !cited.isEmpty else { return nil }
            var citations: [String: [SourceLocation]] = [:]
            for citation in cited { citations[citation.key] = citation.mentions.map(\.source) }
            let english = challenge.titleEn.map { " (\($0))" } ?? ""
            return ReferenceGroup(
                title: "\(challenge.id) \(challenge.title)\(english)", source: challenge.source,
                citations: citations)
        }
    }
}
