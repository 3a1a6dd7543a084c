import Testing

@testable import AgendaCLI

@Suite("HelpFormatter")
struct ArgumentsHelpFormatterTests {
    func help(_ path: [String], width: Int) -> String {
        HelpFormatter(root: ArgumentsFixtures.root, terminal: .plain(width: width)).help(for: path)
    }

    @Test func topLevelHelpAt80Columns() {
        #expect(
            help(["agenda"], width: 80) == """
                Usage: agenda <command> [options]

                Browse AI-safety research agendas: challenges, concepts and the works they cite.

                Commands:
                  list, ls              List challenges across agendas.
                  show                  Show one challenge with its sources.
                  search, grep          Search passages in Chinese and English.
                  export                Export the works cited by challenges as bibliography
                                        entries.

                Options:
                      --data <dir>      Read the corpus from this directory instead of ./Data.
                      --json            Print JSON instead of text.
                      --color, --colour <when>
                                        When to use colour. One of: auto, always, never.
                      --width <n>       Lay out for this many columns instead of the terminal's
                                        width.
                      --encoding <enc>  Text encoding of the input files when it cannot be
                                        detected.
                  -h, --help            Show help.
                      --version         Show the version.

                Examples:
                  agenda list
                      Every challenge, by agenda.

                  agenda search 欺骗性对齐
                      Passages about deceptive alignment.

                See 'agenda <command> --help' for help on a command.

                """)
    }

    @Test func commandHelpAt80Columns() {
        #expect(
            help(["agenda", "export"], width: 80) == """
                Usage: agenda export [options] [<id>...]

                Export the works cited by challenges as bibliography entries.

                Works are merged across documents by arXiv id, DOI, URL and title, so each
                appears once.

                Arguments:
                  <id>...                Challenge ids (C3) or work ids (W12).

                Options:
                  -f, --format <format>  Output format. One of: bibtex, biblatex, csl-json, ris,
                                         markdown.
                  -o, --output <file>    Write to this file instead of standard output.
                  -a, --all              Export every work in the corpus.
                  -t, --tag <tag>        Only works with this tag.

                Global options:
                      --data <dir>       Read the corpus from this directory instead of ./Data.
                      --json             Print JSON instead of text.
                      --color, --colour <when>
                                         When to use colour. One of: auto, always, never.
                      --width <n>        Lay out for this many columns instead of the terminal's
                                         width.
                      --encoding <enc>   Text encoding of the input files when it cannot be
                                         detected.
                  -h, --help             Show help.
                      --version          Show the version.

                Examples:
                  agenda export --format bibtex C3
                      BibTeX for every work cited by challenge C3.

                  agenda export -a -f csl-json -o works.json
                      Every work as CSL-JSON, into works.json.

                """)
    }

    @Test func commandHelpAt40Columns() {
        #expect(
            help(["agenda", "export"], width: 40) == """
                Usage: agenda export [options]
                         [<id>...]

                Export the works cited by challenges as
                bibliography entries.

                Works are merged across documents by
                arXiv id, DOI, URL and title, so each
                appears once.

                Arguments:
                  <id>...        Challenge ids (C3) or
                                 work ids (W12).

                Options:
                  -f, --format <format>
                                 Output format. One of:
                                 bibtex, biblatex, csl-
                                 json, ris, markdown.
                  -o, --output <file>
                                 Write to this file
                                 instead of standard
                                 output.
                  -a, --all      Export every work in
                                 the corpus.
                  -t, --tag <tag>
                                 Only works with this
                                 tag.

                Global options:
                      --data <dir>
                                 Read the corpus from
                                 this directory instead
                                 of ./Data.
                      --json     Print JSON instead of
                                 text.
                      --color, --colour <when>
                                 When to use colour. One
                                 of: auto, always,
                                 never.
                      --width <n>
                                 Lay out for this many
                                 columns instead of the
                                 terminal's width.
                      --encoding <enc>
                                 Text encoding of the
                                 input files when it
                                 cannot be detected.
                  -h, --help     Show help.
                      --version  Show the version.

                Examples:
                  agenda export --format bibtex C3
                      BibTeX for every work cited by
                      challenge C3.

                  agenda export -a -f csl-json -o
                    works.json
                      Every work as CSL-JSON, into
                      works.json.

                """)
    }

    @Test func chineseHelpTextAt60Columns() {
        #expect(
            help(["agenda", "show"], width: 60) == """
                Usage: agenda show [options] <agenda> <challenge>

                Show one challenge with its sources.

                Arguments:
                  <agenda>              Agenda name.
                  <challenge>           Challenge id or name, e.g. 欺骗性对
                                        齐.

                Global options:
                      --data <dir>      Read the corpus from this directory
                                        instead of ./Data.
                      --json            Print JSON instead of text.
                      --color, --colour <when>
                                        When to use colour. One of: auto,
                                        always, never.
                      --width <n>       Lay out for this many columns
                                        instead of the terminal's width.
                      --encoding <enc>  Text encoding of the input files
                                        when it cannot be detected.
                  -h, --help            Show help.
                      --version         Show the version.

                """)
    }

    @Test func unknownNamesInThePathStopAtTheLastCommand() {
        #expect(help(["agenda", "export", "nonsense"], width: 80) == help(["agenda", "export"], width: 80))
        #expect(help(["agenda", "nonsense"], width: 80) == help(["agenda"], width: 80))
    }

    @Test func everyLineFitsTheWidth() {
        for width in [20, 33, 40, 57, 80, 120] {
            for path in [["agenda"], ["agenda", "export"], ["agenda", "search"], ["agenda", "show"]] {
                for line in help(path, width: width).split(separator: "\n") {
                    #expect(DisplayWidth.standard.columns(line) <= width, "\(width): \(line)")
                }
            }
        }
    }

    @Test func headingsAreBoldWithColour() {
        let formatter = HelpFormatter(root: ArgumentsFixtures.list, terminal: Terminal(width: 80, colorEnabled: true))
        #expect(formatter.help(for: ["list"]) == "\u{1B}[1mUsage:\u{1B}[0m list\n\nList challenges across agendas.\n")
    }

    @Test func customUsageLines() {
        let spec = CommandSpec(
            name: "tool", abstract: "", usage: ["[options] <file>", "--all"],
            options: [OptionSpec("--all", help: "Everything.")])
        #expect(
            HelpFormatter(root: spec, terminal: .plain()).usageLines(for: ["tool"]) == [
                "Usage: tool [options] <file>", "       tool --all",
            ])
    }

    @Test func usageErrorReports() throws {
        let formatter = HelpFormatter(root: ArgumentsFixtures.root, terminal: .plain())
        func report(_ arguments: [String]) -> String {
            do {
                _ = try CommandLineParser(root: ArgumentsFixtures.root).parse(arguments)
                return ""
            } catch {
                return formatter.errorReport(error)
            }
        }
        #expect(
            report(["export", "--fromat", "bibtex"]) == """
                Error: unknown option '--fromat'; did you mean '--format'?
                Usage: agenda export [options] [<id>...]
                See 'agenda export --help'.

                """)
        #expect(
            report(["lsit"]) == """
                Error: unknown command 'lsit'; did you mean 'list'?
                Usage: agenda <command> [options]
                See 'agenda --help'.

                """)
        #expect(
            report(["show", "anthropic"]) == """
                Error: missing required argument <challenge>
                Usage: agenda show [options] <agenda> <challenge>
                See 'agenda show --help'.

                """)
        let coloured = HelpFormatter(root: ArgumentsFixtures.root, terminal: Terminal(width: 80, colorEnabled: true))
        #expect(
            coloured.errorReport(UsageError(.other("bad"), commandPath: ["agenda", "list"]))
                == "\u{1B}[1;31mError:\u{1B}[0m bad\n\u{1B}[1mUsage:\u{1B}[0m agenda list [options]\nSee 'agenda list --help'.\n"
        )
    }
}
