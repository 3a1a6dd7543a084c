/// One cited work, merged from every mention of it across the corpus.
public struct Work: Hashable, Codable, Sendable {
    /// What sort of work it is; raw values are CSL types, the vocabulary the exporters share.
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        /// A preprint (arXiv, CoRR).
        case preprint = "article"
        case journalArticle = "article-journal"
        case conferencePaper = "paper-conference"
        case book
        case report
        case webpage
        case blogPost = "post-weblog"
        case speech
        /// Known only from an author-year mention.
        case unknown = "document"
    }

    /// Citation key, stable across runs: `holtzman2023`, `christiano2018a`.
    public var key: String
    public var kind: Kind
    /// Surnames or organisation names, in the order the fullest source gives them.
    public var authors: [String]
    /// Full names where the reference list gives them (`Paul F. Christiano`), else empty.
    public var authorNames: [String]
    /// As written, keeping disambiguation letters (`2023a`).
    public var year: String?
    /// Month of publication, 1–12, where a reference entry gives one (`…, 22(2):71–85, may.`).
    public var month: Int?
    /// Original (usually English) title.
    public var title: String?
    /// Chinese title, from `《中文题名》（English title）`.
    public var titleZh: String?
    public var venue: String?
    /// Volume, issue and pages as the reference gives them (`22(2):71–85`).
    public var details: String?
    /// arXiv identifier without prefix: `2308.00189`.
    public var arxiv: String?
    public var doi: String?
    public var url: String?
    public var mentions: [Mention]
    /// Why mentions were merged into this one record.
    public var mergedBy: [MergeReason]

    public init(
        key: String, kind: Kind, authors: [String], authorNames: [String], year: String?, month: Int? = nil,
        title: String?, titleZh: String?, venue: String?, details: String?, arxiv: String?,
        doi: String?, url: String?, mentions: [Mention], mergedBy: [MergeReason]
    ) {
        self.key = key
        self.kind = kind
        self.authors = authors
        self.authorNames = authorNames
        self.year = year
        self.month = month
        self.title = title
        self.titleZh = titleZh
        self.venue = venue
        self.details = details
        self.arxiv = arxiv
        self.doi = doi
        self.url = url
        self.mentions = mentions
        self.mergedBy = mergedBy
    }

    /// The four-digit year without its disambiguation letter (`2023a` → `2023`).
    public var yearNumber: String? {
        guard let year else { return nil }
        let digits = year.prefix { $0.isASCII && $0.isNumber }
        return digits.count == 4 ? String(digits) : nil
    }
}

/// One place where the corpus cites a work, with the text as written.
public struct Mention: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        /// `[Holtzman等, 2023](https://…)`
        case link
        /// `(Holtzman et al., 2023)`, one entry of a parenthetical group.
        case authorYear = "author-year"
        /// `Kenton等人(2021年)`, `Christiano等人发表了《…》`
        case narrative
        /// `《中文题名》（English title）`
        case title
        /// An entry of a reference list.
        case reference
        /// A footnote marker `<sup>3</sup>` or its `<sup>3</sup><url>` definition.
        case footnote
        /// A bare URL in running text.
        case url
    }

    public var source: SourceLocation
    public var text: String
    public var kind: Kind
    /// Chapter, figure or table pointed at (`第5章`, `图1`, `表4`).
    public var locator: String?

    public init(source: SourceLocation, text: String, kind: Kind, locator: String? = nil) {
        self.source = source
        self.text = text
        self.kind = kind
        self.locator = locator
    }
}

/// Evidence that two mentions name the same work.
public enum MergeReason: String, Hashable, Codable, Sendable, Comparable, CaseIterable {
    case arxiv
    case doi
    case url
    case title
    case authorYear = "author-year"
    /// One side had no year; merged because the author named only one work.
    case authorOnly = "author-only"

    public static func < (lhs: MergeReason, rhs: MergeReason) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
