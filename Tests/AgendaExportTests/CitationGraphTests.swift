import AgendaParser
import AgendaTestSupport
import Testing

@testable import AgendaExport

@Suite("Citation graph")
struct CitationGraphTests {
    let graph = CitationGraph(relations: CorpusRelations(corpus: SampleCorpus.corpus))

    @Test func nodesByKindInCorpusOrder() {
        #expect(
            graph.nodes.map(\.id) == [
                "challenge:2.1", "challenge:2.2", "document:a.md", "document:b.txt",
                "concept:mesa优化", "concept:奖励劫持", "concept:RL",
                "work:adams", "work:christiano2017", "work:holtzman2023", "work:wei2022",
            ])
        let works = graph.nodes.filter { $0.kind == .work }
        #expect(works.map(\.workKind) == [.unknown, .unknown, .preprint, .unknown])
        #expect(works.map(\.detail) == [nil, nil, "preprint", nil])
        #expect(works.map(\.label) == ["Adams", "Christiano et al. 2017", "Holtzman et al. 2023", "Wei et al. 2022"])
        #expect(graph.clusters.map(\.id) == ["agenda:anwar2024", "category:2", "documents", "concepts", "works"])
    }

    @Test func edges() {
        let lines = graph.edges.map { "\($0.kind.rawValue) \($0.from) → \($0.to) \($0.sources.map(\.description))" }
        #expect(
            lines == [
                "discusses document:a.md → challenge:2.1 [\"a.md:3\", \"a.md:7\"]",
                "discusses document:a.md → challenge:2.2 [\"a.md:4\"]",
                "discusses document:b.txt → challenge:2.1 [\"b.txt:2\"]",
                "cites challenge:2.1 → work:holtzman2023 [\"a.md:6\"]",
                "cites challenge:2.1 → work:wei2022 [\"a.md:8\"]",
                "cites document:a.md → work:adams [\"a.md:10\"]",
                "cites document:a.md → work:holtzman2023 [\"a.md:6\"]",
                "cites document:a.md → work:wei2022 [\"a.md:8\"]",
                "cites document:b.txt → work:christiano2017 [\"b.txt:2\"]",
                "defines document:a.md → concept:mesa优化 [\"a.md:3\"]",
                "defines document:b.txt → concept:RL [\"b.txt:9\"]",
                "defines document:b.txt → concept:奖励劫持 [\"b.txt:4\"]",
                "involves challenge:2.1 → concept:mesa优化 [\"a.md:3\"]",
                "involves challenge:2.2 → concept:奖励劫持 [\"a.md:4\"]",
            ])
    }

    @Test func optionsDropWorksAndConcepts() {
        let small = CitationGraph(
            relations: CorpusRelations(corpus: SampleCorpus.corpus), options: .init(concepts: false, works: false))
        #expect(small.nodes.map(\.kind).allSatisfy { $0 == .challenge || $0 == .document })
        #expect(Set(small.edges.map(\.kind)) == [.discusses])
        #expect(small.clusters.map(\.id) == ["agenda:anwar2024", "category:2", "documents"])
    }

    @Test(arguments: GraphFormat.allCases)
    func formatMatchesGolden(_ format: GraphFormat) {
        Golden.check(format.render(graph), "corpus.graph.\(format.fileExtension)")
    }

    @Test func dotQuotesAndEscapes() {
        #expect(DOTWriter.quote("a \"b\" \\ c\nd") == "\"a \\\"b\\\" \\\\ c\\nd\"")
        #expect(DOTWriter.quote("上下文\u{7}学习") == "\"上下文学习\"")
        #expect(DOTWriter.quote("C1\u{85}\u{9F}\u{A0}é") == "\"C1\u{A0}é\"")
    }

    /// Quoting on bytes drops exactly the scalars of general category Cc, as asking each
    /// scalar's category does, on random texts of quotes, controls, C1 and their neighbours.
    @Test func dotQuotingDropsExactlyTheControls() {
        func byCategory(_ text: String) -> String {
            var output = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\""
                case "\\": output += "\\\\"
                case "\n": output += "\\n"
                default:
                    if scalar.properties.generalCategory != .control { output.unicodeScalars.append(scalar) }
                }
            }
            return output + "\""
        }
        let scalars: [Unicode.Scalar] = [
            "a", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{C2}",
            "é", "对", "😀", "\u{2028}",
        ]
        var generator = SeededRandom(seed: 13)
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...10, using: &generator) {
                text.append(scalars.randomElement(using: &generator)!)
            }
            #expect(DOTWriter.quote(String(text)) == byCategory(String(text)), "\(Array(String(text).unicodeScalars))")
        }
    }

    @Test func mermaidEscapes() {
        #expect(
            MermaidWriter.quote("\"black-box\" #1 <b> & c\nd")
                == "\"#quot;black-box#quot; #35;1 #lt;b#gt; #amp; c<br/>d\"")
    }
}
