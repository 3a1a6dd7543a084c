import AgendaParser

/// A readable reference list: one bibliography line per work with its links,
/// then every mention as `document:line` with the text as written.
///
/// Without groups it is one list, every work once. With groups (by document or by
/// challenge, see `ReferenceGroup`) each group is a section listing the works it
/// holds with the mentions that put them there; works in no group come last.
public struct MarkdownExporter: CitationExporter {
    public var groups: [ReferenceGroup]?

    public init(groups: [ReferenceGroup]? = nil) {
        self.groups = groups
    }

    public func write<Target: TextOutputStream>(_ works: [Work], to target: inout Target) {
        let entries = ExportEntry.prepare(works)
        target.write("# References\n\n\(entries.count) \(entries.count == 1 ? "work" : "works"), sorted by key.\n")
        guard let groups else {
            target.write("\n")
            for entry in entries { Self.writeEntry(entry, mentions: entry.work.mentions, to: &target) }
            return
        }
        var placed = Set<String>()
        for group in groups {
            let members = entries.filter { group.citations[$0.work.key] != nil }
            guard !members.isEmpty else { continue }
            target.write("\n## \(MarkdownText.escape(group.title))\n\n")
            if let source = group.source { target.write("Stated at `\(source)`.\n\n") }
            for entry in members {
                placed.insert(entry.key)
                let places = Set(group.citations[entry.work.key] ?? [])
                let mentions =
                    places.isEmpty ? entry.work.mentions : entry.work.mentions.filter { places.contains($0.source) }
                Self.writeEntry(entry, mentions: mentions, to: &target)
            }
        }
        let rest = entries.filter { !placed.contains($0.key) }
        guard !rest.isEmpty else { return }
        target.write("\n## Not in any group\n\n")
        for entry in rest { Self.writeEntry(entry, mentions: entry.work.mentions, to: &target) }
    }

    static func writeEntry<Target: TextOutputStream>(
        _ entry: ExportEntry, mentions: [Mention], to target: inout Target
    ) {
        target.write("- **\(entry.key)** — \(reference(entry))\n")
        for mention in mentions.sorted(by: { ($0.source, $0.text) < ($1.source, $1.text) }) {
            var kind = mention.kind.rawValue
            if let locator = mention.locator { kind += ", \(locator)" }
            let text = MarkdownText.codeSpan(Script.collapsingWhitespace(mention.text))
            target.write("  - `\(mention.source)` (\(kind)) \(text)\n")
        }
    }

    /// `Christiano, Shlegeris & Amodei (2018a). *Title* 《中文》. *Venue* 22(2):71–85. arXiv:…`;
    /// a known month follows the year: `Bostrom (2012, May).`
    static func reference(_ entry: ExportEntry) -> String {
        var parts: [String] = []
        var year = ExportEntry.clean(entry.work.year) ?? "n.d."
        if let month = entry.month { year += ", \(PublicationMonth.name(month))" }
        let authors = MarkdownText.authors(entry.authors, others: entry.work.hasUnnamedAuthors)
        parts.append(authors.isEmpty ? "(\(MarkdownText.escape(year)))." : "\(authors) (\(MarkdownText.escape(year))).")
        if let title = entry.title {
            let escaped = MarkdownText.escape(title)
            if let chinese = entry.translatedTitle {
                parts.append("*\(escaped)* 《\(MarkdownText.escape(chinese))》.")
            } else {
                parts.append(MarkdownText.endsSentence(title) ? "*\(escaped)*" : "*\(escaped)*.")
            }
        }
        var venue = entry.venue.map { "*\(MarkdownText.escape($0))*" } ?? ""
        if let details = ExportEntry.clean(entry.work.details), !entry.details.isEmpty {
            venue += (venue.isEmpty ? "" : " ") + MarkdownText.escape(details)
        }
        if !venue.isEmpty { parts.append(venue + ".") }
        if let arxiv = entry.arxiv { parts.append("arXiv:[\(arxiv)](\(Identifiers.arxivURL(arxiv))).") }
        if let doi = entry.doi { parts.append("DOI:[\(MarkdownText.escape(doi))](https://doi.org/\(doi)).") }
        if let url = ExportEntry.clean(entry.work.url), url != entry.arxiv.map(Identifiers.arxivURL) {
            parts.append(MarkdownText.autolink(url))
        }
        return parts.joined(separator: " ")
    }
}
