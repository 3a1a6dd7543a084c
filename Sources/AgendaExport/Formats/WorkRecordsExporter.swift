import AgendaParser
import Foundation

/// Our own JSON: every field of every work, all its mentions and why they were merged.
///
/// Shape (keys sorted, absent values as `null`, so every record has every key):
/// `{"schemaVersion": 1, "works": [{"key", "kind", "authors", "authorNames", "year",
/// "month", "title", "titleZh", "venue", "details", "arxiv", "doi", "url",
/// "mentions": [{"document", "line", "text", "kind", "locator"}], "mergedBy"}]}`.
public struct WorkRecordsExporter: CitationExporter {
    /// Bumped when a field is renamed or removed; adding a field keeps it.
    public static let schemaVersion = 1

    public init() {}

    public func write<Target: TextOutputStream>(_ works: [Work], to target: inout Target) {
        let records = ExportEntry.prepare(works).map { WorkRecord(key: $0.key, work: $0.work) }
        let document = RecordsDocument(schemaVersion: Self.schemaVersion, works: ConcurrentJSONArray(records))
        target.write((try? PrettyJSON.encode(document)) ?? "{}")
        target.write("\n")
    }
}

private struct RecordsDocument: Encodable {
    var schemaVersion: Int
    var works: ConcurrentJSONArray<WorkRecord>
}

/// One work as our JSON writes it; `agenda dump` uses the same record.
public struct WorkRecord: Encodable, Sendable {
    var key: String
    var work: Work

    public init(key: String? = nil, work: Work) {
        self.key = key ?? work.key
        self.work = work
    }

    enum CodingKeys: String, CodingKey {
        case key, kind, authors, authorNames, year, month, title, titleZh, venue, details, arxiv, doi, url
        case mentions, mergedBy
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(work.kind.rawValue, forKey: .kind)
        try container.encode(work.authors, forKey: .authors)
        try container.encode(work.authorNames, forKey: .authorNames)
        try container.encode(work.year, forKey: .year)
        try container.encode(work.month, forKey: .month)
        try container.encode(work.title, forKey: .title)
        try container.encode(work.titleZh, forKey: .titleZh)
        try container.encode(work.venue, forKey: .venue)
        try container.encode(work.details, forKey: .details)
        try container.encode(work.arxiv, forKey: .arxiv)
        try container.encode(work.doi, forKey: .doi)
        try container.encode(work.url, forKey: .url)
        let mentions = work.mentions.sorted { ($0.source, $0.text) < ($1.source, $1.text) }
        try container.encode(mentions.map(MentionRecord.init), forKey: .mentions)
        try container.encode(Set(work.mergedBy).sorted().map(\.rawValue), forKey: .mergedBy)
    }
}

private struct MentionRecord: Encodable {
    var mention: Mention

    enum CodingKeys: String, CodingKey {
        case document, line, text, kind, locator
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mention.source.document, forKey: .document)
        try container.encode(mention.source.line, forKey: .line)
        try container.encode(mention.text, forKey: .text)
        try container.encode(mention.kind.rawValue, forKey: .kind)
        try container.encode(mention.locator, forKey: .locator)
    }
}
