/// Builds one `Work` from the facts merged into it, taking each field from the
/// fullest source: a reference-list entry first, then the mentions in order.
enum WorkAssembler {
    /// The work of the facts at `members` (fact indices, in merge order). The facts
    /// are read in place: copying one retains each of its strings and arrays.
    static func work(from members: [Int], of facts: [CitationFact], reasons: Set<MergeReason>) -> Work {
        // References first, then by where they appear; stable for equal places.
        let ordered = members.indices.sorted { lhs, rhs in
            let (left, right) = (members[lhs], members[rhs])
            if facts[left].isReference != facts[right].isReference { return facts[left].isReference }
            return (facts[left].source, lhs) < (facts[right].source, rhs)
        }.map { members[$0] }
        let reference = ordered.first { facts[$0].isReference }
        let authorSource = reference ?? ordered.max { facts[$0].authors.count < facts[$1].authors.count }
        let mentions = ordered.flatMap { facts[$0].mentions }.enumerated()
            .sorted { ($0.element.source, $0.offset) < ($1.element.source, $1.offset) }.map(\.element)
        func first(_ field: (CitationFact) -> String?) -> String? {
            for index in ordered { if let value = field(facts[index]) { return value } }
            return nil
        }
        return Work(
            key: "", kind: kind(of: ordered, in: facts, reference: reference),
            authors: authorSource.map { facts[$0].authors } ?? [],
            authorNames: reference.map { facts[$0].authorNames } ?? [],
            year: year(of: ordered, in: facts, reference: reference),
            month: ordered.lazy.compactMap { facts[$0].month }.first,
            title: first { $0.title }, titleZh: first { $0.titleZh }, venue: first { $0.venue },
            details: reference.flatMap { facts[$0].details } ?? first { $0.details },
            arxiv: first { $0.arxiv }, doi: first { $0.doi }, url: first { $0.url },
            mentions: mentions, mergedBy: reasons.sorted())
    }

    /// The reference's year; else a year with its letter (`2022a`) over a bare one.
    private static func year(of ordered: [Int], in facts: [CitationFact], reference: Int?) -> String? {
        if let reference, let year = facts[reference].year { return year }
        let years = ordered.compactMap { facts[$0].year }
        let lettered = years.first { $0.unicodeScalars.count == 5 }
        guard let chosen = lettered ?? years.first else { return nil }
        // A letter only when the citations agree on the year it belongs to.
        if let lettered, let plain = years.first, lettered.prefix(4) != plain.prefix(4) { return plain }
        return chosen
    }

    private static let kindPriority: [Work.Kind] = [
        .speech, .blogPost, .book, .preprint, .journalArticle, .conferencePaper, .report, .webpage,
    ]

    /// The reference's kind, else the most specific kind a mention gives
    /// (a talk or blog post named as such, an arXiv link, a web page).
    private static func kind(of ordered: [Int], in facts: [CitationFact], reference: Int?) -> Work.Kind {
        if let reference, let kind = facts[reference].kind, kind != .unknown { return kind }
        let kinds = Set(ordered.compactMap { facts[$0].kind })
        let citesArxiv = ordered.contains { facts[$0].arxiv != nil }
        if let kind = kindPriority.first(where: kinds.contains) {
            return kind == .webpage && citesArxiv ? .preprint : kind
        }
        return citesArxiv ? .preprint : .unknown
    }
}
