import AgendaParser
import AgendaTestSupport
import Testing

@testable import AgendaExport

@Suite("Names, details, keys and identifiers")
struct CitationPartsTests {
    @Test(arguments: [
        ("Paul F. Christiano", PersonName.person(family: "Christiano", given: "Paul F.", particle: nil, suffix: nil)),
        ("Chris van Merwijk", .person(family: "Merwijk", given: "Chris", particle: "van", suffix: nil)),
        ("Donald E. Knuth Jr.", .person(family: "Knuth", given: "Donald E.", particle: nil, suffix: "Jr.")),
        ("G R Khundadze", .person(family: "Khundadze", given: "G R", particle: nil, suffix: nil)),
        ("Sébastien Bubeck", .person(family: "Bubeck", given: "Sébastien", particle: nil, suffix: nil)),
        ("熊德意", .literal("熊德意")),
        ("Machine Intelligence Research Institute", .literal("Machine Intelligence Research Institute")),
    ])
    func fullNames(_ raw: String, _ expected: PersonName) {
        #expect(PersonName.fullName(raw) == expected)
    }

    @Test(arguments: [
        ("Holtzman", PersonName.person(family: "Holtzman", given: nil, particle: nil, suffix: nil)),
        ("van Merwijk", .person(family: "Merwijk", given: nil, particle: "van", suffix: nil)),
        ("Frontier Model Forum", .literal("Frontier Model Forum")),
        ("白宫", .literal("白宫")),
        ("CHAI, Far.ai和Ditchley Foundation", .literal("CHAI, Far.ai和Ditchley Foundation")),
        ("Surge AI", .literal("Surge AI")),
    ])
    func surnames(_ raw: String, _ expected: PersonName) {
        #expect(PersonName.surname(raw) == expected)
    }

    @Test func organisationRepeatedAsFullNameStaysWhole() {
        let work = SampleWorks.work(
            "x", .report, authors: ["Frontier Model Forum", "Smith"], names: ["Frontier Model Forum", "John Smith"],
            year: "2023", mentions: [])
        #expect(
            PersonName.authors(of: work) == [
                .literal("Frontier Model Forum"), .person(family: "Smith", given: "John", particle: nil, suffix: nil),
            ])
    }

    @Test(
        arguments: [
            ("22(2):71–85", "22", "2", "71--85", nil),
            ("131(3410):1355–1358", "131", "3410", "1355--1358", nil),
            ("12:e1234", "12", nil, "e1234", nil),
            ("7", "7", nil, nil, nil),
            ("pp. 97–111", nil, nil, "97--111", nil),
            ("abs/1606.06565", nil, nil, nil, "abs/1606.06565"),
            ("22(2):71–85, may", nil, nil, nil, "22(2):71–85, may"),
        ] as [(String, String?, String?, String?, String?)])
    func details(_ raw: String, _ volume: String?, _ issue: String?, _ pages: String?, _ unparsed: String?) {
        let details = PublicationDetails(raw)
        #expect(details.volume == volume)
        #expect(details.issue == issue)
        #expect(details.pages(separator: "--") == pages)
        #expect(details.unparsed == unparsed)
    }

    @Test func keysAreASCIIAndUniqueWithStableSuffixes() {
        let older = SampleWorks.work(
            "weidinger2021", .unknown, authors: ["Weidinger"], year: "2021", title: "A", mentions: [])
        let newer = SampleWorks.work(
            "weidinger2021", .unknown, authors: ["Weidinger"], year: "2021", title: "B", mentions: [])
        let odd = SampleWorks.work("Müller 2020{x}", .unknown, authors: ["Müller"], year: "2020", mentions: [])
        let chinese = SampleWorks.work("熊2023", .unknown, authors: ["熊德意"], year: "2023", mentions: [])
        for order in [[older, newer, odd, chinese], [chinese, newer, odd, older]] {
            let entries = ExportEntry.prepare(order)
            #expect(entries.map(\.key) == ["Muller2020x", "weidinger2021", "weidinger2021-2", "xiong2023"])
            #expect(entries.map { $0.work.title } == [nil, "A", "B", nil])
        }
    }

    @Test func everyFormatUsesTheUniqueKeys() {
        let works = [
            SampleWorks.work("dup2021", .unknown, authors: ["Dup"], year: "2021", title: "One", mentions: []),
            SampleWorks.work("dup2021", .unknown, authors: ["Dup"], year: "2021", title: "Two", mentions: []),
        ]
        #expect(CitationFormat.bibtex.render(works).contains("@misc{dup2021-2,"))
        #expect(CitationFormat.cslJSON.render(works).contains("\"id\" : \"dup2021-2\""))
        #expect(CitationFormat.ris.render(works).contains("ID  - dup2021-2\r\n"))
        #expect(CitationFormat.markdown.render(works).contains("- **dup2021-2** —"))
        #expect(CitationFormat.json.render(works).contains("\"key\" : \"dup2021-2\""))
    }

    @Test(
        arguments: [
            ("2308.00189", "2308.00189"),
            ("arXiv:2308.00189v2", "2308.00189v2"),
            ("cs/0112017", "cs/0112017"),
            ("not an id", nil),
        ] as [(String, String?)])
    func arxivIDs(_ raw: String, _ expected: String?) {
        #expect(Identifiers.cleanArxiv(raw) == expected)
    }

    @Test func arxivFromURLOrDetails() {
        let fromURL = SampleWorks.work(
            "a", .preprint, authors: [], year: nil, url: "https://arxiv.org/pdf/2411.01042.pdf", mentions: [])
        let fromDetails = SampleWorks.work(
            "b", .preprint, authors: [], year: nil, details: "abs/1606.06565", mentions: [])
        #expect(Identifiers.arxiv(of: fromURL) == "2411.01042")
        #expect(Identifiers.arxiv(of: fromDetails) == "1606.06565")
        #expect(Identifiers.doi("https://doi.org/10.1145/360018.360022") == "10.1145/360018.360022")
    }

    @Test func texEscapesAndProtection() {
        #expect(
            TeXText.escape("& % $ # _ { } ~ ^ \\")
                == "\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}")
        #expect(
            TeXText.title("Sparks of AGI: Early experiments with GPT-4.")
                == "Sparks of {AGI}: Early experiments with {GPT-4}.")
        #expect(TeXText.title("(ARCHES) 大模型") == "({ARCHES}) 大模型")
        #expect(TeXText.verbatim("https://x.org/a b{c}") == "https://x.org/a%20b%7Bc%7D")
    }

    /// Chinese has no spaces: CJK ends a word, so only the Latin word with capitals is braced.
    @Test(arguments: [
        ("AI对齐到底有多难？", "{AI}对齐到底有多难？"),
        ("用AlphaFold进行蛋白质结构预测", "用{AlphaFold}进行蛋白质结构预测"),
        ("基于GPT-4的评估（ARCHES）", "基于{GPT-4}的评估（{ARCHES}）"),
        ("大模型与RLHF: 综述", "大模型与{RLHF}: 综述"),
        ("神经活动中固有的想法的逻辑演算", "神经活动中固有的想法的逻辑演算"),
        ("Scaling与对齐", "Scaling与对齐"),
        ("", ""),
    ])
    func texProtectionStopsAtChinese(_ title: String, _ expected: String) {
        #expect(TeXText.title(title) == expected)
    }

    /// A mention says there are more authors by `et al` in any case, `等人`, or a Latin name right before `等`.
    @Test(arguments: [
        ("Holtzman et al., 2023", true), ("HOLTZMAN ET AL 2023", true), ("Et Al.", true), ("et al", true),
        ("Holtzman等, 2023", true), ("霍尔茨曼等人", true), ("a等", true), ("Z等", true),
        ("et  al", false), ("et\u{00A0}al", false), ("ét al", false), ("Holtzman, 2023", false), ("张等", false),
        ("1等", false), ("等", false), ("等人", true), ("", false), ("et a", false), ("e", false),
    ])
    func mentionsThatSayThereAreMoreAuthors(text: String, says: Bool) {
        #expect(Work.saysOthers(text) == says, "\(text)")
    }

    @Test func shortCitations() {
        let works = SampleWorks.all.sorted { $0.key < $1.key }
        #expect(
            works.map(\.shortCitation) == [
                // `et al.` also when every mention says 等人/et al. and no reference list names the rest.
                "Adams", "白宫 2023", "Bostrom 2012", "CHAI, Far.ai和Ditchley Foundation 2023", "Chan et al. 2023a",
                "Chan et al. 2023b", "Christiano 2017", "Christiano et al. 2018a", "Frontier Model Forum 2023",
                "Holtzman et al. 2023", "Hubinger et al. 2019", "Knuth 1984", "McCulloch & Pitts 1943",
                "Ouyang et al. 2022",
                "Steinhardt et al. 2023",
            ])
    }
}

@Suite("Collapsing whitespace")
struct CollapsingWhitespaceTests {
    /// On bytes as by scalars: every Unicode White_Space character, and neighbours of their
    /// UTF-8 (U+2000–U+200B, U+3001, U+1681, C2 lead bytes), on random texts.
    @Test func bytesCollapseAsScalarsDo() {
        func byScalars(_ text: String) -> String {
            var output = String.UnicodeScalarView()
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                if Script.isWhitespace(scalar) {
                    pendingSpace = !output.isEmpty
                } else {
                    if pendingSpace { output.append(" ") }
                    pendingSpace = false
                    output.append(scalar)
                }
            }
            return String(output)
        }
        let whitespace = (0...0x3000).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace)
        #expect(whitespace.allSatisfy(Script.isWhitespace))
        let others: [Unicode.Scalar] = ["a", "对", "\u{200B}", "\u{3001}", "\u{1681}", "\u{A1}", "\u{84}", "é", "😀"]
        var generator = SeededRandom(seed: 17)
        for _ in 0..<3_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                let pool = Bool.random(using: &generator) ? whitespace : others
                text.append(pool.randomElement(using: &generator)!)
            }
            let string = String(text)
            #expect(Script.collapsingWhitespace(string) == byScalars(string), "\(Array(string.unicodeScalars))")
        }
    }
}
