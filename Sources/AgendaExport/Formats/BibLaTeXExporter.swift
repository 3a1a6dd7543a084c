import AgendaParser

/// BibLaTeX for biber: `@article` with `journaltitle`, `@inproceedings`, `@book`,
/// `@report`, `@online` for web pages, blog posts and arXiv-only preprints.
///
/// arXiv ids go in `eprint` with `eprinttype = {arxiv}`; the year in `date`, with
/// the month where known (`2012-05`, ISO 8601 as biblatex asks).
/// A Chinese title beside the original goes in `titleaddon`, which standard
/// styles print right after the title (`origtitle` would claim the Chinese was
/// the original, which it is not: the corpus translated it). An entry whose
/// printed title is Chinese gets `langid = {chinese}`, which keeps biblatex
/// from changing its case.
public struct BibLaTeXExporter: BibFormat {
    static let formatName = "BibLaTeX"

    public init() {}

    func bibEntry(_ entry: ExportEntry) -> BibEntry {
        let (type, venueField) = Self.type(of: entry)
        var bib = BibEntry(type: type, key: entry.key)
        bib.add(
            "author", entry.authors.isEmpty ? nil : TeXText.names(entry.authors, others: entry.work.hasUnnamedAuthors))
        bib.add("title", entry.title.map(TeXText.title))
        bib.add("titleaddon", entry.translatedTitle.map { "《\(TeXText.escape($0))》" })
        if let venueField { bib.add(venueField, entry.venue.map(TeXText.escape)) }
        bib.add("volume", entry.details.volume.map(TeXText.escape))
        bib.add("number", entry.details.issue.map(TeXText.escape))
        bib.add("pages", entry.details.pages(separator: "--").map(TeXText.escape))
        bib.add("date", Self.date(of: entry))
        if let arxiv = entry.arxiv {
            bib.add("eprint", TeXText.verbatim(arxiv))
            bib.add("eprinttype", "arxiv")
        }
        bib.add("doi", entry.doi.map(TeXText.verbatim))
        bib.add("url", entry.url.map(TeXText.verbatim))
        bib.add("langid", entry.isChinese ? "chinese" : nil)
        bib.add("note", entry.details.unparsed.map(TeXText.escape))
        return bib
    }

    /// `2012`, or `2012-05` with a month.
    static func date(of entry: ExportEntry) -> String? {
        guard let year = entry.year else { return nil }
        return entry.month.map { "\(year)-\(PublicationMonth.twoDigits($0))" } ?? year
    }

    static func type(of entry: ExportEntry) -> (String, String?) {
        switch entry.work.kind {
        case .journalArticle: ("article", "journaltitle")
        case .preprint: entry.venue == nil ? ("online", nil) : ("article", "journaltitle")
        case .conferencePaper: ("inproceedings", "booktitle")
        case .book: ("book", "publisher")
        case .report: ("report", "institution")
        case .webpage, .blogPost: ("online", "organization")
        case .speech, .unknown: ("misc", "howpublished")
        }
    }
}
