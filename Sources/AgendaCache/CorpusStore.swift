import AgendaParser
import AgendaSearch
import Foundation

/// The corpus and search index of a data directory, read from the on-disk
/// cache when it is fresh, else parsed (and the cache written for next time).
///
/// A cache is fresh when it was written by this very executable for the same
/// directory and options, and every document is as it was: the same files,
/// each with the same size, times and inode, or, when those differ (or the
/// file changed too close to the moment the cache was written to tell), the
/// same content hash. Anything else (another version, a damaged or foreign
/// file, a changed document) is ignored and rebuilt; a cache that cannot be
/// written is simply not written.
public final class CorpusStore {
    public enum Status: Equatable, Sendable {
        /// No cache directory, or caching turned off.
        case disabled
        /// Read from a fresh cache.
        case hit
        /// Parsed; the reason the cache could not be used.
        case miss(String)
    }

    public let dataDirectory: String
    public let options: LoadOptions
    /// The cache file, or nil when caching is off.
    public let cacheFile: String?
    private let identity: String
    public private(set) var status: Status = .disabled

    private var corpusValue: Corpus?
    /// The parts `corpusValue` holds (all of them after a parse).
    private var loadedParts: CorpusParts = []
    private var files: [FileRecord] = []
    private var writtenAt: Int64 = 0
    /// The encoded corpus sections, to rewrite the file with an index without encoding them again.
    private var corpusSections: [(name: String, bytes: [UInt8])]?
    private var mapped: MappedFile?
    private var header: CacheFile.Header?

    /// `location` nil turns the cache off; `toolVersion` is part of the cache's identity.
    public init(dataDirectory: String, options: LoadOptions, location: CacheLocation?, toolVersion: String) {
        let absolute =
            dataDirectory.hasPrefix("/")
            ? dataDirectory : FileManager.default.currentDirectoryPath + "/" + dataDirectory
        self.dataDirectory = (absolute as NSString).standardizingPath
        self.options = options
        self.cacheFile = location?.file(for: self.dataDirectory, options: options)
        self.identity = CacheIdentity.current(toolVersion: toolVersion)
    }

    /// The corpus with at least `parts`: from the cache if it is fresh (decoding
    /// only those parts), else parsed whole and cached.
    public func corpus(_ parts: CorpusParts = .all) throws -> Corpus {
        if let corpusValue, loadedParts.isSuperset(of: parts) { return corpusValue }
        // The cache is tried first, and again for missing parts while its file is mapped.
        if corpusValue == nil || mapped != nil, let cached = readCachedCorpus(parts.subtracting(loadedParts)) {
            corpusValue = cached
            loadedParts.formUnion(parts)
            return cached
        }
        writtenAt = Self.now()
        let parsed = try AgendaParser.parseWithManifest(directory: dataDirectory, options: options)
        corpusValue = parsed.corpus
        loadedParts = .all
        files = parsed.files
        mapped = nil
        header = nil
        if cacheFile != nil {
            corpusSections = parsed.corpus.encodedSections()
            write(index: nil)
        }
        return parsed.corpus
    }

    /// The search index: from the cache if it holds one (hits then decode only
    /// the passages they show), else built from the whole corpus and cached.
    public func searchIndex() throws -> SearchIndex {
        let searched = try corpus([.concepts, .works])
        if let mapped, let header, case .hit = status {
            do {
                if let bytes = try CacheFile.section("index", of: mapped.bytes, header: header) {
                    let passages =
                        try loadedParts.contains(.passages)
                        ? PassageSource(searched.passages)
                        : LazyPassages(mapped, header: header, corpus: searched).source
                    var reader = BinaryReader(bytes)
                    let index = try SearchIndex(corpus: searched, passages: passages, collections: &reader)
                    try reader.expectEnd()
                    return index
                }
            } catch {
                status = .miss("\(error)")
            }
        }
        let whole = try corpus(.all)
        let index = SearchIndex(corpus: whole)
        if cacheFile != nil {
            var writer = BinaryWriter(capacity: whole.passages.count * 256)
            index.encodeCollections(to: &writer)
            write(index: writer.bytes)
        }
        return index
    }

    /// Whether the cache file is fresh, without parsing anything: nil if it
    /// is, else why not.
    public func staleness() -> String? {
        guard let cacheFile else { return "caching is off" }
        do {
            let file = try MappedFile(path: cacheFile)
            return try reasonStale(CacheFile.header(of: file.bytes))
        } catch {
            return "\(error)"
        }
    }

    /// The cache file's size in bytes, if it exists.
    public var cacheFileSize: Int? {
        guard let cacheFile else { return nil }
        return FileRecord.Stat.of(path: cacheFile).map { Int($0.size) }
    }

    /// Removes the cache file; true if there was one.
    @discardableResult
    public func clear() -> Bool {
        guard let cacheFile else { return false }
        return unlink(cacheFile) == 0
    }

    // MARK: Reading

    private func readCachedCorpus(_ parts: CorpusParts) -> Corpus? {
        guard let cacheFile else {
            status = .disabled
            return nil
        }
        do {
            let file = try mapped ?? MappedFile(path: cacheFile)
            let header: CacheFile.Header
            if let known = self.header {
                header = known
            } else {
                header = try CacheFile.header(of: file.bytes)
                if let reason = reasonStale(header) {
                    status = .miss(reason)
                    return nil
                }
            }
            // Parts decoded before stay; only the missing ones are read.
            let corpus = try Corpus.decode(parts: parts, into: corpusValue) { name in
                guard let bytes = try CacheFile.section(name, of: file.bytes, header: header) else {
                    throw CacheFile.ReadError.damaged("no \(name) section")
                }
                return bytes
            }
            files = header.files
            writtenAt = header.writtenAt
            self.mapped = file
            self.header = header
            status = .hit
            return corpus
        } catch MappedFile.OpenError.missing {
            status = .miss("no cache yet")
        } catch {
            status = .miss("\(error)")
        }
        mapped = nil
        self.header = nil
        return nil
    }

    /// Why a cache with `header` may not be used for the directory as it is now; nil if it may.
    private func reasonStale(_ header: CacheFile.Header) -> String? {
        guard header.identity == identity else { return "written by another build of agenda" }
        guard header.directory == dataDirectory, header.options == CacheLocation.optionsKey(options) else {
            return "written for another directory or options"
        }
        let paths = CorpusLoader(options: options).documentPaths(in: dataDirectory)
        guard paths == header.files.map(\.path) else { return "documents were added, removed or renamed" }
        // Two seconds of slack: a file changed within the clock's granularity of the write is checked by content.
        let racy = header.writtenAt - 2_000_000_000
        for record in header.files {
            let path = dataDirectory + "/" + record.path
            let now = FileRecord.Stat.of(path: path)
            if now == record.stat, let stat = now, stat.modified < racy, stat.changed < racy { continue }
            guard now != nil || record.stat != nil else { continue }
            guard let hash = record.contentHash,
                CorpusLoader.contentHash(path: path, limit: options.maximumFileSize) == hash
            else { return "\(record.path) changed" }
        }
        return nil
    }

    // MARK: Writing

    /// Writes the cache: the corpus, and the index when there is one. Failures are not errors.
    private func write(index: [UInt8]?) {
        if corpusSections == nil, let mapped, let header {
            corpusSections = try? header.sections.filter { $0.name != "index" }.map { section in
                (
                    section.name,
                    Array(
                        try CacheFile.section(section.name, of: mapped.bytes, header: header)
                            ?? .init(start: nil, count: 0))
                )
            }
        }
        guard let cacheFile, let corpusSections else { return }
        let header = CacheFile.Header(
            identity: identity, directory: dataDirectory, options: CacheLocation.optionsKey(options),
            writtenAt: writtenAt, files: files, sections: [])
        var sections = corpusSections
        if let index { sections.append(("index", index)) }
        _ = CacheWriter.replace(cacheFile, with: CacheFile.encode(header: header, sections: sections))
    }

    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

/// The passages of a mapped cache file, decoded one at a time for search hits.
/// Holds the mapping, so the bytes stay valid as long as the index uses them.
private final class LazyPassages: @unchecked Sendable {
    private let file: MappedFile
    private let table: PassageTable

    init(_ file: MappedFile, header: CacheFile.Header, corpus: Corpus) throws {
        guard let bytes = try CacheFile.section("passages", of: file.bytes, header: header) else {
            throw CacheFile.ReadError.damaged("no passages section")
        }
        self.file = file
        self.table = try PassageTable(bytes, documents: corpus.documents.map(\.name))
    }

    var source: PassageSource {
        PassageSource(count: table.count) { [self] index in
            // The section's checksum was verified above: a record that does not decode is a bug.
            (try? table.passage(at: index))
                ?? Passage(kind: .paragraph, text: "", lines: LineMap(document: "", line: 1))
        }
    }
}
