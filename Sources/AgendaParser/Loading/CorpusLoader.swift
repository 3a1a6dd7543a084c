import Foundation

/// Why a data directory could not be loaded at all.
public enum LoadError: Error, Equatable, CustomStringConvertible {
    case directoryNotFound(String)
    case notADirectory(String)
    /// The directory holds no readable `.md`, `.markdown` or `.txt` file.
    case noDocuments(String, skipped: Int)

    public var description: String {
        switch self {
        case .directoryNotFound(let path): "data directory '\(path)' does not exist"
        case .notADirectory(let path): "'\(path)' is not a directory"
        case .noDocuments(let path, let skipped):
            skipped == 0
                ? "no .md, .markdown or .txt files in '\(path)'"
                : "no readable documents in '\(path)' (\(skipped) skipped, see warnings)"
        }
    }
}

/// Options that change how files are read.
public struct LoadOptions: Sendable {
    /// Read every file in this encoding instead of detecting it.
    public var encoding: TextEncoding?
    /// Files larger than this are skipped with a warning.
    public var maximumFileSize: Int

    public static let defaultMaximumFileSize = 64 << 20

    public init(encoding: TextEncoding? = nil, maximumFileSize: Int = LoadOptions.defaultMaximumFileSize) {
        self.encoding = encoding
        self.maximumFileSize = maximumFileSize
    }
}

/// Finds the documents of a directory and decodes them; a bad file is skipped
/// with a warning and never stops the others from loading.
public struct CorpusLoader: Sendable {
    public static let extensions: Set<String> = ["md", "markdown", "txt"]

    public var options: LoadOptions

    public init(options: LoadOptions = LoadOptions()) {
        self.options = options
    }

    /// The documents under `directory`, sorted by relative path, with a warning per skipped file.
    public func load(directory: String) throws -> (texts: [SourceText], diagnostics: [Diagnostic]) {
        let loaded = try loadWithManifest(directory: directory)
        return (loaded.texts, loaded.diagnostics)
    }

    /// `load(directory:)`, plus what each candidate file was when it was read
    /// (for a cache to tell later whether the directory changed).
    package func loadWithManifest(directory: String) throws -> (
        texts: [SourceText], diagnostics: [Diagnostic], files: [FileRecord]
    ) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw LoadError.directoryNotFound(directory)
        }
        guard isDirectory.boolValue else { throw LoadError.notADirectory(directory) }

        let candidates = documentPaths(in: directory)
        let decoder = TextDecoder(forced: options.encoding)
        let limit = options.maximumFileSize
        let results = candidates.concurrentMap { name in
            Self.read(path: directory + "/" + name, name: name, limit: limit, decoder: decoder)
        }
        var texts: [SourceText] = []
        var skipped: [Diagnostic] = []
        for (result, _) in results {
            switch result {
            case .success(let text): texts.append(text)
            case .failure(let warning): skipped.append(warning)
            }
        }
        if texts.isEmpty { throw LoadError.noDocuments(directory, skipped: skipped.count) }
        return (texts, skipped, results.map(\.record))
    }

    /// Relative paths of candidate files, recursively, skipping hidden entries.
    package func documentPaths(in directory: String) -> [String] {
        var paths: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? directory : directory + "/" + relative
            guard let entries = Self.entries(of: absolute) else { continue }
            for entry in entries where !entry.hasPrefix(".") {
                let child = relative.isEmpty ? entry : relative + "/" + entry
                if Self.extensions.contains(Self.pathExtension(entry)) {
                    paths.append(child)
                } else if isPlainDirectory(directory + "/" + child), pending.count + paths.count < 100_000 {
                    pending.append(child)
                }
            }
        }
        return paths.sorted()
    }

    /// The names in a directory (`readdir`: Foundation's listing costs microseconds a name,
    /// and every cached run lists the data directory); nil if it cannot be read.
    private static func entries(of path: String) -> [String]? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// What follows a name's last dot, lower-cased (`Notes.MD` → `md`); empty without one.
    static func pathExtension(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...]).lowercased()
    }

    private func isPlainDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func read(
        path: String, name: String, limit: Int, decoder: TextDecoder
    ) -> (Result<SourceText, Diagnostic>, record: FileRecord) {
        var record = FileRecord(path: name)
        func skip(_ id: String, _ reason: String) -> (Result<SourceText, Diagnostic>, record: FileRecord) {
            (.failure(Diagnostic(id: id, document: name, message: "skipped: \(reason)")), record)
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            var link = stat()
            if lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK {
                return skip("load.broken-symlink", "broken symbolic link")
            }
            return skip("load.unreadable", String(cString: strerror(errno)))
        }
        record.stat = FileRecord.Stat(info)
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return skip("load.directory", "is a directory")
        case S_IFREG: break
        default: return skip("load.not-a-file", "not a regular file")
        }
        if Int(info.st_size) > limit {
            return skip("load.too-large", "larger than the \(sizeLimit(limit)) limit (\(info.st_size) bytes)")
        }
        guard let bytes = readBytes(path: path, expected: Int(info.st_size), limit: limit) else {
            return skip("load.unreadable", String(cString: strerror(errno)))
        }
        record.contentHash = ContentHash.of(bytes)
        switch decoder.decode(bytes) {
        case .success(let (lines, _)):
            return (.success(SourceText(name: name, lines: lines)), record)
        case .failure(.binary):
            return skip("load.binary", "binary file (NUL bytes)")
        case .failure(.undecodable(let encoding)):
            return decoder.forced == nil
                ? skip("load.encoding", "not valid UTF-8, UTF-16 or GB18030 (try --encoding)")
                : skip("load.encoding", "not valid \(encoding.rawValue)")
        }
    }

    /// The hash of a file's bytes as `loadWithManifest` computes it, or nil if it cannot be read.
    package static func contentHash(path: String, limit: Int) -> UInt64? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= limit,
            let bytes = readBytes(path: path, expected: Int(info.st_size), limit: limit)
        else { return nil }
        return ContentHash.of(bytes)
    }

    /// `64 MiB`, or the exact byte count of a limit that is not whole mebibytes. The file's
    /// own size is always given in bytes: rounded down to MiB it could read as the limit itself.
    static func sizeLimit(_ limit: Int) -> String {
        limit > 0 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit)-byte"
    }

    /// A POSIX read of the whole file: several times faster than Foundation's readers.
    ///
    /// The buffer holds one byte more than `stat` said, so the end of the file is seen
    /// without growing (and copying) it, and it is not zeroed first. A file that grew
    /// since `stat` is read on in chunks, while it is within `limit`.
    private static func readBytes(path: String, expected: Int, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
            while true {
                let count = Glibc.read(descriptor, buffer.baseAddress!, buffer.count)
                if count >= 0 || errno != EINTR { return count }
            }
        }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(expected, 0) + 1) { buffer, filled in
            filled = 0
            while filled < buffer.count {
                let count = read(
                    into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[filled...])))
                guard count > 0 else {
                    failed = count < 0
                    return
                }
                filled += count
            }
        }
        guard !failed else { return nil }
        guard bytes.count > expected else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            guard bytes.count <= limit else { return nil }
            let count = chunk.withUnsafeMutableBytes(read)
            guard count > 0 else { return count == 0 ? bytes : nil }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
