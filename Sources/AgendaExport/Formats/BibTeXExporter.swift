import AgendaParser

/// Classic BibTeX: `@article`, `@inproceedings`, `@book`, `@techreport`, `@misc`.
///
/// arXiv ids go in `eprint` with `archivePrefix = {arXiv}` (the form arXiv itself
/// exports; `primaryClass` is left out because the corpus never names it). The
/// year is digits only: styles add the `a`/`b` themselves; a month is the style's
/// macro (`month = may`), which styles print in their own language. A Chinese title shown
/// beside the original goes in `note`. Web pages get `url` (pandoc reads
/// `howpublished = {\url{…}}` as the publisher, so it is not used).
public struct BibTeXExporter: BibFormat {
    static let formatName = "BibTeX"

    public init() {}

    func bibEntry(_ entry: ExportEntry) -> BibEntry {
        let (type, venueField) = Self.type(of: entry)
        var bib = BibEntry(type: type, key: entry.key)
        bib.add(
            "author", entry.authors.isEmpty ? nil : TeXText.names(entry.authors, others: entry.work.hasUnnamedAuthors))
        bib.add("title", entry.title.map(TeXText.title))
        if let venueField { bib.add(venueField, entry.venue.map(TeXText.escape)) }
        bib.add("volume", entry.details.volume.map(TeXText.escape))
        bib.add("number", entry.details.issue.map(TeXText.escape))
        bib.add("pages", entry.details.pages(separator: "--").map(TeXText.escape))
        bib.add("year", entry.year)
        bib.add("month", macro: entry.month.map(PublicationMonth.bibTeXMacro))
        if let arxiv = entry.arxiv {
            bib.add("eprint", TeXText.verbatim(arxiv))
            bib.add("archivePrefix", "arXiv")
        }
        bib.add("doi", entry.doi.map(TeXText.verbatim))
        bib.add("url", entry.url.map(TeXText.verbatim))
        let note = entry.noteParts.map(TeXText.escape).joined(separator: "; ")
        bib.add("note", note)
        return bib
    }

    /// The entry type and the field that holds the venue for it.
    static func type(of entry: ExportEntry) -> (String, String?) {
        switch entry.work.kind {
        case .journalArticle: ("article", "journal")
        case .preprint: entry.venue == nil ? ("misc", nil) : ("article", "journal")
        case .conferencePaper: ("inproceedings", "booktitle")
        case .book: ("book", "publisher")
        case .report: ("techreport", "institution")
        case .webpage, .blogPost, .speech, .unknown: ("misc", "howpublished")
        }
    }
}
