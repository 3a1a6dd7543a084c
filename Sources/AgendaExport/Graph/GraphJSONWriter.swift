import Foundation

/// The graph as JSON with a schema version, keys sorted.
struct GraphJSONWriter {
    static let schemaVersion = 1

    var graph: CitationGraph

    private struct Document: Encodable {
        var schemaVersion: Int
        var clusters: [CitationGraph.Cluster]
        var nodes: [CitationGraph.Node]
        var edges: [CitationGraph.Edge]
    }

    func write<Target: TextOutputStream>(to target: inout Target) {
        let document = Document(
            schemaVersion: Self.schemaVersion, clusters: graph.clusters, nodes: graph.nodes, edges: graph.edges)
        target.write((try? PrettyJSON.encode(document)) ?? "{}")
        target.write("\n")
    }
}
