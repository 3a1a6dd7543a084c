/// What one place in the corpus says about a cited work, before resolution merges
/// the facts that name the same work into one `Work`.
struct CitationFact: Hashable, Sendable {
    /// Usually one; a footnote has its definition and every marker that uses it.
    var mentions: [Mention]
    /// Surnames or organisation names, in order.
    var authors: [String] = []
    /// Full names, only where a reference list gives them.
    var authorNames: [String] = []
    /// The citation said "and others" (`et al.`, `等人`, `等`): `authors` is a prefix.
    var etAl = false
    /// As written, with a disambiguation letter (`2023a`), without `年`.
    var year: String?
    var title: String?
    var titleZh: String?
    var venue: String?
    var details: String?
    /// 1–12, from a reference entry that ends with its month (`…, 22(2):71–85, may.`).
    var month: Int?
    var arxiv: String?
    var doi: String?
    var url: String?
    /// What the source says the work is, when it says.
    var kind: Work.Kind?
    /// An entry of a reference list: its author list is complete.
    var isReference = false

    init(mention: Mention) {
        self.mentions = [mention]
    }

    var document: String { mentions.first?.source.document ?? "" }
    var source: SourceLocation { mentions.first?.source ?? SourceLocation(document: "", line: 0) }

    /// The year's four digits (`2023a` → `2023`).
    var yearNumber: String? {
        guard let year else { return nil }
        let digits = year.unicodeScalars.prefix { CitationLexicon.isDigit($0) }
        return digits.count == 4 ? String(unicodeScalars: digits) : nil
    }

    /// The year's disambiguation letter (`2023a` → `a`), if any.
    var yearLetter: Unicode.Scalar? {
        guard let year, year.unicodeScalars.count == 5 else { return nil }
        return year.unicodeScalars.last
    }

    /// Copies identifiers found in a URL (arXiv id, DOI) and keeps the URL.
    mutating func adopt(url target: String) {
        url = target
        if arxiv == nil { arxiv = CitationIdentifiers.arxiv(inURL: target) }
        if doi == nil { doi = CitationIdentifiers.doi(inURL: target) }
    }
}
