import Foundation
import Testing

@testable import AgendaCLI

@Suite("Arguments, help, exit codes")
struct CommandLineTests {
    @Test func helpListsEveryCommand() {
        let result = CLI.run(["--help"])
        #expect(result.status == 0)
        for name in [
            "challenges", "categories", "show", "search", "concepts", "cite", "docs", "outline", "coverage", "graph",
            "check", "dump",
        ] {
            #expect(result.output.contains("\n  \(name)"), "help lists \(name)")
        }
        #expect(result.error.isEmpty)
    }

    @Test(arguments: [
        "challenges", "categories", "show", "search", "concepts", "cite", "docs", "outline", "coverage", "graph",
        "check", "dump",
    ])
    func everyCommandHasHelp(command: String) {
        let result = CLI.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Usage: agenda \(command)"))
    }

    @Test func versionPrintsAndExitsZero() {
        #expect(CLI.run(["--version"]).output == "agenda 1.0.0\n")
    }

    @Test("Usage errors: one line on stderr, exit 2, with a suggestion")
    func usageErrors() {
        let unknown = CLI.run(["challanges"])
        #expect(unknown.status == 2)
        #expect(unknown.output.isEmpty)
        #expect(
            unknown.error == "agenda: unknown command 'challanges'; did you mean 'challenges'?; see 'agenda --help'\n")
        let option = CLI.run(["cite", "--fromat", "ris"])
        #expect(option.status == 2)
        #expect(option.error.contains("unknown option '--fromat'; did you mean '--format'?"))
        let value = CLI.run(["cite", "--format", "xml"])
        #expect(value.status == 2)
        #expect(
            value.error.contains(
                "invalid value 'xml' for --format; expected one of: bibtex, biblatex, csl-json, ris, markdown, json"))
        let width = CLI.run(["challenges", "--width", "wide"])
        #expect(width.status == 2)
        #expect(CLI.run(["show"]).status == 2)
        #expect(CLI.run(["challenges", "--color", "sometimes"]).status == 2)
        let grouping = CLI.run(["cite", "-f", "ris", "--group-by", "challenge"])
        #expect(grouping.status == 2)
        #expect(grouping.error.contains("--group-by applies to -f markdown only"), "\(grouping.error)")
        #expect(CLI.run(["cite", "--group-by", "document"]).status == 2)
        #expect(CLI.run(["cite", "--group-by", "none"]).status == 2)
        for result in [unknown, option, value, width, grouping] {
            #expect(result.error.split(separator: "\n").count == 1, "one line: \(result.error)")
        }
    }

    @Test("Nothing found: an empty JSON array on stdout, and on stderr what was looked for")
    func nothingFound() {
        let search = CLI.run(["search", "zzzzqqq", "--json"])
        #expect(search.status == 1)
        #expect(search.output == "[]\n")
        let concepts = CLI.run(["concepts", "zzzzqqq"])
        #expect(concepts.status == 1)
        #expect(
            concepts.error
                == "agenda: no concept has a name containing 'zzzzqqq'; 'agenda search zzzzqqq' also looks through the texts\n"
        )
    }

    @Test("A command's option before the command names the command typed")
    func optionBeforeTheCommand() {
        let named = CLI.run(["--json", "docs"])
        #expect(named.status == 2)
        #expect(
            named.error
                == "agenda: option '--json' belongs to 'agenda docs'; put it after the command; see 'agenda --help'\n")
        let unnamed = CLI.run(["--json"])
        #expect(unnamed.status == 2)
        #expect(unnamed.error.contains("put it after the command, as in 'agenda challenges --json'"))
        #expect(CLI.run(["--tree", "docs"]).error.contains("option '--tree' belongs to 'agenda challenges'"))
    }

    @Test("Every example in every help page works on the bundled corpus")
    func helpExamplesWork() throws {
        let directory = try CLI.dataDirectory([:])
        defer { CLI.cleanUp(directory) }
        for spec in [AgendaProgram.root] + AgendaProgram.root.subcommands {
            for example in spec.examples {
                // What a pipe feeds is not ours to run; `-o FILE` goes to a scratch directory.
                var words = example.command.split(separator: "|")[0].split(separator: " ").map(String.init).dropFirst()
                if let output = words.firstIndex(of: "-o"), output + 1 < words.endIndex {
                    words[output + 1] = directory + "/" + UUID().uuidString
                }
                let result = CLI.run(Array(words))
                #expect(result.status == 0, "\(example.command): \(result.error)")
                #expect(result.error.isEmpty, "\(example.command): \(result.error)")
            }
        }
    }

    @Test("Missing data directory: exit 2, one line")
    func missingDataDirectory() {
        let result = CLI.run(["challenges"], data: "/nonexistent/agenda")
        #expect(result.status == 2)
        #expect(
            result.error
                == "agenda: data directory '/nonexistent/agenda' (from --data) does not exist; see 'agenda challenges --help'\n"
        )
    }

    @Test("`--` ends options: a keyword may start with a dash")
    func doubleDash() {
        let result = CLI.run(["search", "--kind", "passage", "--", "-optimization"])
        #expect(result.status == 0)
        #expect(result.output.contains("agenda-scientific-understanding.md:15"))
    }

    @Test("Not found: exit 1 with did-you-mean")
    func notFound() {
        let show = CLI.run(["show", "奖励劫特"])
        #expect(show.status == 1)
        #expect(show.error.hasPrefix("agenda: no challenge matches '奖励劫特'"))
        let misspelled = CLI.run(["show", "Agentic LLMs Pose Novel Risk"])
        #expect(misspelled.status == 0, "a unique part of a title is enough")
        let typo = CLI.run(["show", "Agentik"])
        #expect(typo.status == 1)
        #expect(typo.error.contains("did you mean '2.5 具有自主意识的大语言模型带来新型风险 / Agentic LLMs Pose Novel Risks'"))
        let ambiguous = CLI.run(["show", "安全性"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.error.contains("matches 2 challenges"))
        let categories = CLI.run(["challenges", "--category", "挑战"])
        #expect(categories.status == 1)
        #expect(categories.error.contains("'挑战' matches 3 categories: "))
        let search = CLI.run(["search", "量子计算"])
        #expect(search.status == 1)
        #expect(search.output.isEmpty)
        #expect(search.error.hasPrefix("agenda: no match for '量子计算'"))
    }
}

@Suite("Naming a challenge, category or agenda")
struct LookupTests {
    @Test("A did-you-mean suggestion, typed back, finds what it names")
    func suggestionsResolve() {
        let typo = CLI.run(["challenges", "--category", "Sociotechnical Challenge X"])
        #expect(typo.error.contains("did you mean '4 社会技术挑战 / Sociotechnical Challenges'"))
        for (command, query) in [
            (["challenges", "--category"], "4 社会技术挑战 / Sociotechnical Challenges"),
            (["challenges", "--category"], "4 社会技术挑战"),
            (["show"], "2.5 具有自主意识的大语言模型带来新型风险 / Agentic LLMs Pose Novel Risks"),
            (["show"], "2.1 上下文学习是黑盒子"),
            (["show"], "2.1 In-Context Learning (ICL) Is Black-Box"),
            (["challenges", "--agenda"], "anwar2024 (Anwar et al. 2024)"),
        ] {
            let result = CLI.run(command + [query])
            #expect(result.status == 0, "\(command) \(query): \(result.error)")
        }
        #expect(CLI.run(["show", "2.5 具有自主意识的大语言模型带来新型风险 / Agentic LLMs Pose Novel Risks"]).output.hasPrefix("2.5  "))
    }

    @Test("An agenda's id is no part of its challenges' names")
    func qualifiedKeysMatchOnlyWhole() {
        // `xiong2023/S` holds a 2, but neither S nor T is category 2.
        let category = CLI.run(["challenges", "--agenda", "xiong", "--category", "2"])
        #expect(category.status == 1)
        #expect(category.error.hasPrefix("agenda: no category matches '2'"), "\(category.error)")
        let challenge = CLI.run(["show", "2"])
        // 2.1 … 2.7, 3.2, 4.2, S2 and T2 have a 2 in their ids; the other 18 only in their agenda's.
        #expect(challenge.error.contains("'2' matches 11 challenges"), "\(challenge.error)")
        #expect(CLI.run(["show", "xiong2023/S1"]).output.hasPrefix("S1  "))
    }
}

@Suite("Messages agree with their numbers")
struct MessageTests {
    @Test func checkSummary() throws {
        let data = try CLI.dataDirectory([
            "notes.md": "# 笔记\n\n对抗样本（Adversarial Examples）很难防御 (Goodfellow et al., 2015)。\n"
        ])
        defer { CLI.cleanUp(data) }
        let result = CLI.run(["check"], data: data)
        #expect(result.status == 0)
        #expect(result.error == "agenda: 1 document, 1 warning, 0 notes\n")
    }

    @Test func citeSaysWhichFilterLeftNothing() {
        let result = CLI.run(["cite", "--challenge", "2.1"])
        #expect(result.status == 1)
        #expect(result.error == "agenda: no works cited where challenge 2.1 is discussed\n")
        let both = CLI.run(["cite", "--challenge", "2.3", "--document", "salon"])
        #expect(
            both.error
                == "agenda: no works cited where challenge 2.3 is discussed and cited in alignment-salon-transcript.txt\n"
        )
    }

    @Test func plurals() {
        #expect(English.count(1, "work") == "1 work")
        #expect(English.count(0, "work") == "0 works")
        #expect(English.count(3, "category") == "3 categories")
        #expect(English.plural("day") == "days")
    }

    /// `--group-by none`: one Markdown list of every work, sorted by key, no sections.
    @Test func markdownWithoutGroups() {
        let flat = CLI.run(["cite", "-f", "markdown", "--group-by", "none"])
        let grouped = CLI.run(["cite", "-f", "markdown"])
        #expect(flat.status == 0 && grouped.status == 0)
        #expect(flat.output.hasPrefix("# References\n"))
        #expect(!flat.output.contains("\n## ") && grouped.output.contains("\n## "))
        let json = CLI.run(["cite", "--json"])
        let workCount = json.output.components(separatedBy: "\"key\" : ").count - 1
        #expect(workCount > 50 && flat.output.contains("\(workCount) works, sorted by key."))
    }
}
