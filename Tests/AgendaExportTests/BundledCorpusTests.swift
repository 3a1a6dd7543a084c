import AgendaParser
import AgendaTestSupport
import Foundation
import Testing

@testable import AgendaExport

/// Invariants on the real `Data/` corpus: whatever the extractors find, every format
/// holds each work once and the graph and coverage point only at real things.
@Suite("Exports of the bundled corpus")
struct BundledCorpusTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path

    let corpus: Corpus

    init() throws {
        corpus = try AgendaParser.parse(directory: Self.dataDirectory)
    }

    /// Every format of the real corpus, pinned: a change in extraction or export shows as a diff.
    @Test(arguments: CitationFormat.allCases)
    func corpusGolden(format: CitationFormat) {
        Golden.check(format.render(corpus.works), "bundled-corpus.\(format.rawValue)")
    }

    @Test func corpusGraphGolden() {
        let graph = CitationGraph(relations: CorpusRelations(corpus: corpus), options: .init(concepts: false))
        Golden.check(GraphFormat.dot.render(graph), "bundled-corpus-graph.dot")
    }

    @Test func everyFormatHoldsEveryWorkOnce() {
        let works = corpus.works
        let keys = ExportEntry.prepare(works).map(\.key)
        #expect(Set(keys).count == works.count)
        let bibtex = CitationFormat.bibtex.render(works)
        #expect(bibtex.components(separatedBy: "\n@").count - 1 == works.count)
        let biblatex = CitationFormat.biblatex.render(works)
        #expect(biblatex.components(separatedBy: "\n@").count - 1 == works.count)
        let ris = CitationFormat.ris.render(works)
        #expect(ris.components(separatedBy: "TY  - ").count - 1 == works.count)
        #expect(ris.components(separatedBy: "ER  - \r\n").count - 1 == works.count)
        let markdown = CitationFormat.markdown.render(works)
        #expect(markdown.components(separatedBy: "\n- **").count - 1 == works.count)
        for format in [CitationFormat.cslJSON, .json] {
            let data = Data(format.render(works).utf8)
            let parsed = try? JSONSerialization.jsonObject(with: data)
            let items = format == .cslJSON ? parsed as? [Any] : (parsed as? [String: Any])?["works"] as? [Any]
            #expect(items?.count == works.count, "\(format.rawValue)")
        }
    }

    @Test func graphEdgesJoinExistingNodes() {
        let relations = CorpusRelations(corpus: corpus)
        let graph = CitationGraph(relations: relations)
        let ids = Set(graph.nodes.map(\.id))
        #expect(ids.count == graph.nodes.count)
        #expect(graph.edges.allSatisfy { ids.contains($0.from) && ids.contains($0.to) && !$0.sources.isEmpty })
        #expect(graph.nodes.filter { $0.kind == .challenge }.count == Set(corpus.challenges.map(\.id)).count)
        let clusters = Set(graph.clusters.map(\.id))
        #expect(graph.nodes.allSatisfy { $0.cluster.map(clusters.contains) ?? true })
    }

    @Test func coverageCellsPointIntoTheirDocument() {
        let matrix = CorpusRelations(corpus: corpus).coverage()
        #expect(matrix.documents == corpus.documents.filter { $0.role == .corpus }.map(\.name))
        #expect(matrix.cells.allSatisfy { cell in cell.evidence.allSatisfy { $0.source.document == cell.document } })
        #expect(matrix.cells.allSatisfy { $0.count > 0 })
    }
}
