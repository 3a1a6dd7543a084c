import Testing

@testable import AgendaCLI

@Suite("CommandLineParser")
struct ArgumentsParserTests {
    let parser = CommandLineParser(root: ArgumentsFixtures.root)

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedCommand {
        try parser.parse(arguments)
    }

    /// The error `arguments` produce, or nil when they parse.
    func error(_ arguments: [String]) -> UsageError? {
        do {
            _ = try parser.parse(arguments)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ["export", "--format", "bibtex", "C3"],
        ["export", "--format=bibtex", "C3"],
        ["export", "-f", "bibtex", "C3"],
        ["export", "-fbibtex", "C3"],
        ["export", "-f=bibtex", "C3"],
        ["export", "C3", "--format", "bibtex"],
        ["--json", "export", "C3", "-f", "bibtex"],
        ["export", "-f", "ris", "C3", "--format", "bibtex"],  // the last one wins
    ])
    func optionSpellings(arguments: [String]) throws {
        let parsed = try parse(arguments)
        #expect(parsed.path == ["agenda", "export"])
        #expect(parsed.value("--format") == "bibtex")
        #expect(parsed.value("format") == "bibtex")
        #expect(parsed.value("-f") == "bibtex")
        #expect(parsed.positionalValues("id") == ["C3"])
    }

    @Test func flagsBundleAndTheLastMayTakeAValue() throws {
        let parsed = try parse(["export", "-ah"])
        #expect(parsed.has("--all") && parsed.has("--help"))
        let withValue = try parse(["export", "-af", "ris"])
        #expect(withValue.has("-a") && withValue.value("--format") == "ris")
        let glued = try parse(["export", "-aoout.bib"])
        #expect(glued.value("--output") == "out.bib")
    }

    @Test func optionsAnywhereAmongPositionals() throws {
        let parsed = try parse(["export", "C1", "--all", "C2", "--data", "corpus", "C3"])
        #expect(parsed.positionalValues("id") == ["C1", "C2", "C3"])
        #expect(parsed.value("--data") == "corpus")
        #expect(parsed.has("--all"))
        #expect(parsed.arguments == ["C1", "C2", "C3"])
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse(["search", "--", "--json"])
        #expect(parsed.positional("query") == "--json")
        #expect(!parsed.has("--json"))
        let both = try parse(["search", "--json", "--", "-x"])
        #expect(both.has("--json") && both.positional("query") == "-x")
    }

    @Test func dashAndNegativeNumbersArePositionals() throws {
        #expect(try parse(["search", "-"]).positional("query") == "-")
        #expect(try parse(["search", "-5"]).positional("query") == "-5")
        #expect(try parse(["search", "q", "--limit", "-"]).value("--limit") == "-")
    }

    @Test func repeatableOptionsKeepEveryValue() throws {
        let parsed = try parse(["export", "-t", "a", "--tag=b", "-tc"])
        #expect(parsed.values("--tag") == ["a", "b", "c"])
        #expect(parsed.value("--tag") == "c")
        #expect(try parse(["--json", "--json", "list"]).count("--json") == 2)
    }

    @Test func aliasesOfCommandsAndOptions() throws {
        #expect(try parse(["ls"]).path == ["agenda", "list"])
        #expect(try parse(["grep", "对齐"]).commandName == "search")
        #expect(try parse(["--colour", "never", "list"]).value("--color") == "never")
    }

    @Test func noCommandIsTheRoot() throws {
        let parsed = try parse([])
        #expect(parsed.path == ["agenda"])
        #expect(try parse(["--help"]).has("-h"))
        #expect(try parse(["--version"]).path == ["agenda"])
    }

    @Test func chinesePositionals() throws {
        let parsed = try parse(["show", "anthropic", "欺骗性对齐"])
        #expect(parsed.positional("agenda") == "anthropic")
        #expect(parsed.positional("challenge") == "欺骗性对齐")
    }

    @Test func helpSkipsRequiredArguments() throws {
        #expect(try parse(["show", "--help"]).has("--help"))
        #expect(try parse(["search", "-h"]).positional("query") == nil)
        #expect(error(["show"]) == UsageError(.missingArgument("agenda"), commandPath: ["agenda", "show"]))
    }

    @Test func unknownOptionSuggestsTheClosest() {
        let found = error(["export", "--fromat", "bibtex"])
        #expect(
            found
                == UsageError(.unknownOption("--fromat"), commandPath: ["agenda", "export"], suggestions: ["--format"]))
        #expect(found?.description == "unknown option '--fromat'; did you mean '--format'?")
        #expect(error(["list", "--jsn"])?.suggestions == ["--json"])
        #expect(error(["list", "--zzzzzz"])?.description == "unknown option '--zzzzzz'")
        #expect(error(["list", "-z"])?.description == "unknown option '-z'")
        #expect(error(["export", "-az"])?.description == "unknown option '-z'")
        // Hidden options are accepted but never suggested.
        #expect(error(["list", "--debug-timin"])?.suggestions == [])
        #expect((try? parse(["list", "--debug-timing"]))?.has("--debug-timing") == true)
    }

    @Test func commandOptionBeforeTheCommand() {
        #expect(
            error(["--format", "bibtex", "export"])?.description
                == "option '--format' belongs to 'agenda export'; put it after the command")
    }

    @Test func missingValues() {
        #expect(error(["search", "q", "--limit"])?.description == "missing value for --limit")
        #expect(error(["export", "--format", "--json"])?.description == "missing value for --format")
        #expect(error(["export", "-f"])?.description == "missing value for --format")
    }

    @Test func flagWithAValue() {
        #expect(error(["list", "--json=yes"])?.description == "--json does not take a value")
    }

    @Test func invalidChoiceListsTheChoices() {
        #expect(
            error(["export", "--format", "xml"])?.description
                == "invalid value 'xml' for --format; expected one of: bibtex, biblatex, csl-json, ris, markdown")
        #expect(
            error(["export", "-f", "bibtx"])?.description
                == "invalid value 'bibtx' for --format; expected one of: bibtex, biblatex, csl-json, ris, markdown; did you mean 'bibtex'?"
        )
        #expect(UsageError(.unknownCommand("x"), suggestions: ["a", "b"]).hint == "did you mean 'a' or 'b'?")
        #expect(UsageError(.unknownCommand("x"), suggestions: ["a", "b", "c"]).hint == "did you mean 'a', 'b' or 'c'?")
        #expect(error(["--color=sometimes", "list"])?.commandPath == ["agenda"])
    }

    @Test func extraAndMissingArguments() {
        #expect(error(["show", "a", "b", "c"])?.description == "unexpected argument 'c'")
        #expect(error(["list", "x"])?.description == "unexpected argument 'x'")
        #expect(error(["show", "a"])?.description == "missing required argument <challenge>")
        #expect(error(["search"])?.description == "missing required argument <query>")
    }

    @Test func unknownCommandSuggests() {
        #expect(error(["lsit"])?.description == "unknown command 'lsit'; did you mean 'list'?")
        #expect(error(["exp"])?.suggestions == ["export"])
        #expect(error(["serch"])?.suggestions == ["search"])
        #expect(error(["LIST"])?.suggestions == ["list"])
        #expect(error(["frobnicate"])?.description == "unknown command 'frobnicate'")
    }

    @Test func integerValues() throws {
        let parsed = try parse(["--width", "100", "list"])
        #expect(try parsed.integer("--width", in: 1...1000) == 100)
        #expect(try parsed.integer("--limit") == nil)
        let bad = try parse(["--width", "wide", "list"])
        #expect(
            throws: UsageError(
                .invalidValue(value: "wide", option: "--width", expected: "an integer of at least 1"),
                commandPath: ["agenda", "list"])
        ) {
            try bad.integer("--width", in: 1...Int.max)
        }
        #expect(throws: UsageError.self) { try parse(["--width", "0", "list"]).integer("width", in: 1...9) }
    }

    @Test func variadicBeforeARequiredPositional() throws {
        let spec = CommandSpec(
            name: "cp", abstract: "",
            positionals: [PositionalSpec("source", help: "", variadic: true), PositionalSpec("target", help: "")])
        let parsed = try CommandLineParser(root: spec).parse(["a", "b", "c"])
        #expect(parsed.positionalValues("source") == ["a", "b"])
        #expect(parsed.positional("target") == "c")
        #expect(throws: UsageError(.missingArgument("source"), commandPath: ["cp"])) {
            try CommandLineParser(root: spec).parse(["a"])
        }
    }
}
