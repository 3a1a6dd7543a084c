import AgendaParser

// The search index's binary form for the on-disk cache (see `BinaryCodable`):
// the flat arrays as blocks of bytes, checked for consistency when read.

extension SearchIndex {
    /// The version of the layout below; part of every cache file's header.
    package static let binaryFormatVersion = 5

    /// The index without its corpus (the cache stores the corpus on its own).
    package func encodeCollections(to writer: inout BinaryWriter) {
        precondition(passages.texts.isIndexed, "a search index is cached with its passages indexed")
        writer.write(passages)
        Self.encode(concepts: concepts, challenges: challenges, works: works, aliases: aliases, to: &writer)
    }

    /// What `SearchIndex(corpus:).encodeCollections(to:)` writes, built for a cache file
    /// with less held at once: `corpus` is let go (set to nil) as soon as what is indexed
    /// is taken from it, and the passages, indexed in pieces on every core (or in `parts`),
    /// are written piece by piece rather than joined. With `spillDirectory`, the passages'
    /// normalised texts wait there, in unnamed files, rather than in memory (see
    /// `SpillFile`). False if they could not be read back: what was written is incomplete.
    package static func encodeCollections(
        of corpus: inout Corpus?, parts: Int? = nil, spillingTextsTo spillDirectory: String? = nil,
        to writer: inout BinaryWriter
    ) -> Bool {
        var (texts, conceptFields, challengeFields, workFields, aliases) = indexed(taking: &corpus)
        // Only what is indexed is held from here on, and each passage's text only until it is indexed.
        FreedMemory.returnToTheSystem()
        var spills: [SpillFile] = []
        if let spillDirectory {
            let pieceCount = TextCollection.pieceCount(of: texts, parts: parts)
            spills = (0..<pieceCount).compactMap { _ in SpillFile(directory: spillDirectory) }
            if spills.count < pieceCount { spills = [] }
        }
        let (pieces, (concepts, challenges, works)) = concurrently {
            TextCollection.pieces(taking: &texts, parts: parts, spills: spills)
        } _: {
            (
                FieldedCollection(units: conceptFields), FieldedCollection(units: challengeFields),
                FieldedCollection(units: workFields)
            )
        }
        let intact = FieldedCollection.encode(bodies: pieces, spills: spills, to: &writer)
        encode(concepts: concepts, challenges: challenges, works: works, aliases: aliases, to: &writer)
        return intact
    }

    /// What is indexed of `corpus`, which is let go.
    private static func indexed(taking corpus: inout Corpus?) -> (
        texts: [String], concepts: [[(field: SearchField, text: String)]],
        challenges: [[(field: SearchField, text: String)]], works: [[(field: SearchField, text: String)]],
        aliases: AliasTable
    ) {
        guard let whole = corpus else { preconditionFailure("no corpus to index") }
        corpus = nil
        return (
            whole.passages.map(\.text), whole.concepts.map(fields(of:)), whole.challenges.map(fields(of:)),
            whole.works.map(fields(of:)), AliasTable(concepts: whole.concepts)
        )
    }

    private static func encode(
        concepts: FieldedCollection, challenges: FieldedCollection, works: FieldedCollection, aliases: AliasTable,
        to writer: inout BinaryWriter
    ) {
        writer.write(concepts)
        writer.write(challenges)
        writer.write(works)
        writer.write(aliases)
    }

    /// The index of `corpus` read back from `encodeCollections`; hits read their
    /// records from `records`.
    package init(
        corpus: Corpus, records: SearchRecords, collections reader: inout BinaryReader
    ) throws {
        let passages = try reader.read(FieldedCollection.self)
        let concepts = try reader.read(FieldedCollection.self)
        let challenges = try reader.read(FieldedCollection.self)
        let works = try reader.read(FieldedCollection.self)
        let aliases = try reader.read(AliasTable.self)
        guard passages.unitCount == records.passages.count, concepts.unitCount == records.concepts.count,
            challenges.unitCount == records.challenges.count, works.unitCount == records.works.count,
            records.outlines.count == corpus.documents.count
        else { throw BinaryCodingError.invalid("index does not match its corpus") }
        self.init(
            corpus: corpus, records: records, passages: passages, concepts: concepts,
            challenges: challenges, works: works,
            aliases: aliases)
    }
}

extension FieldedCollection: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(texts)
        encodeFields(to: &writer)
    }

    /// What `encode` writes after the texts.
    private func encodeFields(to writer: inout BinaryWriter) {
        writer.write(column: fieldCodes)
        writer.write(column: unitStarts)
        writer.write(column: owners)
        writer.write(originals)
        writer.write(averageLengths.count)
        for field in averageLengths.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            writer.write(case: field)
            writer.write(averageLengths[field] ?? 1)
        }
    }

    /// What `FieldedCollection(bodies: TextCollection(joining: pieces)).encode(to:)` writes,
    /// without joining the pieces (see `TextCollection.encode(joining:spills:to:)`).
    static func encode(bodies pieces: [TextCollection], spills: [SpillFile] = [], to writer: inout BinaryWriter)
        -> Bool
    {
        let intact = TextCollection.encode(joining: pieces, spills: spills, to: &writer)
        var lengths = TextCollection()
        lengths.lengths = Column(pieces.flatMap(\.lengths.array))
        FieldedCollection(bodies: lengths).encodeFields(to: &writer)
        return intact
    }

    package init(from reader: inout BinaryReader) throws {
        let texts = try reader.read(TextCollection.self)
        let fieldCodes = try reader.read(column: Column<UInt8>.self)
        let unitStarts = try reader.read(column: Column<Int32>.self)
        let owners = try reader.read(column: Column<Int32>.self)
        let originals = try reader.read(StringColumn.self)
        var averageLengths: [SearchField: Double] = [:]
        for _ in 0..<(try reader.readCount()) {
            let field = try reader.read(case: SearchField.self)
            averageLengths[field] = try reader.read(Double.self)
        }
        let count = texts.count
        let fieldCount = SearchField.byCode.count
        guard fieldCodes.isEmpty || fieldCodes.count == count, fieldCodes.allBelow(fieldCount),
            owners.isEmpty || owners.count == count,
            originals.isEmpty || originals.count == count,
            owners.allWithin(0..<(unitStarts.isEmpty ? Int(Int32.max) : unitStarts.count - 1)),
            unitStarts.isEmpty || (unitStarts.first == 0 && unitStarts.last.map(Int.init) == count),
            unitStarts.isAscending()
        else { throw BinaryCodingError.invalid("fielded collection") }
        self.init(
            texts: texts, fieldCodes: fieldCodes, unitStarts: unitStarts, owners: owners, originals: originals,
            averageLengths: averageLengths)
    }
}

extension TextCollection: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(column: normalised)
        writer.write(column: starts)
        writer.write(column: lengths)
        writer.write(terms)
        writer.write(words)
        writer.write(column: wordTerms)
        writer.write(column: postingStarts)
        writer.write(column: postings)
        writer.write(column: documentCounts)
    }

    /// The two large columns, the texts and the postings, are read lazily:
    /// each range is checked when a search first reads it.
    package init(from reader: inout BinaryReader) throws {
        self.init()
        normalised = try reader.read(column: Column<UInt8>.self, lazy: true)
        starts = try reader.read(column: Column<UInt32>.self)
        lengths = try reader.read(column: Column<Int32>.self)
        terms = try reader.read(TermTable.self)
        words = try reader.read(StringColumn.self)
        wordTerms = try reader.read(column: Column<Int32>.self)
        postingStarts = try reader.read(column: Column<UInt32>.self)
        postings = try reader.read(column: Column<UInt8>.self, lazy: true)
        documentCounts = try reader.read(column: Column<Int32>.self)
        try validate()
    }

    /// Every offset inside its column, every term number inside the term count:
    /// what matching relies on to index the columns without checks of its own.
    private func validate() throws {
        let termCount = documentCounts.count
        let textCount = lengths.count
        guard starts.count == textCount + 1, starts.first == 0, starts.last.map(Int.init) == normalised.count,
            starts.isAscending(),
            postingStarts.count == termCount + 1, postingStarts.first == 0,
            postingStarts.last.map(Int.init) == postings.count,
            postingStarts.isAscending(),
            words.count == wordTerms.count, wordTerms.allWithin(-1..<termCount),
            terms.allValues(below: termCount),
            documentCounts.allWithin(0..<(textCount + 1))
        else { throw BinaryCodingError.invalid("text collection") }
    }
}
