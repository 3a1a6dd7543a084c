/// The ids of the graph formats, as `agenda graph --format` spells them.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// Graphviz: `agenda graph --format dot | dot -Tsvg > agenda.svg`.
    case dot
    /// A Mermaid `graph LR` block, for Markdown that renders Mermaid.
    case mermaid
    /// Our own JSON: `{"schemaVersion", "clusters", "nodes", "edges"}`, keys sorted.
    case json

    public var fileExtension: String {
        switch self {
        case .dot: "dot"
        case .mermaid: "mmd"
        case .json: "json"
        }
    }

    public func write<Target: TextOutputStream>(_ graph: CitationGraph, to target: inout Target) {
        switch self {
        case .dot: DOTWriter(graph: graph).write(to: &target)
        case .mermaid: MermaidWriter(graph: graph).write(to: &target)
        case .json: GraphJSONWriter(graph: graph).write(to: &target)
        }
    }

    public func render(_ graph: CitationGraph) -> String {
        var output = ""
        write(graph, to: &output)
        return output
    }
}
