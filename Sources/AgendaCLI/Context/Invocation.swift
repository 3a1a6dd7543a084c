import AgendaCache
import AgendaParser
import AgendaSearch

/// Everything a command needs: its parsed arguments, the console, and the
/// corpus, loaded on first use so `--help` and usage errors never read files.
final class Invocation {
    let command: ParsedCommand
    let console: Console
    let environment: [String: String]
    let currentDirectory: String
    let executablePath: String?
    private var warnedAboutSkippedFiles = false
    private var store: CorpusStore?

    init(
        command: ParsedCommand, console: Console, environment: [String: String], currentDirectory: String,
        executablePath: String?
    ) {
        self.command = command
        self.console = console
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
    }

    var wantsJSON: Bool { command.has("--json") }
    var terminal: Terminal { console.terminal }

    /// The results of `query` over the corpus's search index (see `CorpusStore.search`).
    func search(_ query: SearchQuery) throws -> SearchResults {
        let store = try corpusStore()
        store.expectSearch()
        let results = try reportingLoadErrors { try store.search(query) }
        warnAboutSkippedFiles(store.loadWarnings)
        return results
    }

    /// Where the cache lives, or nil when `--no-cache`, `AGENDA_CACHE=off` or no cache directory.
    var cacheLocation: CacheLocation? {
        if command.has("--no-cache") { return nil }
        if let setting = environment["AGENDA_CACHE"]?.lowercased(), ["off", "0", "no", "false"].contains(setting) {
            return nil
        }
        return CacheLocation.resolve(environment: environment)
    }

    /// The store of the data directory (resolved, not yet read): `--data`, the
    /// environment and `--encoding` decide it.
    func corpusStore() throws -> CorpusStore {
        if let store { return store }
        let directory: DataDirectory
        switch DataDirectory.resolve(
            option: command.value("--data"), environment: environment, currentDirectory: currentDirectory,
            executablePath: executablePath)
        {
        case .success(let found): directory = found
        case .failure(.missing(let path, let origin)):
            throw CommandFailure.usage("data directory '\(path)' (from \(origin.rawValue)) does not exist")
        case .failure(.notADirectory(let path, let origin)):
            throw CommandFailure.usage("data directory '\(path)' (from \(origin.rawValue)) is a file, not a directory")
        case .failure(.notFound):
            throw CommandFailure.usage(
                "no data directory: pass --data DIR, set AGENDA_DATA, or run where ./Data exists")
        }
        var options = LoadOptions()
        if let name = command.value("--encoding") {
            guard let encoding = TextEncoding(name: name) else {
                throw CommandFailure.usage(
                    "unknown encoding '\(name)'; expected one of: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")), gbk"
                )
            }
            options.encoding = encoding
        }
        let store = CorpusStore(
            dataDirectory: directory.path, options: options, location: cacheLocation, toolVersion: AgendaProgram.version
        )
        // Slow steps (a large corpus with no cache) say so on a terminal that can erase a line.
        if console.errorTerminal.isTTY && environment["TERM"] != "dumb" {
            let line = ProgressLine(terminal: console.errorTerminal, write: console.writeErrorText)
            store.progress = line.show
        }
        self.store = store
        return store
    }

    /// The corpus of the data directory with at least `parts` (from the cache, only those
    /// are decoded; see `CorpusParts`); skipped files are reported once on stderr.
    func corpus(_ parts: CorpusParts = .all) throws -> Corpus {
        let store = try corpusStore()
        let corpus = try reportingLoadErrors { try store.corpus(parts) }
        warnAboutSkippedFiles(store.loadWarnings)
        return corpus
    }

    /// The corpus with at least `parts`, its passages and works perhaps only
    /// those of the documents that `documents` names (see `CorpusStore.corpus(_:about:)`).
    func corpus(_ parts: CorpusParts, about documents: (Corpus) throws -> Set<String>) throws -> Corpus {
        let store = try corpusStore()
        let corpus = try reportingLoadErrors { try store.corpus(parts, about: documents) }
        warnAboutSkippedFiles(store.loadWarnings)
        return corpus
    }

    /// `body`, with the loader's errors as command failures.
    private func reportingLoadErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LoadError {
            switch error {
            case .directoryNotFound, .notADirectory: throw CommandFailure.usage(error.description)
            case .noDocuments: throw CommandFailure.failed(error.description)
            }
        }
    }

    /// Reports the skipped files on stderr, once a run.
    private func warnAboutSkippedFiles(_ warnings: [Diagnostic]) {
        guard !warnedAboutSkippedFiles else { return }
        warnedAboutSkippedFiles = true
        for diagnostic in warnings { console.warning("\(diagnostic.document): \(diagnostic.message)") }
    }
}
