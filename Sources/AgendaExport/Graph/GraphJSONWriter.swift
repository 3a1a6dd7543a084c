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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        target.write(String(decoding: data, as: UTF8.self))
        target.write("\n")
    }
}
