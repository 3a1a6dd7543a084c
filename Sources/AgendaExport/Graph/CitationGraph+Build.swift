import AgendaParser

extension CitationGraph {
    /// The graph of a corpus. Node ids are prefixed by kind, so they never clash.
    public init(relations: CorpusRelations, options: Options = Options()) {
        let corpus = relations.corpus
        var builder = GraphBuilder()
        for agenda in corpus.agendas {
            builder.cluster(Cluster(id: "agenda:\(agenda.id)", label: agenda.name, parent: nil))
        }
        let agendaIDs = Set(corpus.agendas.map(\.id))
        for category in corpus.categories {
            let english = category.nameEn.map { " (\($0))" } ?? ""
            builder.cluster(
                Cluster(
                    id: "category:\(category.id)", label: "\(category.id) \(category.name)\(english)",
                    parent: agendaIDs.contains(category.agenda) ? "agenda:\(category.agenda)" : nil))
        }
        let categoryIDs = Set(corpus.categories.map(\.id))
        for challenge in corpus.challenges {
            builder.node(
                Node(
                    id: Self.challengeID(challenge.id), kind: .challenge, label: "\(challenge.id) \(challenge.title)",
                    detail: challenge.titleEn,
                    cluster: categoryIDs.contains(challenge.category) ? "category:\(challenge.category)" : nil,
                    source: challenge.source), keep: true)
        }
        for document in corpus.documents where document.role == .corpus {
            builder.node(
                Node(
                    id: Self.documentID(document.name), kind: .document,
                    label: document.title.isEmpty ? document.name : document.title,
                    detail: document.title.isEmpty ? nil : document.name, cluster: "documents",
                    source: SourceLocation(document: document.name, line: 1)))
        }
        for cell in relations.coverage().cells {
            let direct = cell.evidence.filter { $0.basis != .concept }.map(\.source)
            guard !direct.isEmpty else { continue }
            builder.edge(.discusses, Self.documentID(cell.document), Self.challengeID(cell.challenge), direct)
        }
        if options.concepts { builder.addConcepts(relations) }
        if options.works { builder.addWorks(relations, documentCitations: options.documentCitations) }
        self = builder.graph()
    }

    static func challengeID(_ id: String) -> String { "challenge:\(id)" }
    static func documentID(_ name: String) -> String { "document:\(name)" }
    static func conceptID(_ term: String) -> String { "concept:\(term)" }
    static func workID(_ key: String) -> String { "work:\(key)" }
}

/// Collects nodes and edges, merging repeats, then drops nodes left without edges.
private struct GraphBuilder {
    private var clusters: [CitationGraph.Cluster] = []
    private var nodes: [CitationGraph.Node] = []
    private var nodeIndex: [String: Int] = [:]
    private var kept: Set<String> = []
    private var edges: [[String]: CitationGraph.Edge] = [:]

    mutating func cluster(_ cluster: CitationGraph.Cluster) {
        clusters.append(cluster)
    }

    mutating func node(_ node: CitationGraph.Node, keep: Bool = false) {
        if keep { kept.insert(node.id) }
        guard nodeIndex[node.id] == nil else { return }
        nodeIndex[node.id] = nodes.count
        nodes.append(node)
    }

    mutating func edge(_ kind: CitationGraph.EdgeKind, _ from: String, _ to: String, _ sources: [SourceLocation]) {
        guard nodeIndex[from] != nil, nodeIndex[to] != nil else { return }
        let key = [kind.rawValue, from, to]
        var edge = edges[key] ?? CitationGraph.Edge(from: from, to: to, kind: kind, sources: [])
        edge.sources = Array(Set(edge.sources + sources)).sorted()
        edges[key] = edge
    }

    mutating func addConcepts(_ relations: CorpusRelations) {
        for concept in relations.corpus.concepts {
            node(
                CitationGraph.Node(
                    id: CitationGraph.conceptID(concept.term), kind: .concept, label: concept.term,
                    detail: concept.english, cluster: "concepts", source: concept.definedAt.min()))
        }
        for concept in relations.corpus.concepts {
            let sites = Dictionary(grouping: CorpusRelations.definitionSites(of: concept), by: \.document)
            for (document, places) in sites {
                edge(.defines, CitationGraph.documentID(document), CitationGraph.conceptID(concept.term), places)
            }
        }
        for challenge in relations.corpus.challenges {
            for match in relations.concepts(involvedIn: challenge.id) {
                edge(
                    .involves, CitationGraph.challengeID(challenge.id),
                    CitationGraph.conceptID(match.concept.term), [challenge.source])
            }
        }
    }

    mutating func addWorks(_ relations: CorpusRelations, documentCitations: Bool) {
        for work in relations.corpus.works.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            node(
                CitationGraph.Node(
                    id: CitationGraph.workID(work.key), kind: .work, label: work.shortCitation,
                    detail: work.kind.readableName, cluster: "works", workKind: work.kind,
                    source: work.mentions.map(\.source).min()))
        }
        for challenge in relations.corpus.challenges {
            for citation in relations.citations(for: challenge.id) {
                edge(
                    .cites, CitationGraph.challengeID(challenge.id), CitationGraph.workID(citation.key),
                    citation.mentions.map(\.source))
            }
        }
        guard documentCitations else { return }
        for work in relations.corpus.works {
            for (document, mentions) in Dictionary(grouping: work.mentions, by: \.source.document) {
                edge(.cites, CitationGraph.documentID(document), CitationGraph.workID(work.key), mentions.map(\.source))
            }
        }
    }

    func graph() -> CitationGraph {
        // Each kind's place is looked up once, not once per comparison.
        let order = Dictionary(uniqueKeysWithValues: CitationGraph.EdgeKind.allCases.enumerated().map { ($1, $0) })
        let sortedEdges = edges.values.map { (order: order[$0.kind] ?? 0, edge: $0) }.sorted { lhs, rhs in
            (lhs.order, lhs.edge.from, lhs.edge.to) < (rhs.order, rhs.edge.from, rhs.edge.to)
        }.map(\.edge)
        var linked = kept
        for edge in sortedEdges {
            linked.insert(edge.from)
            linked.insert(edge.to)
        }
        let keptNodes = nodes.filter { linked.contains($0.id) }
        let used = Set(keptNodes.compactMap(\.cluster))
        var keptClusters = Set<String>()
        for cluster in clusters.reversed() where used.contains(cluster.id) || keptClusters.contains(cluster.id) {
            keptClusters.insert(cluster.id)
            if let parent = cluster.parent { keptClusters.insert(parent) }
        }
        var allClusters = clusters.filter { keptClusters.contains($0.id) }
        for (id, label) in [("documents", "Documents"), ("concepts", "Concepts"), ("works", "Works")]
        where used.contains(id) {
            allClusters.append(CitationGraph.Cluster(id: id, label: label, parent: nil))
        }
        return CitationGraph(clusters: allClusters, nodes: keptNodes, edges: sortedEdges)
    }
}
