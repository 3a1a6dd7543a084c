import Foundation
import Testing

@testable import AgendaCLI

/// The built executable, run as a user would: from another directory, in pipes,
/// writing files.
@Suite("End to end: the agenda executable", .serialized)
struct EndToEndTests {
    @Test("From any directory the bundled Data/ is found; help tells what to do next")
    func bundledDataFromAnywhere() throws {
        let help = try CLI.shell(#""$AGENDA" --help"#, directory: "/")
        #expect(help.status == 0)
        #expect(help.output.contains("agenda challenges"))
        let challenges = try CLI.shell(#""$AGENDA" challenges --agenda anwar --json"#, directory: "/")
        #expect(challenges.status == 0)
        let list = try JSONSerialization.jsonObject(with: Data(challenges.output.utf8)) as? [[String: Any]]
        #expect(list?.count == 18)
    }

    @Test("AGENDA_DATA and --data choose the directory; a missing one is a usage error")
    func dataDirectoryChoice() throws {
        let missing = try CLI.shell(#""$AGENDA" docs"#, environment: ["AGENDA_DATA": "/nonexistent/dir"])
        #expect(missing.status == 2)
        #expect(
            missing.error
                == "agenda: data directory '/nonexistent/dir' (from AGENDA_DATA) does not exist; see 'agenda docs --help'\n"
        )
        let file = try CLI.shell(
            #""$AGENDA" --data "$FILE" challenges"#, environment: ["FILE": CLI.dataDirectory + "/agenda-index.md"])
        #expect(file.status == 2)
        #expect(file.error.contains("(from --data) is a file, not a directory"), "\(file.error)")
    }

    @Test("A closed pipe ends quietly")
    func closedPipe() throws {
        let result = try CLI.shell(
            #""$AGENDA" --data "$DATA" concepts | head -n 1; "$AGENDA" --data "$DATA" dump | head -c 10 >/dev/null"#,
            environment: ["DATA": CLI.dataDirectory])
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("中文"))
    }

    @Test("Exports are atomic: refused without --force, replaced with it, old file kept when the write fails")
    func atomicExport() throws {
        let directory = try CLI.dataDirectory([:])
        defer { CLI.cleanUp(directory) }
        let target = directory + "/refs.bib"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        let environment = ["DATA": CLI.dataDirectory, "TARGET": target]
        let refused = try CLI.shell(#""$AGENDA" --data "$DATA" cite -o "$TARGET""#, environment: environment)
        #expect(refused.status == 1)
        #expect(refused.error == "agenda: '\(target)' exists; use --force to overwrite it\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        // A file-size limit of 1 block (512 bytes) makes the write fail part-way, like a full disk.
        let failed = try CLI.shell(
            #"ulimit -f 1; "$AGENDA" --data "$DATA" cite -o "$TARGET" --force"#, environment: environment)
        #expect(failed.status == 1)
        #expect(failed.error == "agenda: cannot write '\(target)': File too large\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(leftovers == ["refs.bib"], "no temporary file left behind")
        chmod(target, 0o640)
        let forced = try CLI.shell(#""$AGENDA" --data "$DATA" cite -o "$TARGET" --force"#, environment: environment)
        #expect(forced.status == 0)
        #expect(forced.error.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("@misc{holtzman2023,"))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o640, "the replaced file's permissions are kept")
        let noDirectory = try CLI.shell(
            #""$AGENDA" --data "$DATA" cite -o /nonexistent/dir/refs.bib"#, environment: environment)
        #expect(noDirectory.status == 1)
        #expect(noDirectory.error == "agenda: cannot write '/nonexistent/dir/refs.bib': No such file or directory\n")
    }

    @Test("-o takes any file name, even one character long; -o - is stdout")
    func shortOutputNames() throws {
        let directory = try CLI.dataDirectory([:])
        defer { CLI.cleanUp(directory) }
        let environment = ["DATA": CLI.dataDirectory]
        let short = try CLI.shell(
            #""$AGENDA" --data "$DATA" cite -k bai2022 -o x"#, directory: directory, environment: environment)
        #expect(short.status == 0, "\(short.error)")
        #expect(try String(contentsOfFile: directory + "/x", encoding: .utf8).contains("@misc{bai2022,"))
        let dash = try CLI.shell(
            #""$AGENDA" --data "$DATA" cite -k bai2022 -o -"#, directory: directory, environment: environment)
        #expect(dash.status == 0, "\(dash.error)")
        #expect(dash.output.contains("@misc{bai2022,"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/-"))
        let slash = try CLI.shell(
            #""$AGENDA" --data "$DATA" cite -k bai2022 -o y/"#, directory: directory, environment: environment)
        #expect(slash.status == 1)
        #expect(slash.error.hasPrefix("agenda: cannot write 'y/': "))
        #expect(slash.error.split(separator: "\n").count == 1, "one line, no backtrace: \(slash.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["x"], "no temporary file left")
    }

    @Test(
        "The temporary file goes beside the target",
        arguments: [
            ("refs.bib", ".", "refs.bib"), ("x", ".", "x"), ("a/", ".", "a"), ("out/x", "out", "x"), ("/x", "/", "x"),
            ("/tmp/a/refs.bib", "/tmp/a", "refs.bib"),
        ])
    func temporaryFilePlace(path: String, directory: String, name: String) {
        let split = AtomicFile.split(path)
        #expect(split.directory == directory)
        #expect(split.name == name)
    }
}

@Suite("Hostile documents never reach the terminal raw")
struct TerminalSafetyTests {
    static let hostile = """
        # 标题\u{1B}]0;pwned\u{07}

        对齐\u{1B}[2J\u{1B}[31m研究（Alignment\u{1B}[0m Research）的段落\u{202E}反向\u{202C}。\u{07}

        | 挑战 | 介绍 |
        |---|---|
        | 危险\u{1B}[1A挑战 | 描述\u{9B}31m内容；第二问 |
        """

    @Test func noControlCharactersInPeopleOutput() throws {
        let data = try CLI.dataDirectory(["evil.md": Self.hostile])
        defer { CLI.cleanUp(data) }
        for arguments in [
            ["challenges"], ["challenges", "--tree"], ["show", "危险"], ["concepts"], ["search", "对齐"],
            ["outline", "evil"], ["docs"], ["check"],
        ] {
            let result = CLI.run(arguments, data: data)
            let bad = result.output.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value)
            }
            #expect(bad.isEmpty, "\(arguments): \(bad.map { String($0.value, radix: 16) })")
            #expect(result.status == 0, "\(arguments)")
        }
    }

    @Test func jsonEscapesInsteadOfStripping() throws {
        let data = try CLI.dataDirectory(["evil.md": Self.hostile])
        defer { CLI.cleanUp(data) }
        let result = CLI.run(["dump"], data: data)
        #expect(!result.output.unicodeScalars.contains("\u{1B}"))
        #expect(result.output.contains(#"\u001b[1A"#))
    }
}
