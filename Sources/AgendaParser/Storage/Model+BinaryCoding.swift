// The model's binary form (see `BinaryCodable`): fields in declaration order.
// A change to any model type must change its coding here and bump
// `Corpus.binaryFormatVersion`, so an old cache is rebuilt rather than misread.

extension Corpus {
    /// The version of the layout below; part of every cache file's header.
    package static let binaryFormatVersion = 7

    /// The corpus as named sections, so a reader decodes only the parts it needs:
    /// `core` (documents without their outlines, agendas, categories, warnings
    /// about skipped files), `diagnostics`, and `challenges`, `outlines`,
    /// `concepts`, `works` and `passages`, each a `RecordTable` so that a search
    /// reads only the records it shows, and `documents`, which says which
    /// passages and works each document holds (`DocumentRecords`).
    /// With `parts` short of `.all`, only the sections of those parts (and the
    /// ones always there) are written: a reader that needs another finds none.
    package func encodedSections(parts: CorpusParts = .all) -> [(name: String, bytes: [UInt8])] {
        var sections: [(name: String, bytes: [UInt8])] = []
        encodeSections(parts: parts) { name, encode in
            var bytes: [UInt8] = []
            encode { bytes.append(contentsOf: $0) }
            sections.append((name, bytes))
        }
        return sections
    }

    /// `encodedSections(parts:)` one at a time, in order: each section's name is
    /// handed to `each` with a function that encodes it, sending its bytes on as
    /// they are made, so that a cache writer never holds a large table encoded.
    package func encodeSections(
        parts: CorpusParts = .all,
        each: (_ name: String, _ encode: (_ sink: (UnsafeRawBufferPointer) -> Void) -> Void) -> Void
    ) {
        each("core") { sink in
            var core = BinaryWriter()
            core.write(documents.map(\.withoutOutline))
            core.write(agendas)
            core.write(categories)
            core.write(diagnostics.filter(\.isAboutLoading))
            core.bytes.withUnsafeBytes(sink)
        }
        let names = documents.map(\.name)
        func table<Record: BinaryCodable>(_ name: String, _ records: [Record]) {
            each(name) { sink in RecordTable.encode(records, names: names, to: sink) }
        }
        table("challenges", challenges)
        table("outlines", documents.map { Outline(headings: $0.outline) })
        if parts.contains(.concepts) { table("concepts", concepts) }
        if parts.contains(.works) { table("works", works) }
        if parts.contains(.passages) { table("passages", passages) }
        if parts.contains(.works) && parts.contains(.passages) { table("documents", DocumentRecords.index(of: self)) }
        if parts.contains(.diagnostics) {
            // A hundred thousand warnings of a large corpus: sent on a block at a time, as `write(_:)` of the array.
            each("diagnostics") { sink in
                withoutActuallyEscaping(sink) { sink in
                    var diagnosticSection = BinaryWriter(spillingTo: sink)
                    diagnosticSection.write(diagnostics.count)
                    for diagnostic in diagnostics {
                        diagnosticSection.write(diagnostic)
                        diagnosticSection.flushIfFull()
                    }
                    diagnosticSection.flush()
                }
            }
        }
    }

    /// The corpus with the `parts` asked for, from the sections `section` hands out;
    /// with `base` (decoded earlier from the same sections), only the parts asked for are
    /// read and added to it.
    package static func decode(
        parts: CorpusParts, into base: Corpus? = nil, section: (String) throws -> UnsafeRawBufferPointer
    ) throws -> Corpus {
        var corpus: Corpus
        if let base {
            corpus = base
        } else {
            corpus = try decodeSkeleton(section("core"))
            let names = corpus.documents.map(\.name)
            corpus.challenges = try RecordTable<Challenge>(try section("challenges"), names: names).all()
            let outlines = try RecordTable<Outline>(try section("outlines"), names: names)
            guard outlines.count == corpus.documents.count else { throw BinaryCodingError.invalid("outlines") }
            for index in corpus.documents.indices {
                corpus.documents[index].outline = try outlines.record(at: index).headings
            }
        }
        let names = corpus.documents.map(\.name)
        if parts.contains(.concepts) {
            corpus.concepts = try RecordTable<Concept>(try section("concepts"), names: names).all()
        }
        if parts.contains(.works) {
            corpus.works = try RecordTable<Work>(try section("works"), names: names).all()
        }
        if parts.contains(.passages) {
            corpus.passages = try RecordTable<Passage>(try section("passages"), names: names).all()
        }
        if parts.contains(.diagnostics) {
            var reader = BinaryReader(try section("diagnostics"))
            corpus.diagnostics = try reader.read()
            try reader.expectEnd()
        }
        return corpus
    }

    /// `base` (decoded from the same sections) with the passages and works
    /// among `parts` of `documents` only: the passages in those documents and
    /// the works with a mention there, in corpus order. `table` hands out the
    /// sections as lazily checked tables; a record that fails its check, or a
    /// file without a `documents` section, throws.
    package static func decode(
        _ parts: CorpusParts, about documents: Set<String>, into base: Corpus,
        table: (String) throws -> ChunkChecker?
    ) throws -> Corpus {
        func records<Record: BinaryCodable>(_ name: String, as type: Record.Type) throws -> RecordTable<Record> {
            guard let checker = try table(name) else { throw BinaryCodingError.invalid("no \(name) section") }
            return try RecordTable<Record>(checking: checker, names: base.documents.map(\.name))
        }
        let index = try records("documents", as: DocumentRecords.self)
        guard index.count == base.documents.count else { throw BinaryCodingError.invalid("documents") }
        var passageNumbers: [Int] = []
        var workNumbers = Set<Int>()
        for (number, document) in base.documents.enumerated() where documents.contains(document.name) {
            let record = try index.record(at: number)
            for run in record.passages { passageNumbers += run }
            workNumbers.formUnion(record.works)
        }
        var corpus = base
        if parts.contains(.passages) {
            let passages = try records("passages", as: Passage.self)
            corpus.passages = try passageNumbers.sorted().map { try passages.record(at: $0) }
        }
        if parts.contains(.works) {
            let works = try records("works", as: Work.self)
            corpus.works = try workNumbers.sorted().map { try works.record(at: $0) }
        }
        return corpus
    }

    /// The `core` section alone: documents without their outlines, agendas,
    /// categories and the warnings about skipped files; no challenges. A search
    /// reads the challenges and outlines it shows from their record tables.
    package static func decodeSkeleton(_ core: UnsafeRawBufferPointer) throws -> Corpus {
        var reader = BinaryReader(core)
        let corpus = Corpus(
            documents: try reader.read(), agendas: try reader.read(), categories: try reader.read(),
            challenges: [], concepts: [], works: [], passages: [], diagnostics: try reader.read())
        try reader.expectEnd()
        return corpus
    }
}

/// A document's headings, one record of the `outlines` section.
package struct Outline: BinaryCodable, Sendable {
    package var headings: [Heading]

    package init(headings: [Heading]) { self.headings = headings }

    package func encode(to writer: inout BinaryWriter) { writer.write(headings) }

    package init(from reader: inout BinaryReader) throws { headings = try reader.read() }
}

extension Document {
    /// The document with an empty outline (the cache keeps outlines in their own section).
    fileprivate var withoutOutline: Document {
        var copy = self
        copy.outline = []
        return copy
    }
}

extension SourceLocation: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(interned: document)
        writer.write(line)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init(document: try reader.readInterned(), line: try reader.read(Int.self))
    }
}

extension Document: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(interned: name)
        writer.write(title)
        writer.write(case: format)
        writer.write(case: role)
        writer.write(lineCount)
        writer.write(metadata.count)
        for key in metadata.keys.sorted() {
            writer.write(key)
            writer.write(metadata[key] ?? "")
        }
        writer.write(outline)
    }

    package init(from reader: inout BinaryReader) throws {
        let name = try reader.readInterned()
        let title = try reader.read(String.self)
        let format = try reader.read(case: Format.self)
        let role = try reader.read(case: Role.self)
        let lineCount = try reader.read(Int.self)
        var metadata: [String: String] = [:]
        for _ in 0..<(try reader.readCount()) {
            let key = try reader.read(String.self)
            metadata[key] = try reader.read(String.self)
        }
        self.init(
            name: name, title: title, format: format, role: role, lineCount: lineCount, metadata: metadata,
            outline: try reader.read())
    }
}

extension Heading: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(level)
        writer.write(number)
        writer.write(title)
        writer.write(source)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init(
            level: try reader.read(Int.self), number: try reader.read(String?.self),
            title: try reader.read(String.self),
            source: try reader.read())
    }
}

extension Passage: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(case: kind)
        writer.write(text)
        writer.write(lines)
    }

    package init(from reader: inout BinaryReader) throws {
        let kind = try reader.read(case: Kind.self)
        let text = try reader.read(String.self)
        let lines = try reader.read(LineMap.self)
        guard lines.lastStart <= text.utf8.count else {
            throw BinaryCodingError.invalid("passage line start")
        }
        self.init(kind: kind, text: text, lines: lines)
    }
}

/// Line starts as gaps from the one before, each with its line number.
extension LineMap: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(interned: document)
        writer.write(count)
        var previous = 0
        forEachLine { start, line in
            writer.write(start - previous)
            writer.write(line)
            previous = start
        }
    }

    package init(from reader: inout BinaryReader) throws {
        let document = try reader.readInterned()
        let count = try reader.readCount()
        guard count > 0 else { throw BinaryCodingError.invalid("line map") }
        if count == 1 {
            // The common case, made without arrays.
            let start = try reader.read(Int.self)
            let line = try reader.read(Int.self)
            self =
                start == 0
                ? LineMap(document: document, line: line)
                : LineMap(document: document, starts: [start], lineNumbers: [line])
            return
        }
        var starts: [Int] = []
        var lines: [Int] = []
        starts.reserveCapacity(count)
        lines.reserveCapacity(count)
        var start = 0
        for _ in 0..<count {
            let gap = try reader.read(Int.self)
            guard gap <= Int.max - start else { throw BinaryCodingError.invalid("line start") }
            start += gap
            starts.append(start)
            lines.append(try reader.read(Int.self))
        }
        self.init(document: document, starts: starts, lineNumbers: lines)
    }
}

extension Agenda: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(title)
        writer.write(documents)
        writer.write(source)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init(
            id: try reader.read(String.self), name: try reader.read(String.self), title: try reader.read(String?.self),
            documents: try reader.read([String].self), source: try reader.read())
    }
}

extension Category: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(agenda)
        writer.write(name)
        writer.write(nameEn)
        writer.write(source)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init(
            id: try reader.read(String.self), agenda: try reader.read(String.self), name: try reader.read(String.self),
            nameEn: try reader.read(String?.self), source: try reader.read())
    }
}

extension Challenge: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(agenda)
        writer.write(category)
        writer.write(title)
        writer.write(titleEn)
        writer.write(summary)
        writer.write(questions)
        writer.write(source)
        writer.write(discussedAt)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init(
            id: try reader.read(String.self), agenda: try reader.read(String.self),
            category: try reader.read(String.self), title: try reader.read(String.self),
            titleEn: try reader.read(String?.self), summary: try reader.read(String?.self),
            questions: try reader.read([String].self), source: try reader.read(), discussedAt: try reader.read())
    }
}

extension Concept: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(term)
        writer.write(english)
        writer.write(aliases)
        writer.write(aliasSources)
        writer.write(definition)
        writer.write(definitionSource)
        writer.write(definedAt)
        writer.write(occurrences)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init(
            term: try reader.read(String.self), english: try reader.read(String?.self),
            aliases: try reader.read([String].self), aliasSources: try reader.read(),
            definition: try reader.read(String?.self), definitionSource: try reader.read(SourceLocation?.self),
            definedAt: try reader.read(), occurrences: try reader.read())
    }
}

extension AliasSource: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(alias)
        writer.write(source)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init(alias: try reader.read(String.self), source: try reader.read())
    }
}

extension Work: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(key)
        writer.write(case: kind)
        writer.write(authors)
        writer.write(authorNames)
        writer.write(year)
        writer.write(month ?? 0)
        writer.write(title)
        writer.write(titleZh)
        writer.write(venue)
        writer.write(details)
        writer.write(arxiv)
        writer.write(doi)
        writer.write(url)
        writer.write(mentions)
        writer.write(mergedBy.count)
        for reason in mergedBy { writer.write(case: reason) }
    }

    package init(from reader: inout BinaryReader) throws {
        let key = try reader.read(String.self)
        let kind = try reader.read(case: Kind.self)
        let authors = try reader.read([String].self)
        let authorNames = try reader.read([String].self)
        let year = try reader.read(String?.self)
        let month = try reader.read(Int.self)
        guard month <= 12 else { throw BinaryCodingError.invalid("month \(month)") }
        let title = try reader.read(String?.self)
        let titleZh = try reader.read(String?.self)
        let venue = try reader.read(String?.self)
        let details = try reader.read(String?.self)
        let arxiv = try reader.read(String?.self)
        let doi = try reader.read(String?.self)
        let url = try reader.read(String?.self)
        let mentions = try reader.read([Mention].self)
        var mergedBy: [MergeReason] = []
        for _ in 0..<(try reader.readCount()) { mergedBy.append(try reader.read(case: MergeReason.self)) }
        self.init(
            key: key, kind: kind, authors: authors, authorNames: authorNames, year: year,
            month: month == 0 ? nil : month, title: title,
            titleZh: titleZh, venue: venue, details: details, arxiv: arxiv, doi: doi, url: url, mentions: mentions,
            mergedBy: mergedBy)
    }
}

extension Mention: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(source)
        writer.write(text)
        writer.write(case: kind)
        writer.write(locator)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init(
            source: try reader.read(), text: try reader.read(String.self), kind: try reader.read(case: Kind.self),
            locator: try reader.read(String?.self))
    }
}

extension Diagnostic: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(interned: id)
        writer.write(case: severity)
        writer.write(source)
        writer.write(interned: document)
        writer.write(message)
    }

    package init(from reader: inout BinaryReader) throws {
        let id = try reader.readInterned()
        let severity = try reader.read(case: Severity.self)
        let source = try reader.read(SourceLocation?.self)
        let document = try reader.readInterned()
        let message = try reader.read(String.self)
        if let source {
            self.init(id: id, severity: severity, source: source, message: message)
            self.document = document
        } else {
            self.init(id: id, severity: severity, document: document, message: message)
        }
    }
}

extension Corpus {
    /// Why this corpus does not come back unchanged from its binary form, or nil
    /// when it does. The fuzzer and its regression tests assert nil.
    func binaryRoundTripProblem() -> String? {
        var joined: [UInt8] = []
        var ranges: [String: Range<Int>] = [:]
        for (name, bytes) in encodedSections() {
            ranges[name] = joined.count..<(joined.count + bytes.count)
            joined += bytes
        }
        do {
            let decoded = try joined.withUnsafeBytes { raw in
                try Self.decode(parts: .all) { name in
                    guard let range = ranges[name] else { throw BinaryCodingError.invalid("no section \(name)") }
                    return UnsafeRawBufferPointer(rebasing: raw[range])
                }
            }
            return decoded == self ? nil : "the binary form decodes to a different corpus"
        } catch {
            return "the binary form does not decode: \(error)"
        }
    }

    /// `bytes` read as every section of a binary corpus, and as record tables read
    /// in place the way a search reads a mapped cache whose checksums match:
    /// must throw or decode, never crash.
    static func decodeUntrusted(_ bytes: [UInt8]) -> Corpus? {
        let aligned = AlignedBytes(bytes)
        if let checker = try? ChunkChecker(
            bytes: aligned.bytes, checksums: ChunkChecker.checksums(of: aligned.bytes), owner: aligned)
        {
            let names = ["fuzz.md", "fuzz.txt"]
            _ = try? RecordTable<Passage>(checking: checker, names: names).all()
            _ = try? RecordTable<Work>(checking: checker, names: names).all()
            _ = try? RecordTable<Concept>(checking: checker, names: names).all()
            _ = try? RecordTable<Challenge>(checking: checker, names: names).all()
            _ = try? RecordTable<Outline>(checking: checker, names: names).all()
        }
        return bytes.withUnsafeBytes { raw in try? decode(parts: .all) { _ in raw } }
    }
}

/// Bytes at an 8-byte-aligned address, as a mapped cache section is, so that columns read them in place.
private final class AlignedBytes {
    let bytes: UnsafeRawBufferPointer

    init(_ values: [UInt8]) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: values.count, alignment: 8)
        storage.copyBytes(from: values)
        bytes = UnsafeRawBufferPointer(storage)
    }

    deinit { UnsafeMutableRawBufferPointer(mutating: bytes).deallocate() }
}
