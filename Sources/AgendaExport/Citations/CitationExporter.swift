import AgendaParser

/// A citation format: writes works as one text, sorted by key, the same bytes for the same input.
///
/// Every work appears exactly once (the Markdown exporter grouped by document or
/// challenge lists a work under each group it belongs to, but every key once per group).
public protocol CitationExporter: Sendable {
    func write<Target: TextOutputStream>(_ works: [Work], to target: inout Target)
}

extension CitationExporter {
    /// The export as one string.
    public func render(_ works: [Work]) -> String {
        var output = ""
        write(works, to: &output)
        return output
    }
}
