/// Graphviz DOT: ids and labels quoted and escaped, UTF-8 labels, challenges
/// boxed by agenda and category, documents, concepts and works in their own boxes.
///
/// Edge styles: `discusses` solid, `cites` dashed, `defines` dotted, `involves` dotted blue.
struct DOTWriter {
    var graph: CitationGraph

    func write<Target: TextOutputStream>(to target: inout Target) {
        target.write("digraph agenda {\n")
        target.write("  graph [rankdir=LR, charset=\"UTF-8\", fontsize=11, newrank=true];\n")
        target.write("  node [fontsize=10];\n  edge [fontsize=8, color=\"#555555\"];\n")
        let children = Dictionary(grouping: graph.clusters.filter { $0.parent != nil }, by: { $0.parent ?? "" })
        let members = Dictionary(grouping: graph.nodes.filter { $0.cluster != nil }, by: { $0.cluster ?? "" })
        for cluster in graph.clusters where cluster.parent == nil {
            writeCluster(cluster, children: children, members: members, indent: "  ", to: &target)
        }
        for node in graph.nodes where node.cluster == nil {
            writeNode(node, indent: "  ", to: &target)
        }
        for edge in graph.edges {
            target.write("  \(Self.quote(edge.from)) -> \(Self.quote(edge.to)) [\(Self.style(edge.kind))];\n")
        }
        target.write("}\n")
    }

    private func writeCluster<Target: TextOutputStream>(
        _ cluster: CitationGraph.Cluster, children: [String: [CitationGraph.Cluster]],
        members: [String: [CitationGraph.Node]], indent: String, to target: inout Target
    ) {
        target.write("\(indent)subgraph \(Self.quote("cluster_\(cluster.id)")) {\n")
        target.write("\(indent)  label=\(Self.quote(cluster.label));\n")
        for child in children[cluster.id] ?? [] {
            writeCluster(child, children: children, members: members, indent: indent + "  ", to: &target)
        }
        for node in members[cluster.id] ?? [] {
            writeNode(node, indent: indent + "  ", to: &target)
        }
        target.write("\(indent)}\n")
    }

    private func writeNode<Target: TextOutputStream>(
        _ node: CitationGraph.Node, indent: String, to target: inout Target
    ) {
        let label = node.detail.map { "\(node.label)\n\($0)" } ?? node.label
        target.write("\(indent)\(Self.quote(node.id)) [label=\(Self.quote(label)), \(Self.style(node.kind))];\n")
    }

    static func style(_ kind: CitationGraph.NodeKind) -> String {
        switch kind {
        case .challenge: "shape=box, style=\"rounded,filled\", fillcolor=\"#fde2c7\""
        case .document: "shape=note, style=filled, fillcolor=\"#dbe9f6\""
        case .concept: "shape=ellipse, style=filled, fillcolor=\"#e2f0d9\""
        case .work: "shape=box, style=filled, fillcolor=\"#eeeeee\""
        }
    }

    static func style(_ kind: CitationGraph.EdgeKind) -> String {
        switch kind {
        case .discusses: "class=\"discusses\""
        case .cites: "class=\"cites\", style=dashed"
        case .defines: "class=\"defines\", style=dotted"
        case .involves: "class=\"involves\", style=dotted, color=\"#3366aa\""
        }
    }

    /// A DOT quoted string: `"` and `\` escaped, line breaks as `\n`, other controls
    /// (general category Cc: U+0000–U+001F, U+007F–U+009F) dropped.
    ///
    /// Read on UTF-8 bytes: C1 controls are the two-byte sequences `C2 80`…`C2 9F`, and
    /// runs without anything to change are copied whole.
    static func quote(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 2)
            output.append(UInt8(ascii: "\""))
            var index = 0
            var copied = 0
            while index < bytes.count {
                // What replaces the bytes at `index` (nothing for a control), and how many it replaces.
                let (width, replacement): (Int, String)
                switch bytes[index] {
                case UInt8(ascii: "\""): (width, replacement) = (1, "\\\"")
                case UInt8(ascii: "\\"): (width, replacement) = (1, "\\\\")
                case UInt8(ascii: "\n"): (width, replacement) = (1, "\\n")
                case 0..<0x20, 0x7F: (width, replacement) = (1, "")
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    (width, replacement) = (2, "")
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                output.append(contentsOf: replacement.utf8)
                index += width
                copied = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            output.append(UInt8(ascii: "\""))
            return String(decoding: output, as: UTF8.self)
        }
    }
}
