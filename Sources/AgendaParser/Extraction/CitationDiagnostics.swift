/// The warnings citation extraction and resolution emit, with their stable ids,
/// so that `agenda check` shows what was not placed or was placed on weak evidence.
enum CitationDiagnostics {
    /// A parenthesis with `et al.`/`等人` or a year that could not be read as citations.
    static let unparsedID = "citation.unparsed"
    /// A reference-list entry without a recognisable `Authors. YEAR. Title.` shape.
    static let unparsedReferenceID = "citation.reference-unparsed"
    /// A `<sup>n</sup>` marker with no `<sup>n</sup><url>` definition in its document.
    static let undefinedFootnoteID = "citation.footnote-undefined"
    /// A work known only from author-year mentions: no title, URL or identifier.
    static let unresolvedID = "citation.unresolved"
    /// Mentions merged across documents because first author and year agree, nothing more.
    static let authorYearMergeID = "citation.merged-author-year"
    /// A mention without a year merged with the only work of its first author.
    static let authorOnlyMergeID = "citation.merged-author-only"
    /// An author-year mention that fits several reference entries equally well.
    static let ambiguousID = "citation.ambiguous"

    static func unparsed(_ text: String, at source: SourceLocation) -> Diagnostic {
        Diagnostic(id: unparsedID, source: source, message: "citation-like parenthesis not understood: '\(text)'")
    }

    static func unparsedReference(_ text: String, at source: SourceLocation) -> Diagnostic {
        Diagnostic(
            id: unparsedReferenceID, source: source,
            message: "reference entry without 'Authors. YEAR. Title.': '\(abbreviated(text))'")
    }

    static func undefinedFootnote(_ label: String, at source: SourceLocation) -> Diagnostic {
        Diagnostic(id: undefinedFootnoteID, source: source, message: "footnote marker \(label) has no definition")
    }

    static func unresolved(key: String, text: String, at source: SourceLocation) -> Diagnostic {
        Diagnostic(
            id: unresolvedID, source: source,
            message: "'\(abbreviated(text))' resolves to no full reference (\(key): no title, URL or identifier)")
    }

    static func authorYearMerge(text: String, other: SourceLocation, key: String, at source: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            id: authorYearMergeID, source: source,
            message: "'\(abbreviated(text))' merged into \(key) (cited at \(other)) on author and year alone")
    }

    static func authorOnlyMerge(text: String, other: SourceLocation, key: String, at source: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            id: authorOnlyMergeID, source: source,
            message:
                "'\(abbreviated(text))' has no year; merged into \(key) (cited at \(other)), the only work of that author"
        )
    }

    static func ambiguous(text: String, candidates: Int, at source: SourceLocation) -> Diagnostic {
        Diagnostic(
            id: ambiguousID, source: source,
            message: "'\(abbreviated(text))' fits \(candidates) reference entries; left unmerged")
    }

    /// Long reference entries are cut for messages: `agenda check` prints one line each.
    static func abbreviated(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 80 else { return text }
        return String(unicodeScalars: scalars.prefix(77)) + "…"
    }
}
