import AgendaParser

/// Challenges, documents, concepts and works as nodes; who discusses, cites,
/// defines and involves what as edges, each edge with the lines behind it.
///
/// - `discusses` document → challenge: the challenge's statement, a section
///   reference or its title in the document (concept occurrences count in the
///   coverage matrix, not here, to keep the picture readable);
/// - `cites` challenge → work (cited where the challenge is discussed) and
///   document → work (mentioned in the document);
/// - `defines` document → concept; `involves` challenge → concept.
///
/// Only nodes with at least one edge are kept, except challenges, which all are.
public struct CitationGraph: Hashable, Codable, Sendable {
    public enum NodeKind: String, Hashable, Codable, Sendable, CaseIterable {
        case challenge, document, concept, work
    }

    public enum EdgeKind: String, Hashable, Codable, Sendable, CaseIterable {
        case discusses, cites, defines, involves
    }

    public struct Node: Hashable, Codable, Sendable {
        /// `challenge:2.1`, `document:<file>`, `concept:<term>`, `work:<key>`.
        public var id: String
        public var kind: NodeKind
        public var label: String
        /// Second label line: English title, file name, English term, or the work's kind.
        public var detail: String?
        /// The innermost cluster holding the node.
        public var cluster: String?
        public var workKind: Work.Kind?
        public var source: SourceLocation?
    }

    public struct Edge: Hashable, Codable, Sendable {
        public var from: String
        public var to: String
        public var kind: EdgeKind
        public var sources: [SourceLocation]
    }

    /// A box in the drawing: an agenda, a category inside it, or one for each other node kind.
    public struct Cluster: Hashable, Codable, Sendable {
        public var id: String
        public var label: String
        public var parent: String?
    }

    /// What to draw besides challenges and documents.
    public struct Options: Hashable, Sendable {
        public var concepts: Bool
        public var works: Bool
        /// Also draw document → work `cites` edges (the challenge → work ones are always drawn).
        public var documentCitations: Bool

        public init(concepts: Bool = true, works: Bool = true, documentCitations: Bool = true) {
            self.concepts = concepts
            self.works = works
            self.documentCitations = documentCitations
        }
    }

    public var clusters: [Cluster]
    public var nodes: [Node]
    /// Sorted by kind, source node, target node.
    public var edges: [Edge]

    public init(clusters: [Cluster], nodes: [Node], edges: [Edge]) {
        self.clusters = clusters
        self.nodes = nodes
        self.edges = edges
    }
}
