import AgendaParser

extension Work.Kind {
    /// A reader's name for the kind (`journal article`); nil for `unknown`.
    var readableName: String? {
        switch self {
        case .preprint: "preprint"
        case .journalArticle: "journal article"
        case .conferencePaper: "conference paper"
        case .book: "book"
        case .report: "report"
        case .webpage: "web page"
        case .blogPost: "blog post"
        case .speech: "speech"
        case .unknown: nil
        }
    }
}
