import AgendaParser

/// RIS: one `TY  - ` … `ER  - ` record per work, every line exactly `TAG  - value`.
///
/// Lines end in CRLF, as the RIS specification asks; Zotero, EndNote and rispy
/// (Python's universal newlines) all read it. The citation key is `ID`. arXiv
/// ids are `AN  - arXiv:<id>` with `DB  - arXiv` (Zotero reads them as the
/// archive location and archive) and the abstract page as `UR` when the work
/// has no other URL. A Chinese title beside the original is `TT` (translated
/// title); `LA` is `zh` or `en` as in CSL-JSON. `PY` is the year alone; a known
/// month adds `DA  - YYYY/MM//`, the specification's date form.
public struct RISExporter: CitationExporter {
    public init() {}

    static let lineEnd = "\r\n"

    public func write<Target: TextOutputStream>(_ works: [Work], to target: inout Target) {
        // Each record is made on its own, in parallel, then all are written in key order.
        let records = ExportEntry.prepare(works).concurrentMap { entry in
            var text = ""
            for (tag, value) in Self.lines(entry) { text += "\(tag)  - \(value)\(Self.lineEnd)" }
            return text
        }
        for (index, record) in records.enumerated() {
            if index > 0 { target.write(Self.lineEnd) }
            target.write(record)
        }
    }

    static func lines(_ entry: ExportEntry) -> [(String, String)] {
        var lines: [(String, String)] = [("TY", type(of: entry.work.kind)), ("ID", entry.key)]
        func add(_ tag: String, _ value: String?) {
            guard let value = value.map(Script.collapsingWhitespace), !value.isEmpty else { return }
            lines.append((tag, value))
        }
        for author in entry.authors { add("AU", name(author)) }
        add("PY", entry.year)
        if let year = entry.year, let month = entry.month {
            add("DA", "\(year)/\(PublicationMonth.twoDigits(month))//")
        }
        add("TI", entry.title)
        add("TT", entry.translatedTitle)
        add("T2", entry.venue)
        add("VL", entry.details.volume)
        add("IS", entry.details.issue)
        add("SP", entry.details.firstPage)
        add("EP", entry.details.lastPage)
        add("DO", entry.doi)
        add("UR", entry.url)
        if let arxiv = entry.arxiv {
            add("DB", "arXiv")
            add("AN", "arXiv:\(arxiv)")
        }
        add("LA", entry.title == nil ? nil : (entry.isChinese ? "zh" : "en"))
        add("N1", entry.details.unparsed)
        lines.append(("ER", ""))
        return lines
    }

    static func type(of kind: Work.Kind) -> String {
        switch kind {
        case .preprint: "UNPB"
        case .journalArticle: "JOUR"
        case .conferencePaper: "CPAPER"
        case .book: "BOOK"
        case .report: "RPRT"
        case .webpage: "ELEC"
        case .blogPost: "BLOG"
        case .speech: "SLIDE"
        case .unknown: "GEN"
        }
    }

    /// `Family, Given` as RIS asks; names kept whole are written as they are.
    static func name(_ name: PersonName) -> String {
        switch name {
        case .literal(let literal):
            return literal
        case .person(let family, let given, let particle, let suffix):
            let last = particle.map { "\($0) \(family)" } ?? family
            guard let given else { return last }
            return suffix.map { "\(last), \(given), \($0)" } ?? "\(last), \(given)"
        }
    }
}
