import AgendaParser
import Testing

@testable import AgendaExport

/// The field choices each format makes, spelled out (the golden files pin the rest).
@Suite("Field choices per format")
struct FormatDecisionsTests {
    static func entry(_ key: String) -> ExportEntry {
        let entries = ExportEntry.prepare(SampleWorks.all)
        return entries.first { $0.key == key } ?? entries[0]
    }

    @Test func cslArxivPreprint() {
        let item = CSLJSONExporter.item(Self.entry("christiano2018a"))
        #expect(item.type == "article")
        #expect(item.number == "arXiv:1810.08575")
        #expect(item.publisher == "arXiv")
        #expect(item.url == "https://arxiv.org/abs/1810.08575")
        #expect(item.containerTitle == nil)  // `CoRR` only names arXiv
        #expect(item.issued?.dateParts == [[2018]])  // `2018a` without its letter
        #expect(item.author?.map(\.given) == ["Paul F.", "Buck", "Dario"])
    }

    @Test func cslKeepsTheGivenURLAndTheChineseTitle() {
        let holtzman = CSLJSONExporter.item(Self.entry("holtzman2023"))
        #expect(holtzman.url == "https://arxiv.org/pdf/2308.00189")
        let ouyang = CSLJSONExporter.item(Self.entry("ouyang2022"))
        #expect(ouyang.title == "Training language models to follow instructions with human feedback")
        #expect(ouyang.note == "中文题名：《用人类反馈训练语言模型遵循指令》")
        #expect(ouyang.language == "en")
        let mcculloch = CSLJSONExporter.item(Self.entry("mcculloch1943"))
        #expect(mcculloch.title == "神经活动中固有的想法的逻辑演算")
        #expect(mcculloch.language == "zh")
        #expect(mcculloch.note == nil)
    }

    @Test func cslLiteralNamesAndDetails() {
        #expect(CSLJSONExporter.item(Self.entry("baigong2023")).author?.map(\.literal) == ["白宫"])
        #expect(
            CSLJSONExporter.item(Self.entry("frontiermodelforum2023")).author?.map(\.literal) == [
                "Frontier Model Forum"
            ])
        let bostrom = CSLJSONExporter.item(Self.entry("bostrom2012"))
        #expect([bostrom.volume, bostrom.issue, bostrom.page] == ["22", "2", "71-85"])
        #expect(bostrom.doi == "10.1007/s11023-012-9281-3")
        #expect(bostrom.containerTitle == "Minds Mach.")
    }

    @Test func bibtexFields() {
        let text = BibTeXExporter().bibEntry(Self.entry("christiano2018a"))
        #expect(text.type == "misc")
        #expect(text.fields.map(\.name) == ["author", "title", "year", "eprint", "archivePrefix", "url"])
        #expect(text.fields.first { $0.name == "year" }?.value == "2018")
        let forum = BibTeXExporter().bibEntry(Self.entry("frontiermodelforum2023"))
        #expect(forum.fields.first?.value == "{Frontier Model Forum}")  // written as author = {{Frontier Model Forum}}
    }

    @Test func biblatexFields() {
        let ouyang = BibLaTeXExporter().bibEntry(Self.entry("ouyang2022"))
        #expect(ouyang.type == "online")
        #expect(ouyang.fields.first { $0.name == "titleaddon" }?.value == "《用人类反馈训练语言模型遵循指令》")
        #expect(ouyang.fields.first { $0.name == "eprinttype" }?.value == "arxiv")
        let mcculloch = BibLaTeXExporter().bibEntry(Self.entry("mcculloch1943"))
        #expect(mcculloch.fields.first { $0.name == "langid" }?.value == "chinese")
        #expect(BibLaTeXExporter().bibEntry(Self.entry("steinhardt2023")).type == "online")
        #expect(BibLaTeXExporter().bibEntry(Self.entry("bostrom2012")).fields.map(\.name).contains("journaltitle"))
    }

    /// Bostrom 2012 ends `…, 22(2):71–85, may.`: each format writes the month its own way.
    @Test func monthInEveryFormat() {
        let bostrom = Self.entry("bostrom2012")
        #expect(bostrom.month == 5)
        #expect(CSLJSONExporter.item(bostrom).issued?.dateParts == [[2012, 5]])
        let bibtex = BibTeXExporter().bibEntry(bostrom)
        #expect(bibtex.fields.first { $0.name == "month" }.map { [$0.value, "\($0.isMacro)"] } == ["may", "true"])
        #expect(BibTeXExporter().render([SampleWorks.all[1]]).contains("  year = {2012},\n  month = may,\n"))
        let biblatex = BibLaTeXExporter().bibEntry(bostrom)
        #expect(biblatex.fields.first { $0.name == "date" }?.value == "2012-05")
        #expect(!biblatex.fields.contains { $0.name == "month" })
        let ris = RISExporter.lines(bostrom).map { "\($0.0)  - \($0.1)" }
        #expect(ris.filter { $0.hasPrefix("PY") || $0.hasPrefix("DA") } == ["PY  - 2012", "DA  - 2012/05//"])
        #expect(MarkdownExporter.reference(bostrom).hasPrefix("Bostrom (2012, May). "))
        // Without a year there is no date to put a month in.
        var undated = SampleWorks.all[1]
        undated.year = nil
        let entry = ExportEntry(work: undated, key: "bostrom")
        #expect(entry.month == nil)
        #expect(CSLJSONExporter.item(entry).issued == nil)
        #expect(!BibTeXExporter().bibEntry(entry).fields.contains { $0.name == "month" })
    }

    @Test func risRecord() {
        let lines = RISExporter.lines(Self.entry("ouyang2022")).map { "\($0.0)  - \($0.1)" }
        #expect(
            lines == [
                "TY  - UNPB", "ID  - ouyang2022", "AU  - Ouyang, Long", "AU  - Wu, Jeff", "AU  - Jiang, Xu",
                "AU  - Almeida, Diogo", "PY  - 2022",
                "TI  - Training language models to follow instructions with human feedback",
                "TT  - 用人类反馈训练语言模型遵循指令", "UR  - https://arxiv.org/abs/2203.02155", "DB  - arXiv",
                "AN  - arXiv:2203.02155", "LA  - en", "ER  - ",
            ])
        #expect(RISExporter().render([SampleWorks.all[0]]).hasSuffix("ER  - \r\n"))
        #expect(!RISExporter().render(SampleWorks.all).replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
