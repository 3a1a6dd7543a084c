import AgendaParser

/// One work prepared once for every format: a unique ASCII key, split names,
/// cleaned identifiers and parsed details, so all formats agree on them.
struct ExportEntry: Sendable {
    var work: Work
    /// Unique among the exported works; `work.key` unless that was unusable or taken.
    var key: String
    var authors: [PersonName]
    /// Four digits, without the disambiguation letter.
    var year: String?
    /// 1–12; only beside a year, since every format's date starts with the year.
    var month: Int?
    /// The title to print: the original title, else the Chinese one.
    var title: String?
    /// The Chinese title when it is shown beside an original title.
    var translatedTitle: String?
    /// True when the printed title is Chinese (`language` zh).
    var isChinese: Bool
    /// The venue, unless it only names arXiv itself (`CoRR`, `ArXiv`), which the
    /// arXiv fields carry.
    var venue: String?
    var details: PublicationDetails
    var arxiv: String?
    var doi: String?
    /// The work's URL, else its arXiv abstract page.
    var url: String?

    init(work: Work, key: String) {
        self.work = work
        self.key = key
        authors = PersonName.authors(of: work)
        year = work.yearNumber
        month = year == nil ? nil : PublicationMonth.valid(work.month)
        let original = Self.clean(work.title)
        let chinese = Self.clean(work.titleZh)
        title = original ?? chinese
        translatedTitle = original == nil ? nil : chinese
        isChinese = title.map(Script.containsCJK) ?? false
        arxiv = Identifiers.arxiv(of: work)
        let venue = Self.clean(work.venue)
        self.venue = venue.flatMap { Identifiers.namesArxiv($0) ? nil : $0 }
        var details = PublicationDetails(work.details)
        if let arxiv, let unparsed = details.unparsed, Identifiers.arxiv(inDetails: unparsed) == arxiv {
            details.unparsed = nil
        }
        self.details = details
        doi = Identifiers.doi(work.doi)
        url = Self.clean(work.url) ?? arxiv.map(Identifiers.arxivURL)
    }

    /// True when the arXiv id is the work's identity as a preprint, not just a copy of it.
    var isArxivPreprint: Bool {
        arxiv != nil && (work.kind == .preprint || work.kind == .unknown)
    }

    /// Text for a `note`: the Chinese title beside an original one, and details that did not parse.
    var noteParts: [String] {
        var parts: [String] = []
        if let translatedTitle { parts.append("中文题名：《\(translatedTitle)》") }
        if let unparsed = details.unparsed { parts.append(unparsed) }
        return parts
    }

    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = Script.collapsingWhitespace(text)
        return cleaned.isEmpty ? nil : cleaned
    }
}

extension ExportEntry {
    /// The works as entries, sorted by key, keys made ASCII and unique.
    static func prepare(_ works: [Work]) -> [ExportEntry] {
        // Positions are sorted rather than works and entries: moving one of those
        // retains and releases each of its many fields, and the sorts did little else.
        let wanted = works.map { CitationKeys.sanitize($0.key) }
        let order = works.indices.sorted { CitationKeys.precedes(wanted[$0], works[$0], wanted[$1], works[$1]) }
        var keys = CitationKeys()
        // Keys are given in order; the entries, independent of each other, are made in parallel.
        let keyed = order.map { (position: $0, key: keys.assign(wanted[$0])) }
        let entries = keyed.concurrentMap { ExportEntry(work: works[$0.position], key: $0.key) }
        let byKey = entries.indices.sorted { entries[$0].key.utf8.lexicographicallyPrecedes(entries[$1].key.utf8) }
        return byKey.map { entries[$0] }
    }
}
