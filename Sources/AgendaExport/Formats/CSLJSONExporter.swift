import AgendaParser
import Foundation

/// CSL-JSON, what Zotero, pandoc `--citeproc` and citeproc-js read.
///
/// `type` is `Work.Kind`'s raw value (already a CSL type). Authors are
/// `{family, given}` when the full name is known, `{family}` for a surname alone,
/// `{literal}` for organisations and Chinese names. An arXiv preprint is
/// `number: "arXiv:<id>"` with `publisher: "arXiv"` and, failing any other URL,
/// `URL: https://arxiv.org/abs/<id>`: the fields Zotero writes for its preprint
/// items (Archive ID, Repository) and that citeproc styles print for preprints
/// ("(arXiv:2308.00189). arXiv."). `language` is `zh` when the printed title is
/// Chinese, else `en`; a Chinese title beside the original one goes in `note`
/// (`original-title` would claim the Chinese was the original; it is a translation).
public struct CSLJSONExporter: CitationExporter {
    public init() {}

    public func write<Target: TextOutputStream>(_ works: [Work], to target: inout Target) {
        let items = ExportEntry.prepare(works).map(Self.item)
        // Encoding these plain value types cannot fail; an empty list is the safe fallback.
        target.write((try? PrettyJSON.encode(ConcurrentJSONArray(items))) ?? "[]")
        target.write("\n")
    }

    static func item(_ entry: ExportEntry) -> CSLItem {
        var item = CSLItem(id: entry.key, type: entry.work.kind.rawValue)
        item.author = entry.authors.isEmpty ? nil : entry.authors.map(name)
        item.issued = entry.year.flatMap(Int.init).map { year in
            CSLItem.DateParts(dateParts: [[year] + (entry.month.map { [$0] } ?? [])])
        }
        item.title = entry.title
        switch entry.work.kind {
        case .book, .report: item.publisher = entry.venue
        default: item.containerTitle = entry.venue
        }
        item.volume = entry.details.volume
        item.issue = entry.details.issue
        item.page = entry.details.pages(separator: "-")
        if let arxiv = entry.arxiv, entry.isArxivPreprint {
            item.number = "arXiv:\(arxiv)"
            item.publisher = item.publisher ?? "arXiv"
        }
        item.doi = entry.doi
        item.url = entry.url
        item.language = entry.title == nil ? nil : (entry.isChinese ? "zh" : "en")
        var notes = entry.noteParts
        if let arxiv = entry.arxiv, !entry.isArxivPreprint { notes.append("arXiv:\(arxiv)") }
        let note = notes.joined(separator: "; ")
        item.note = note.isEmpty ? nil : note
        return item
    }

    static func name(_ name: PersonName) -> CSLItem.Name {
        switch name {
        case .literal(let literal):
            return CSLItem.Name(literal: literal)
        case .person(let family, let given, let particle, let suffix):
            return CSLItem.Name(family: family, given: given, nonDroppingParticle: particle, suffix: suffix)
        }
    }
}

extension CSLItem {
    init(id: String, type: String) {
        self.id = id
        self.type = type
    }
}
