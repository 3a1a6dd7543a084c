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
        // Every work is listed at least once, so every line is made, once and in parallel.
        let references = entries.concurrentMap(Self.reference)
        // The works listed with all their mentions, each one's lines made in parallel.
        func writeWhole(_ positions: [Int]) {
            let texts = positions.concurrentMap { position in
                var text = ""
                Self.writeEntry(
                    entries[position], references[position], mentions: entries[position].work.mentions, to: &text)
                return text
            }
            for text in texts { target.write(text) }
        }
        guard let groups else {
            target.write("\n")
            writeWhole(Array(entries.indices))
            return
        }
        // A work cited in many groups is listed in each: a group's members are looked
        // up by key, not found by scanning every work.
        let positions = Dictionary(
            entries.indices.map { (entries[$0].work.key, $0) }, uniquingKeysWith: { first, _ in first })
        // Each work's mentions by place, made once: a group lists those at its places.
        let mentionsAt = entries.concurrentMap { entry in
            var byPlace: [SourceLocation: [Int]] = [:]
            for (index, mention) in entry.work.mentions.enumerated() {
                byPlace[mention.source, default: []].append(index)
            }
            return byPlace
        }
        func mentions(of position: Int, at places: [SourceLocation]) -> [Mention] {
            let all = entries[position].work.mentions
            guard !places.isEmpty else { return all }
            return Set(places).flatMap { mentionsAt[position][$0] ?? [] }.sorted().map { all[$0] }
        }
        // Each group's section is written on its own, in parallel, then all in order.
        let sections = groups.concurrentMap { group -> (text: String, members: [Int]) in
            let members = group.citations.keys.compactMap { positions[$0] }.sorted()
            guard !members.isEmpty else { return ("", []) }
            var text = "\n## \(MarkdownText.escape(group.title))\n\n"
            if let source = group.source { text += "Stated at `\(source)`.\n\n" }
            for position in members {
                let entry = entries[position]
                let listed = mentions(of: position, at: group.citations[entry.work.key] ?? [])
                Self.writeEntry(entry, references[position], mentions: listed, to: &text)
            }
            return (text, members)
        }
        var placed = Array(repeating: false, count: entries.count)
        for section in sections {
            target.write(section.text)
            for position in section.members { placed[position] = true }
        }
        let rest = entries.indices.filter { !placed[$0] }
        guard !rest.isEmpty else { return }
        target.write("\n## Not in any group\n\n")
        writeWhole(rest)
    }

    /// The entry's line (its `reference`), then each of `mentions` in document order.
    static func writeEntry<Target: TextOutputStream>(
        _ entry: ExportEntry, _ reference: String, mentions: [Mention], to target: inout Target
    ) {
        target.write("- **\(entry.key)** — \(reference)\n")
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
