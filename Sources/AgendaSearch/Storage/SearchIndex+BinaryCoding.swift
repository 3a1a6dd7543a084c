import AgendaParser

// The search index's binary form for the on-disk cache (see `BinaryCodable`):
// the flat arrays as blocks of bytes, checked for consistency when read.

extension SearchIndex {
    /// The version of the layout below; part of every cache file's header.
    package static let binaryFormatVersion = 3

    /// The index without its corpus (the cache stores the corpus on its own).
    package func encodeCollections(to writer: inout BinaryWriter) {
        writer.write(passages)
        writer.write(concepts)
        writer.write(challenges)
        writer.write(works)
        writer.write(aliases)
    }

    /// The index of `corpus` read back from `encodeCollections`; hits read their passages from `passages`.
    package init(corpus: Corpus, passages passageSource: PassageSource, collections reader: inout BinaryReader) throws {
        let passages = try reader.read(FieldedCollection.self)
        let concepts = try reader.read(FieldedCollection.self)
        let challenges = try reader.read(FieldedCollection.self)
        let works = try reader.read(FieldedCollection.self)
        let aliases = try reader.read(AliasTable.self)
        guard passages.unitCount == passageSource.count, concepts.unitCount == corpus.concepts.count,
            challenges.unitCount == corpus.challenges.count, works.unitCount == corpus.works.count
        else { throw BinaryCodingError.invalid("index does not match its corpus") }
        self.init(
            corpus: corpus, passageSource: passageSource, passages: passages, concepts: concepts,
            challenges: challenges, works: works,
            aliases: aliases)
    }
}

extension FieldedCollection: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(texts)
        writer.write(fields.count)
        for field in fields { writer.write(case: field) }
        writer.write(block: unitStarts)
        writer.write(block: owners)
        writer.write(originals)
        writer.write(averageLengths.count)
        for field in averageLengths.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            writer.write(case: field)
            writer.write(averageLengths[field] ?? 1)
        }
    }

    package init(from reader: inout BinaryReader) throws {
        let texts = try reader.read(TextCollection.self)
        var fields: [SearchField] = []
        for _ in 0..<(try reader.readCount()) { fields.append(try reader.read(case: SearchField.self)) }
        let unitStarts = try reader.read(block: [Int32].self)
        let owners = try reader.read(block: [Int32].self)
        let originals = try reader.read([String].self)
        var averageLengths: [SearchField: Double] = [:]
        for _ in 0..<(try reader.readCount()) {
            let field = try reader.read(case: SearchField.self)
            averageLengths[field] = try reader.read(Double.self)
        }
        let count = texts.count
        guard fields.isEmpty || fields.count == count, owners.isEmpty || owners.count == count,
            originals.isEmpty || originals.count == count,
            owners.allSatisfy({ $0 >= 0 && (unitStarts.isEmpty || Int($0) < unitStarts.count - 1) }),
            unitStarts.isEmpty || (unitStarts.first == 0 && unitStarts.last.map(Int.init) == count),
            zip(unitStarts, unitStarts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw BinaryCodingError.invalid("fielded collection") }
        self.init(
            texts: texts, fields: fields, unitStarts: unitStarts, owners: owners, originals: originals,
            averageLengths: averageLengths)
    }
}

extension TextCollection: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(block: normalised)
        writer.write(block: starts)
        writer.write(block: lengths)
        writer.write(terms)
        writer.write(words)
        writer.write(block: wordTerms)
        writer.write(block: postingStarts)
        writer.write(block: postings)
        writer.write(block: documentCounts)
    }

    package init(from reader: inout BinaryReader) throws {
        self.init()
        normalised = try reader.read(block: [UInt8].self)
        starts = try reader.read(block: [UInt32].self)
        lengths = try reader.read(block: [Int32].self)
        terms = try reader.read(TermTable.self)
        words = try reader.read([String].self)
        wordTerms = try reader.read(block: [Int32].self)
        postingStarts = try reader.read(block: [UInt32].self)
        postings = try reader.read(block: [UInt8].self)
        documentCounts = try reader.read(block: [Int32].self)
        try validate()
    }

    /// Every offset inside its array, every term number inside the term count:
    /// what matching relies on to index the arrays without checks of its own.
    private func validate() throws {
        let termCount = documentCounts.count
        guard starts.count == lengths.count + 1, starts.first == 0, starts.last.map(Int.init) == normalised.count,
            zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
            postingStarts.count == termCount + 1, postingStarts.first == 0,
            postingStarts.last.map(Int.init) == postings.count,
            zip(postingStarts, postingStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
            words.count == wordTerms.count, wordTerms.allSatisfy({ $0 >= -1 && Int($0) < termCount }),
            terms.allValues(below: termCount),
            documentCounts.allSatisfy({ $0 >= 0 && Int($0) <= lengths.count })
        else { throw BinaryCodingError.invalid("text collection") }
    }
}
