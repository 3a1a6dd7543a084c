import Foundation

/// Entry point of the `agenda` executable: terminal facts are decided here once,
/// the command runs, and its outcome becomes the exit code.
public enum AgendaCommandLine {
    /// Runs with the process's arguments and environment, then exits.
    public static func main() -> Never {
        // `agenda … | head`: end quietly on a closed pipe, as git and rg do.
        signal(SIGPIPE, SIG_DFL)
        // A file-size limit (`ulimit -f`) makes write() fail with EFBIG instead of killing the
        // process, so an export reports it and leaves the old file in place.
        signal(SIGXFSZ, SIG_IGN)
        let output = StandardOutput()
        let errors = StandardOutput.standardError()
        // The finished invocation (with its corpus) is kept to the end: freeing a large
        // model object by object only costs time when the process exits anyway.
        var finished: Invocation?
        let status = run(
            arguments: Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: DataDirectory.currentExecutable,
            stdoutProbe: .probe(fileDescriptor: STDOUT_FILENO),
            stderrProbe: .probe(fileDescriptor: STDERR_FILENO),
            output: { output.write($0) },
            error: { errors.write($0) },
            keep: { finished = $0 })
        output.flush()
        errors.flush()
        withExtendedLifetime(finished) { exit(status) }
    }

    /// Runs one command line; returns the exit status. Tests call this with captured streams.
    static func run(
        arguments: [String], environment: [String: String], currentDirectory: String, executablePath: String?,
        stdoutProbe: TerminalProbe, stderrProbe: TerminalProbe,
        output: @escaping (String) -> Void, error: @escaping (String) -> Void,
        keep: (Invocation) -> Void = { _ in }
    ) -> Int32 {
        let command: ParsedCommand
        do {
            command = try CommandLineParser(root: AgendaProgram.root).parse(arguments)
        } catch let usage {
            error(UsageLine.format(usage))
            return ExitCode.usage
        }
        let width: Int?
        do {
            width = try command.integer("--width", in: 1...10_000)
        } catch let usage {
            error(UsageLine.format(usage))
            return ExitCode.usage
        }
        let colorMode = command.value("--color").flatMap(ColorMode.init(rawValue:)) ?? .auto
        let terminal = Terminal.resolve(
            widthOption: width, colorMode: colorMode, environment: environment, probe: stdoutProbe)
        let errorTerminal = Terminal.resolve(colorMode: colorMode, environment: environment, probe: stderrProbe)
        let console = Console(terminal: terminal, errorTerminal: errorTerminal, output: output, error: error)

        if command.has("--version") {
            console.print(AgendaProgram.version)
            return ExitCode.success
        }
        guard command.path.count > 1, let type = AgendaProgram.command(named: command.path[1]) else {
            console.write(HelpFormatter(root: AgendaProgram.root, terminal: terminal).help(for: command.path))
            return ExitCode.success
        }
        if command.has("--help") {
            console.write(HelpFormatter(root: AgendaProgram.root, terminal: terminal).help(for: command.path))
            return ExitCode.success
        }
        let invocation = Invocation(
            command: command, console: console, environment: environment,
            currentDirectory: currentDirectory, executablePath: executablePath)
        keep(invocation)
        do {
            try type.run(invocation)
            return ExitCode.success
        } catch let failure as CommandFailure {
            if case .usage(let message) = failure {
                console.error("\(message); see '\(command.path.joined(separator: " ")) --help'")
            } else {
                console.error(failure.message)
            }
            return failure.exitCode
        } catch let usage as UsageError {
            error(UsageLine.format(usage))
            return ExitCode.usage
        } catch let other {
            console.error("\(other)")
            return ExitCode.noResult
        }
    }
}

/// A usage error on one line: `agenda: unknown option '--fromat'; did you mean '--format'? See 'agenda cite --help'.`
enum UsageLine {
    static func format(_ error: UsageError) -> String {
        let path = error.commandPath.isEmpty ? "agenda" : error.commandPath.joined(separator: " ")
        return "agenda: \(TerminalText.sanitize(error.description)); see '\(path) --help'\n"
    }
}
