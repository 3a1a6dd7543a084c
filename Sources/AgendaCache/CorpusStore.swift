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
    private var mapped: MappedFile?
    private var header: CacheFile.Header?
    /// The cache was found damaged after it was opened: it is not read again this run.
    private var cacheRejected = false
    /// A search is coming: a parse writes the cache once, with the index (see `expectSearch`).
    private var searchExpected = false
    /// Told when a slow step starts (a message) and when the work is done (nil):
    /// parsing the documents, building the search index.
    public var progress: ((String?) -> Void)?
    /// The diagnostics of the skeleton a cached search read (`loadWarnings`).
    private var skeletonDiagnostics: [Diagnostic] = []

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
        let parsing = partsToParse(asked: parts)
        progress?("parsing the documents (\(parseReason))…")
        defer { progress?(nil) }
        let parsed = try AgendaParser.parseWithManifest(directory: dataDirectory, options: options, parts: parsing)
        corpusValue = parsed.corpus
        loadedParts = parsing
        files = parsed.files
        mapped = nil
        header = nil
        if !searchExpected, let writer = startCache(parsed.corpus, parts: parsing) { finishCache(writer) }
        return parsed.corpus
    }

    /// What a parse for `parts` makes. With a cache to write, everything, except
    /// for a listing of challenges, which parses (and caches) only what it shows:
    /// the first command that needs more parses everything and rewrites the cache.
    /// With none, what was asked for. The diagnostics are those of a whole parse,
    /// so asking for them parses everything.
    private func partsToParse(asked parts: CorpusParts) -> CorpusParts {
        if parts.contains(.diagnostics) { return .all }
        guard cacheFile != nil else { return parts }
        return parts.isEmpty && !searchExpected ? .core : .all
    }

    /// The corpus with at least `parts`, where the passages and works may be
    /// only those of some documents (the works: those with a mention there):
    /// what a command about one challenge or document needs. From a fresh
    /// cache, the rest of `parts` is decoded first and handed to `documents`,
    /// which names the documents, and only their records are decoded. A parsed
    /// corpus, or one decoded whole before, is returned whole without asking.
    /// The narrow corpus is not kept: a later `corpus(_:)` decodes the parts whole.
    public func corpus(_ parts: CorpusParts, about documents: (Corpus) throws -> Set<String>) throws -> Corpus {
        let focused = parts.intersection([.works, .passages]).subtracting(loadedParts)
        let rest = parts.subtracting(focused)
        guard !focused.isEmpty, corpusValue == nil || mapped != nil else { return try corpus(parts) }
        if corpusValue == nil || !loadedParts.isSuperset(of: rest) {
            // Nothing is parsed here: without a fresh cache, the whole corpus is parsed (and cached) below.
            guard let cached = readCachedCorpus(rest.subtracting(loadedParts)) else { return try corpus(parts) }
            corpusValue = cached
            loadedParts.formUnion(rest)
        }
        guard let base = corpusValue, let mapped, let header else { return try corpus(parts) }
        let wanted = try documents(base)
        do {
            return try Corpus.decode(focused, about: wanted, into: base) { name in
                try CacheFile.checker(name, of: mapped, header: header)
            }
        } catch {
            // A damaged record or index: the corpus is parsed whole, and the cache rewritten.
            rejectCache(because: "\(error)")
            return try corpus(parts)
        }
    }

    /// The search index: from the cache if it holds one (hits then decode only
    /// the passages they show), else built from the whole corpus and cached.
    /// Where no cache is written, an index is used for one search: its passages
    /// are scanned for the patterns of `query` (if given) rather than indexed.
    public func searchIndex(for query: SearchQuery? = nil) throws -> SearchIndex {
        if let index = cachedSearchIndex(of: try searchedCorpus()) { return index }
        // `corpus(_:)` keeps what it returns in `corpusValue`, the only reference to it held here.
        guard let writer = startCache(try corpus(SearchIndex.corpusParts), parts: .all) else {
            // Where no cache is written, the passages are scanned for the query rather than indexed.
            let whole = try corpus(SearchIndex.corpusParts)
            progress?("scanning \(Self.grouped(whole.passages.count)) passages for search…")
            defer { progress?(nil) }
            FreedMemory.returnToTheSystem()
            return SearchIndex(corpus: whole, scanningPassagesFor: query)
        }
        // The corpus sections are written before the index is built, and the index goes to the
        // file as it is encoded; the parsed corpus is let go as the index is built, and the
        // search then reads the file just written, as a later one would.
        var whole = corpusValue
        progress?("indexing \(Self.grouped(whole?.passages.count ?? 0)) passages for search…")
        forgetCorpus()
        FreedMemory.mapLargeBlocksApart()
        writer.beginSection("index")
        var encoder = BinaryWriter(spillingTo: writer.write)
        let encoded = SearchIndex.encodeCollections(of: &whole, spillingTextsTo: writer.directory, to: &encoder)
        encoder.flush()
        writer.endSection()
        let written = encoded && finishCache(writer)
        progress?(nil)
        // The status stays the reason the documents were parsed; a file rejected before is replaced.
        let parsedBecause = status
        if written { cacheRejected = false }
        if written, let skeleton = cachedSkeleton(), let index = cachedSearchIndex(of: skeleton) {
            status = parsedBecause
            return index
        }
        // The file could not be written or read back (a full disk, a document changed meanwhile):
        // this run parses again, and scans rather than indexes.
        rejectCache(because: "the cache just written could not be read")
        return SearchIndex(corpus: try corpus(SearchIndex.corpusParts), scanningPassagesFor: query)
    }

    /// The index of the fresh cache file, which `searched` was read from; nil if
    /// there is none, or it lacks an index or is damaged.
    private func cachedSearchIndex(of searched: Corpus) -> SearchIndex? {
        if let mapped, let header, case .hit = status {
            do {
                if let checker = try CacheFile.checker("index", of: mapped, header: header) {
                    let names = searched.documents.map(\.name)
                    // Records the corpus has decoded already are used as they are; the rest are read for the hits.
                    let decoded = corpusValue
                    let passages = try records(
                        "passages", loadedParts.contains(.passages) ? searched.passages : nil, names: names,
                        placeholder: Passage(kind: .paragraph, text: "", lines: LineMap(document: "", line: 1)))
                    let concepts = try records(
                        "concepts", loadedParts.contains(.concepts) ? searched.concepts : nil, names: names,
                        placeholder: Concept(
                            term: "", english: nil, aliases: [], aliasSources: [], definition: nil,
                            definitionSource: nil, definedAt: [], occurrences: []))
                    let works = try records(
                        "works", loadedParts.contains(.works) ? searched.works : nil, names: names,
                        placeholder: Work(
                            key: "", kind: Work.Kind.allCases[0], authors: [], authorNames: [], year: nil, title: nil,
                            titleZh: nil, venue: nil, details: nil, arxiv: nil, doi: nil, url: nil, mentions: [],
                            mergedBy: []))
                    let challenges = try records(
                        "challenges", decoded?.challenges, names: names,
                        placeholder: Challenge(
                            id: "", agenda: "", category: "", title: "", titleEn: nil, summary: nil, questions: [],
                            source: SourceLocation(document: "", line: 0), discussedAt: []))
                    let outlines = try records(
                        "outlines", decoded?.documents.map { Outline(headings: $0.outline) }, names: names,
                        placeholder: Outline(headings: []))
                    var reader = BinaryReader(checking: checker)
                    let sources = SearchRecords(
                        passages: passages.source, concepts: concepts.source, challenges: challenges.source,
                        works: works.source, outlines: outlines.source.map(\.headings))
                    var index = try SearchIndex(corpus: searched, records: sources, collections: &reader)
                    try reader.expectEnd()
                    // The texts and postings are checked as the search reads them (`foundDamage`).
                    guard checker.checkAll(except: reader.lazyRanges) else {
                        throw CacheFile.ReadError.damaged("index checksum")
                    }
                    let checkers = [
                        checker, passages.checker, concepts.checker, works.checker, challenges.checker,
                        outlines.checker,
                    ].compactMap { $0 }
                    index.foundDamage = { checkers.contains { $0.foundDamage } }
                    return index
                }
            } catch {
                status = .miss("\(error)")
            }
        }
        return nil
    }

    /// `212133` as `212,133`.
    static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }

    /// Why the documents are being parsed, in a few words.
    private var parseReason: String {
        switch status {
        case .disabled: "caching is off"
        case .hit: "the cache lacks a part"
        case .miss(let reason): reason
        }
    }

    /// What a search needs of the corpus: what was decoded already, else the
    /// cache's skeleton (the search reads challenges and outlines per hit, like
    /// the other records), else the parsed corpus.
    private func searchedCorpus() throws -> Corpus {
        if let corpusValue { return corpusValue }
        if let skeleton = cachedSkeleton() { return skeleton }
        return try corpus(SearchIndex.corpusParts)
    }

    /// The documents, agendas and categories of a fresh cache, without the records.
    private func cachedSkeleton() -> Corpus? {
        guard let skeleton = readCached({ try Corpus.decodeSkeleton($0("core")) }) else { return nil }
        skeletonDiagnostics = skeleton.diagnostics
        return skeleton
    }

    /// The warnings about skipped files of the corpus read last (the skeleton's, after a cached search).
    public var loadWarnings: [Diagnostic] {
        (corpusValue?.diagnostics ?? skeletonDiagnostics).filter { $0.isAboutLoading && $0.severity == .warning }
    }

    /// The records of one section: `decoded` when the corpus holds them already, else
    /// a table of the mapped section that decodes (and checks) each one when it is shown.
    private func records<Record: BinaryCodable & Sendable>(
        _ section: String, _ decoded: [Record]?, names: [String], placeholder: Record
    ) throws -> (source: RecordSource<Record>, checker: ChunkChecker?) {
        if let decoded { return (RecordSource(decoded), nil) }
        guard let mapped, let header, let checker = try CacheFile.checker(section, of: mapped, header: header) else {
            throw CacheFile.ReadError.damaged("no \(section) section")
        }
        // The table holds the checker, which holds the mapping: the records stay valid as long as the index.
        let table = try RecordTable<Record>(checking: checker, names: names)
        // A record that fails its checksum reads as the placeholder, and `foundDamage` has the search rebuilt.
        return (RecordSource(count: table.count) { (try? table.record(at: $0)) ?? placeholder }, checker)
    }

    /// Tells the store that `search` follows, so that a parse writes the cache
    /// once, index included, rather than the corpus first and both again later.
    public func expectSearch() { searchExpected = true }

    /// The results of `query`: from the cached index, or, if the search found
    /// part of it damaged, from a rebuilt one (and the cache is rewritten).
    public func search(_ query: SearchQuery) throws -> SearchResults {
        let index = try searchIndex(for: query)
        let results = index.search(query)
        guard index.foundDamage() else { return results }
        rejectCache(because: "damaged cache (found while searching)")
        return try searchIndex(for: query).search(query)
    }

    /// Forgets what was read from the cache; the next request parses the documents.
    private func rejectCache(because reason: String) {
        cacheRejected = true
        status = .miss(reason)
        forgetCorpus()
    }

    /// Lets go of the corpus and the mapped cache file: the next request reads the file again.
    private func forgetCorpus() {
        corpusValue = nil
        loadedParts = []
        mapped = nil
        header = nil
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

    /// The names of the sections the cache file holds (`core`, …, `index`), if it is readable.
    public var cachedSections: [String]? {
        guard let cacheFile, let file = try? MappedFile(path: cacheFile),
            let header = try? CacheFile.header(of: file.bytes)
        else { return nil }
        return header.sections.map(\.name)
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
        // Parts decoded before stay; only the missing ones are read.
        readCached { section in try Corpus.decode(parts: parts, into: corpusValue, section: section) }
    }

    /// What `decode` reads from the sections of the cache file, if it is fresh;
    /// the file stays mapped for later reads.
    private func readCached<T>(_ decode: ((String) throws -> UnsafeRawBufferPointer) throws -> T) -> T? {
        guard let cacheFile else {
            status = .disabled
            return nil
        }
        guard !cacheRejected else { return nil }
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
            let value = try decode { name in
                guard let bytes = try CacheFile.section(name, of: file.bytes, header: header) else {
                    throw CacheFile.ReadError.lacks(name)
                }
                return bytes
            }
            files = header.files
            writtenAt = header.writtenAt
            self.mapped = file
            self.header = header
            status = .hit
            return value
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

    /// A writer of the cache file with the corpus sections written: copied
    /// (checked) from the mapped file when it holds them, else encoded from
    /// `corpus` one at a time. nil if caching is off or no file can be made.
    private func startCache(_ corpus: Corpus, parts: CorpusParts) -> CacheFileWriter? {
        guard let cacheFile, let writer = CacheFileWriter(replacing: cacheFile) else { return nil }
        if let mapped, let header {
            for section in header.sections where section.name != "index" {
                guard let bytes = try? CacheFile.section(section.name, of: mapped.bytes, header: header) else {
                    return nil
                }
                writer.writeSection(section.name, bytes)
            }
        } else {
            corpus.encodeSections(parts: parts) { name, encode in
                writer.beginSection(name)
                encode(writer.write)
                writer.endSection()
            }
        }
        return writer
    }

    /// Puts the cache file in place, its header listing the documents as they
    /// were when parsed. Failures are not errors.
    @discardableResult
    private func finishCache(_ writer: CacheFileWriter) -> Bool {
        let header = CacheFile.Header(
            identity: identity, directory: dataDirectory, options: CacheLocation.optionsKey(options),
            writtenAt: writtenAt, files: files, sections: [])
        return writer.finish(header: header)
    }

    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
