/// One item of CSL-JSON, the citeproc input format (`../shared/schemas/csl-data.json`).
/// Absent fields are left out, not written as null.
struct CSLItem: Encodable, Sendable {
    struct Name: Encodable, Sendable {
        var family: String?
        var given: String?
        var nonDroppingParticle: String?
        var suffix: String?
        var literal: String?

        enum CodingKeys: String, CodingKey {
            case family, given, suffix, literal
            case nonDroppingParticle = "non-dropping-particle"
        }
    }

    struct DateParts: Encodable, Sendable {
        var dateParts: [[Int]]

        enum CodingKeys: String, CodingKey {
            case dateParts = "date-parts"
        }
    }

    var id: String
    var type: String
    var author: [Name]?
    var issued: DateParts?
    var title: String?
    var containerTitle: String?
    var publisher: String?
    var volume: String?
    var issue: String?
    var page: String?
    var number: String?
    var doi: String?
    var url: String?
    var language: String?
    var note: String?

    enum CodingKeys: String, CodingKey {
        case id, type, author, issued, title, publisher, volume, issue, page, number, language, note
        case containerTitle = "container-title"
        case doi = "DOI"
        case url = "URL"
    }
}
