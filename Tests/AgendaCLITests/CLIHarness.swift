import Foundation
import Testing

@testable import AgendaCLI

/// Runs `agenda` in-process with captured streams, or the built executable as a process.
enum CLI {
    struct Result {
        var output: String
        var error: String
        var status: Int32
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let dataDirectory = packageRoot.appendingPathComponent("Data").path

    /// In-process run on the bundled corpus (or `data`), stdout a pipe of `width` columns.
    static func run(
        _ arguments: [String], data: String? = nil, width: Int = 80, environment: [String: String] = [:],
        tty: Bool = false
    ) -> Result {
        var output = ""
        var error = ""
        let probe = TerminalProbe(isTTY: tty, columns: tty ? width : nil)
        var variables = environment
        variables["COLUMNS"] = variables["COLUMNS"] ?? String(width)
        let status = AgendaCommandLine.run(
            arguments: ["--data", data ?? dataDirectory] + arguments, environment: variables,
            currentDirectory: FileManager.default.temporaryDirectory.path, executablePath: nil,
            stdoutProbe: probe, stderrProbe: .pipe,
            output: { output += $0 }, error: { error += $0 })
        return Result(output: output, error: error, status: status)
    }

    /// A temporary data directory holding `files`; removed by `cleanUp`.
    static func dataDirectory(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    static func cleanUp(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

    /// The `agenda` executable that `swift build`/`swift test` built next to the test bundle.
    static var executable: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("agenda"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("agenda"),
            packageRoot.appendingPathComponent(".build/debug/agenda"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the executable through `/bin/sh -c` (for pipes), from `directory`.
    static func shell(_ command: String, directory: String? = nil, environment: [String: String] = [:]) throws -> Result
    {
        let agenda = try #require(executable, "the agenda executable is built by swift build / swift test")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var variables = ProcessInfo.processInfo.environment
        variables["AGENDA"] = agenda.path
        variables.removeValue(forKey: "AGENDA_DATA")
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? FileManager.default.temporaryDirectory.path)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            output: String(decoding: outData, as: UTF8.self), error: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }
}
