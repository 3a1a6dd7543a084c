import AgendaParser
import AgendaTestSupport
import Testing

@testable import AgendaExport

@Suite("Citation formats: golden files")
struct CitationFormatGoldenTests {
    @Test(arguments: CitationFormat.allCases)
    func formatMatchesGolden(_ format: CitationFormat) {
        Golden.check(format.render(SampleWorks.all), "sample.\(format.rawValue).\(format.fileExtension)")
    }

    @Test func markdownByDocumentMatchesGolden() {
        let groups = ReferenceGroup.byDocument(SampleWorks.all)
        Golden.check(CitationFormat.markdown.render(SampleWorks.all, groups: groups), "sample.by-document.md")
    }

    @Test(arguments: CitationFormat.allCases)
    func outputDoesNotDependOnInputOrder(_ format: CitationFormat) {
        #expect(format.render(SampleWorks.all) == format.render(SampleWorks.all.reversed()))
    }

    @Test(arguments: CitationFormat.allCases)
    func emptyInputRenders(_ format: CitationFormat) {
        let expected: String
        switch format {
        case .bibtex, .biblatex:
            expected =
                "% \(format == .bibtex ? "BibTeX" : "BibLaTeX") exported by agenda: 0 works, sorted by key.\n"
                + "% Encoding: UTF-8. CJK text is kept as UTF-8: biber (biblatex) reads it natively;\n"
                + "% with classic BibTeX use a UTF-8 engine (XeLaTeX, LuaLaTeX) or bibtexu.\n"
        case .cslJSON: expected = "[]\n"
        case .ris: expected = ""
        case .markdown: expected = "# References\n\n0 works, sorted by key.\n\n"
        case .json: expected = "{\n  \"schemaVersion\" : 1,\n  \"works\" : []\n}\n"
        }
        #expect(format.render([]) == expected)
    }

    @Test func formatIDsAreTheCLISpellings() {
        #expect(
            CitationFormat.allCases.map(\.rawValue) == ["bibtex", "biblatex", "csl-json", "ris", "markdown", "json"])
        #expect(CitationFormat(rawValue: "csl-json") == .cslJSON)
        #expect(CitationFormat(rawValue: "csljson") == nil)
    }
}
