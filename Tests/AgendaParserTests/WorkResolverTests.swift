import Foundation
import Testing

@testable import AgendaParser

/// Merging facts into works: identifiers, author and year, author alone, and
/// the evidence that keeps works apart.
@Suite struct WorkResolverTests {
    static let christianoReference = """
        # 综述

        迭代扩增方案(Christiano et al., 2018)。

        ## 参考文献

        - Paul F. Christiano, Buck Shlegeris, and Dario Amodei. 2018. Supervising strong learners by amplifying weak experts. *CoRR*, abs/1810.08575.
        """

    @Test func singleAuthorCitationIsNotAMultiAuthorReference() throws {
        let corpus = CitationTesting.parse([("a.txt", "对齐的定义(Christiano,2018)。\n"), ("b.md", Self.christianoReference)])
        #expect(corpus.works.map(\.key) == ["christiano2018a", "christiano2018b"])
        #expect(corpus.works[0].mentions.map(\.text) == ["Christiano,2018"])
        #expect(corpus.works[0].title == nil)
        #expect(corpus.works[1].mentions.map(\.source.description) == ["b.md:3", "b.md:7"])
        #expect(corpus.works[1].arxiv == "1810.08575")
    }

    @Test(arguments: [
        ("(Doe et al., 2020)", "- Jane Doe. 2020. One author only.", 2),
        ("(Doe and Roe, 2020)", "- Jane Doe, Richard Roe, and Sam Poe. 2020. Three authors.", 2),
        ("(Doe and Roe, 2020)", "- Jane Doe and Richard Roe. 2020. Two authors.", 1),
        ("(Doe, 2020)", "- Jane Doe. 2020. One author only.", 1),
        ("(Doe et al., 2020)", "- Jane Doe, Richard Roe, and Sam Poe. 2020. Three authors.", 1),
        ("(Doe et al., 2021)", "- Jane Doe, Richard Roe, and Sam Poe. 2020. Three authors.", 2),
    ])
    func citationMustFitTheReferencesAuthorList(_ citation: String, _ reference: String, _ works: Int) {
        let text = "正文\(citation)。\n\n## References\n\n\(reference)\n"
        #expect(CitationTesting.works(text).count == works)
    }

    @Test func yearLetters() throws {
        let separate = CitationTesting.works("涌现(Wei et al., 2022a; Wei et al., 2022b)。\n")
        #expect(separate.map(\.year) == ["2022a", "2022b"])
        #expect(separate.map(\.key) == ["wei2022a", "wei2022b"])
        let merged = CitationTesting.parse([
            ("a.md", "涌现(Wei et al., 2022a)。\n"), ("b.md", "涌现([Wei等, 2022](https://arxiv.org/abs/2206.07682))。\n"),
        ]).works
        let wei = try #require(merged.first)
        #expect(merged.count == 1)
        #expect(wei.year == "2022a")
        #expect(wei.key == "wei2022")
        #expect(wei.arxiv == "2206.07682")
    }

    @Test func authorOnlyMergeWithTheOnlyWorkOfThatAuthor() throws {
        let corpus = CitationTesting.parse([
            ("a.md", "多种形式([Adams](https://doi.org/10.1002/sys.21255))。\n"),
            ("b.txt", "多种形式(Adams et al., 2014,表4)。\n"),
        ])
        let work = try #require(corpus.works.first)
        #expect(corpus.works.count == 1)
        #expect(work.key == "adams2014")
        #expect(work.doi == "10.1002/sys.21255")
        #expect(work.mergedBy == [.authorOnly])
        let diagnostics = CitationTesting.citationDiagnostics(corpus).filter {
            $0.id == CitationDiagnostics.authorOnlyMergeID
        }
        #expect(diagnostics.map(\.source) == [SourceLocation(document: "a.md", line: 1)])
    }

    @Test func noAuthorOnlyMergeWhenTheAuthorHasSeveralWorks() {
        let corpus = CitationTesting.parse([
            ("a.md", "多种形式([Adams](https://doi.org/10.1002/sys.21255))。\n"),
            ("b.txt", "多种形式(Adams et al., 2014; Adams, 2015)。\n"),
        ])
        #expect(corpus.works.map(\.key) == ["adams", "adams2014", "adams2015"])
        #expect(corpus.works.allSatisfy { !$0.mergedBy.contains(.authorOnly) })
    }

    @Test func titleMergesAChapterMentionWithAReference() throws {
        let corpus = CitationTesting.parse([
            (
                "chapter.md",
                "GPT-3在2022年的《用人类反馈训练语言模型遵循指令》（Training language models to follow instructions with human feedback）中也使用了RLHF。\n"
            ),
            (
                "survey.md",
                "## References\n\n- Long Ouyang, Jeff Wu, and Ryan J. Lowe. 2022. Training language models to follow instructions with human feedback. *ArXiv*, abs/2203.02155.\n"
            ),
        ])
        let work = try #require(corpus.works.first)
        #expect(corpus.works.count == 1)
        #expect(work.key == "ouyang2022")
        #expect(work.titleZh == "用人类反馈训练语言模型遵循指令")
        #expect(work.authors == ["Ouyang", "Wu", "Lowe"])
        #expect(work.authorNames == ["Long Ouyang", "Jeff Wu", "Ryan J. Lowe"])
        #expect(work.mergedBy == [.title])
        #expect(work.kind == .preprint)
    }

    @Test func differentIdentifiersKeepWorksApart() {
        let text =
            "见([Smith, 2020](https://arxiv.org/abs/2001.00002))和([Smith, 2020](https://arxiv.org/abs/2001.00001))，以及(Smith, 2020)。\n"
        let works = CitationTesting.works(text)
        #expect(works.map(\.key) == ["smith2020a", "smith2020b"])
        #expect(works.map(\.arxiv) == ["2001.00001", "2001.00002"])
        // The bare citation joins the first work of that author and year it meets.
        #expect(works.map(\.mentions.count) == [1, 2])
    }

    @Test func citationFittingTwoReferencesIsLeftAloneAndReported() {
        let text =
            "见(Smith, 2020)。\n\n## References\n\n- Jane Smith. 2020. First work.\n- Jane Smith. 2020. Second work.\n"
        let corpus = CitationTesting.parse([("t.md", text)])
        #expect(corpus.works.count == 3)
        #expect(
            CitationTesting.citationDiagnostics(corpus).contains {
                $0.id == CitationDiagnostics.ambiguousID && $0.source?.line == 1
            })
    }

    @Test func weakMergesAcrossDocumentsAreReportedWithinADocumentNot() {
        let corpus = CitationTesting.parse([
            ("a.txt", "风险(Ngo等人,2023年)。\n再次(Ngo等人,2023年)。\n"), ("b.txt", "风险(Ngo et al., 2023)。\n"),
        ])
        #expect(corpus.works.map(\.mentions.count) == [3])
        let merges = CitationTesting.citationDiagnostics(corpus).filter {
            $0.id == CitationDiagnostics.authorYearMergeID
        }
        #expect(merges.map(\.source) == [SourceLocation(document: "b.txt", line: 1)])
        #expect(
            merges.first?.message
                == "'Ngo et al., 2023' merged into ngo2023 (cited at a.txt:1) on author and year alone")
    }

    /// Citations of one author and year that no reference fits join the first earlier one
    /// they fit, in order, whether or not they carry an arXiv id (the resolver looks only at
    /// groups with the same id or none) and however often the same kind of citation recurs.
    @Test func citationsOfOneAuthorAndYearJoinTheFirstGroupTheyFit() {
        let text = """
            先见(Doe et al., 2020)。

            风险见[Doe et al., 2020](https://arxiv.org/abs/2001.00001)。

            风险见[Doe et al., 2020](https://arxiv.org/abs/2001.00002)。

            风险见[Doe et al., 2020a](https://doi.org/10.1000/x)。

            又见(Doe et al., 2020)。

            风险见[Doe et al., 2020](https://arxiv.org/abs/2001.00003)。

            再见(Doe et al., 2020b)。
            """
        let works = CitationTesting.works(text)
        #expect(works.map(\.key) == ["doe2020a", "doe2020b", "doe2020c"])
        #expect(works.map(\.arxiv) == ["2001.00001", "2001.00002", "2001.00003"])
        #expect(works.map(\.doi) == ["10.1000/x", nil, nil])
        #expect(works.map { $0.mentions.map(\.source.line) } == [[1, 3, 7, 9], [5, 13], [11]])
        // The same again many times: each arXiv id is its own work; the plain citations join the first.
        let many = (1...40).map {
            "见[Doe et al., 2020](https://arxiv.org/abs/2001.\(10000 + $0))。\n\n又见(Doe et al., 2020)。"
        }
        let manyWorks = CitationTesting.works(many.joined(separator: "\n\n"))
        #expect(manyWorks.count == 40)
        #expect(manyWorks.first { $0.arxiv == "2001.10001" }?.mentions.count == 41)
        #expect(manyWorks.filter { $0.arxiv != "2001.10001" }.allSatisfy { $0.mentions.count == 1 })
    }

    /// A parse that keeps no diagnostics skips the resolver's reports, not its merges.
    @Test func resolvingWithoutDiagnosticsGivesTheSameWorks() throws {
        func parse(_ files: [(String, String)], parts: CorpusParts) -> Corpus {
            var texts = files.map { SourceText(name: $0.0, text: $0.1) }
            return AgendaParser.parse(taking: &texts, parts: parts)
        }
        let files = [
            ("a.txt", "风险(Ngo等人,2023年)。\n再次(Ngo等人,2023年)。\n(Doe and Roe, 2020)\n"),
            ("b.txt", "风险(Ngo et al., 2023)。\n[Adams](https://doi.org/10.1/x) (Adams et al., 2014)\n"),
            ("c.md", Self.christianoReference),
        ]
        let whole = parse(files, parts: .all)
        let quiet = parse(files, parts: [.concepts, .works, .passages])
        #expect(!CitationTesting.citationDiagnostics(whole).isEmpty)
        #expect(quiet.works == whole.works && quiet.concepts == whole.concepts && quiet.passages == whole.passages)
        #expect(quiet.diagnostics.allSatisfy { $0.isAboutLoading })

        let real = try AgendaParser.parse(directory: CitationTesting.dataDirectory)
        let realQuiet = try AgendaParser.parseWithManifest(
            directory: CitationTesting.dataDirectory, parts: [.works]
        ).corpus
        #expect(realQuiet.works == real.works && realQuiet.works.count > 50)
        #expect(realQuiet.diagnostics == real.diagnostics.filter(\.isAboutLoading))
    }

    @Test func workWithoutAFullReferenceIsReported() {
        let corpus = CitationTesting.parse([("a.txt", "风险(Ngo等人,2023年)。\n")])
        let diagnostics = CitationTesting.citationDiagnostics(corpus)
        #expect(
            diagnostics.map(\.description) == [
                "a.txt:1: warning: 'Ngo等人,2023年' resolves to no full reference (ngo2023: no title, URL or identifier) [citation.unresolved]"
            ])
    }

    @Test func keysDoNotDependOnDocumentOrderOrUnrelatedDocuments() {
        let a = ("a.txt", "对齐的定义(Christiano,2018)。\n")
        let b = ("b.md", Self.christianoReference)
        let unrelated = ("0.md", "无关([Christiano等, 2017](https://arxiv.org/abs/1706.03741))。\n")
        func keys(_ files: [(name: String, text: String)]) -> [String: String] {
            var result: [String: String] = [:]
            for work in CitationTesting.parse(files).works { result[work.mentions[0].text] = work.key }
            return result
        }
        let base = keys([a, b])
        let shuffled = keys([b, unrelated, a])
        #expect(base == ["Christiano,2018": "christiano2018a", "Christiano et al., 2018": "christiano2018b"])
        #expect(shuffled.filter { base[$0.key] != nil } == base)
        #expect(shuffled.count == 3)
    }

    @Test func fullwidthAndCRLFInputGiveTheSameWorks() {
        let lf =
            "正文(Holtzman et al., 2023)。\n\n## 参考文献\n\n- Ari Holtzman, Peter West, and Luke Zettlemoyer. 2023. Generative models as a complex systems science. *ArXiv*, abs/2308.00189.\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let bom = "\u{FEFF}" + lf
        let expected = CitationTesting.works(lf)
        #expect(expected.map(\.key) == ["holtzman2023"])
        #expect(CitationTesting.works(crlf) == expected)
        #expect(CitationTesting.works(bom) == expected)
    }
}
