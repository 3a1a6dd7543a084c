/// Builds one `Work` from the facts merged into it, taking each field from the
/// fullest source: a reference-list entry first, then the mentions in order.
enum WorkAssembler {
    static func work(from group: [CitationFact], reasons: Set<MergeReason>) -> Work {
        // References first, then by where they appear; stable for equal places.
        let facts = group.enumerated().sorted { lhs, rhs in
            if lhs.element.isReference != rhs.element.isReference { return lhs.element.isReference }
            return (lhs.element.source, lhs.offset) < (rhs.element.source, rhs.offset)
        }.map(\.element)
        let reference = facts.first { $0.isReference }

        let authorSource = reference ?? facts.max { $0.authors.count < $1.authors.count }
        let mentions = facts.flatMap(\.mentions).enumerated()
            .sorted { ($0.element.source, $0.offset) < ($1.element.source, $1.offset) }.map(\.element)
        return Work(
            key: "", kind: kind(of: facts, reference: reference),
            authors: authorSource?.authors ?? [], authorNames: reference?.authorNames ?? [],
            year: year(of: facts, reference: reference), month: facts.lazy.compactMap(\.month).first,
            title: first(facts, \.title), titleZh: first(facts, \.titleZh),
            venue: first(facts, \.venue), details: reference?.details ?? first(facts, \.details),
            arxiv: first(facts, \.arxiv), doi: first(facts, \.doi), url: first(facts, \.url),
            mentions: mentions, mergedBy: reasons.sorted())
    }

    private static func first(_ facts: [CitationFact], _ field: KeyPath<CitationFact, String?>) -> String? {
        facts.lazy.compactMap { $0[keyPath: field] }.first
    }

    /// The reference's year; else a year with its letter (`2022a`) over a bare one.
    private static func year(of facts: [CitationFact], reference: CitationFact?) -> String? {
        if let year = reference?.year { return year }
        let years = facts.compactMap(\.year)
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
    private static func kind(of facts: [CitationFact], reference: CitationFact?) -> Work.Kind {
        if let kind = reference?.kind, kind != .unknown { return kind }
        let kinds = Set(facts.compactMap(\.kind))
        if let kind = kindPriority.first(where: kinds.contains) {
            if kind == .webpage, facts.contains(where: { $0.arxiv != nil }) { return .preprint }
            return kind
        }
        return facts.contains { $0.arxiv != nil } ? .preprint : .unknown
    }
}
