/// A Mermaid `graph LR`: nodes get short ids (`n1` …), labels are quoted with
/// Mermaid's entity escapes, clusters become nested `subgraph`s.
struct MermaidWriter {
    var graph: CitationGraph

    func write<Target: TextOutputStream>(to target: inout Target) {
        var ids: [String: String] = [:]
        for (index, node) in graph.nodes.enumerated() { ids[node.id] = "n\(index + 1)" }
        var clusterIDs: [String: String] = [:]
        for (index, cluster) in graph.clusters.enumerated() { clusterIDs[cluster.id] = "g\(index + 1)" }
        target.write("graph LR\n")
        let children = Dictionary(grouping: graph.clusters.filter { $0.parent != nil }, by: { $0.parent ?? "" })
        let members = Dictionary(grouping: graph.nodes.filter { $0.cluster != nil }, by: { $0.cluster ?? "" })
        func writeCluster(_ cluster: CitationGraph.Cluster, indent: String) {
            target.write("\(indent)subgraph \(clusterIDs[cluster.id] ?? "g0") [\(Self.quote(cluster.label))]\n")
            for child in children[cluster.id] ?? [] { writeCluster(child, indent: indent + "  ") }
            for node in members[cluster.id] ?? [] { writeNode(node, indent: indent + "  ") }
            target.write("\(indent)end\n")
        }
        func writeNode(_ node: CitationGraph.Node, indent: String) {
            let label = Self.quote(node.detail.map { "\(node.label)\n\($0)" } ?? node.label)
            let id = ids[node.id] ?? "n0"
            switch node.kind {
            case .challenge: target.write("\(indent)\(id)[\(label)]\n")
            case .document: target.write("\(indent)\(id)[[\(label)]]\n")
            case .concept: target.write("\(indent)\(id)([\(label)])\n")
            case .work: target.write("\(indent)\(id)(\(label))\n")
            }
        }
        for cluster in graph.clusters where cluster.parent == nil { writeCluster(cluster, indent: "  ") }
        for node in graph.nodes where node.cluster == nil { writeNode(node, indent: "  ") }
        for edge in graph.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            let arrow = edge.kind == .discusses || edge.kind == .defines ? "-->" : "-.->"
            target.write("  \(from) \(arrow)|\(edge.kind.rawValue)| \(to)\n")
        }
        for kind in CitationGraph.NodeKind.allCases {
            let members = graph.nodes.filter { $0.kind == kind }.compactMap { ids[$0.id] }
            guard !members.isEmpty else { continue }
            target.write("  classDef \(kind.rawValue) \(Self.classStyle(kind))\n")
            target.write("  class \(members.joined(separator: ",")) \(kind.rawValue)\n")
        }
    }

    static func classStyle(_ kind: CitationGraph.NodeKind) -> String {
        switch kind {
        case .challenge: "fill:#fde2c7,stroke:#b86b25"
        case .document: "fill:#dbe9f6,stroke:#3a6ea5"
        case .concept: "fill:#e2f0d9,stroke:#4e8a3a"
        case .work: "fill:#eeeeee,stroke:#777777"
        }
    }

    /// `"label"` with `"`, `#`, `<`, `>`, `&` as Mermaid entity codes and line breaks as `<br/>`.
    static func quote(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "#quot;"
            case "#": output += "#35;"
            case "<": output += "#lt;"
            case ">": output += "#gt;"
            case "&": output += "#amp;"
            case "\n": output += "<br/>"
            default:
                if scalar.properties.generalCategory == .control { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
