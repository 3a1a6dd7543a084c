import AgendaParser

/// The ids of the citation formats, as `agenda cite --format` spells them.
public enum CitationFormat: String, CaseIterable, Sendable {
    case bibtex
    case biblatex
    case cslJSON = "csl-json"
    case ris
    case markdown
    case json

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .bibtex, .biblatex: "bib"
        case .cslJSON, .json: "json"
        case .ris: "ris"
        case .markdown: "md"
        }
    }

    /// The exporter for this format. `groups` only matters to Markdown: nil gives
    /// one flat list, otherwise one section per group (see `ReferenceGroup`).
    public func exporter(groups: [ReferenceGroup]? = nil) -> any CitationExporter {
        switch self {
        case .bibtex: BibTeXExporter()
        case .biblatex: BibLaTeXExporter()
        case .cslJSON: CSLJSONExporter()
        case .ris: RISExporter()
        case .markdown: MarkdownExporter(groups: groups)
        case .json: WorkRecordsExporter()
        }
    }

    /// Renders `works` in this format.
    public func render(_ works: [Work], groups: [ReferenceGroup]? = nil) -> String {
        exporter(groups: groups).render(works)
    }
}
