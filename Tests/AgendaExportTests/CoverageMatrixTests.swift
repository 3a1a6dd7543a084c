import AgendaParser
import Foundation
import Testing

@testable import AgendaExport

@Suite("Coverage: challenge × document")
struct CoverageMatrixTests {
    let matrix = CorpusRelations(corpus: SampleCorpus.corpus).coverage()

    static func evidence(_ basis: CoverageEvidence.Basis, _ document: String, _ line: Int, _ term: String? = nil)
        -> CoverageEvidence
    {
        CoverageEvidence(basis: basis, source: SampleCorpus.at(document, line), term: term)
    }

    @Test func axesAreCorpusOrderWithoutIndexes() {
        #expect(matrix.challenges == ["2.1", "2.2"])
        #expect(matrix.documents == ["a.md", "b.txt"])
        #expect(
            matrix.cells.map { "\($0.challenge)×\($0.document)" } == ["2.1×a.md", "2.1×b.txt", "2.2×a.md", "2.2×b.txt"])
    }

    @Test func statementSectionReferenceTitleAndConcept() {
        let cell = matrix.cell(challenge: "2.1", document: "a.md")
        #expect(
            cell.evidence == [
                Self.evidence(.statement, "a.md", 3),
                Self.evidence(.title, "a.md", 3, "上下文学习是黑盒子"),
                Self.evidence(.concept, "a.md", 3, "mesa优化"),
                Self.evidence(.sectionReference, "a.md", 7),
            ])
        #expect(cell.count == 2)
        #expect(cell.count(.sectionReference) == 1)
        #expect(cell.count(.concept) == 1)
    }

    @Test func titleAndConceptInAnotherDocument() {
        let cell = matrix.cell(challenge: "2.1", document: "b.txt")
        #expect(
            cell.evidence == [
                Self.evidence(.title, "b.txt", 2, "上下文学习是黑盒子"),
                Self.evidence(.concept, "b.txt", 5, "mesa优化"),
            ])
        #expect(cell.count == 2)
    }

    @Test func conceptFoundThroughEnglishName() {
        let cell = matrix.cell(challenge: "2.2", document: "b.txt")
        #expect(
            cell.evidence == [Self.evidence(.concept, "b.txt", 4, "奖励劫持"), Self.evidence(.concept, "b.txt", 5, "奖励劫持")])
        #expect(cell.count == 2)
        #expect(cell.count(.statement) == 0)
    }

    @Test func missingCellIsEmpty() {
        let cell = matrix.cell(challenge: "2.2", document: "index.md")
        #expect(cell.evidence.isEmpty)
        #expect(cell.count == 0)
    }
}

extension CoverageMatrixTests {
    @Test func cellJSONCarriesItsCount() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(matrix.cell(challenge: "2.2", document: "a.md"))
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"challenge":"2.2","count":1,"document":"a.md","evidence":[{"basis":"statement","source":{"document":"a.md","line":4}},{"basis":"title","source":{"document":"a.md","line":4},"term":"能力难以评估与理解"}]}"#
        )
        let decoded = try JSONDecoder().decode(CoverageCell.self, from: data)
        #expect(decoded == matrix.cell(challenge: "2.2", document: "a.md"))
    }
}
