import AgendaParser

extension TextCollection {
    /// Writes what `TextCollection(joining: pieces).encode(to:)` writes, without
    /// joining the pieces: their texts and posting lists go to `writer` one
    /// piece after another (each list's first gap renumbered), so that a cache
    /// writer never holds the large columns twice. Only the term table, the
    /// words and the per-text and per-term columns are built whole. With `spills`
    /// (one per piece), the pieces' normalised texts are read from there; false if
    /// one could not be read back (what was written is then incomplete).
    @discardableResult
    static func encode(joining pieces: [TextCollection], spills: [SpillFile] = [], to writer: inout BinaryWriter)
        -> Bool
    {
        precondition(spills.isEmpty || spills.count == pieces.count, "one spill file per piece")
        guard pieces.count > 1 || !spills.isEmpty else {
            (pieces.first ?? TextCollection()).encode(to: &writer)
            return true
        }
        precondition(pieces.allSatisfy(\.isIndexed), "scanned texts are not joined")
        var textOffsets: [Int32] = []
        var byteCount = 0
        var starts: [UInt32] = [0]
        var lengths: [Int32] = []
        for (number, piece) in pieces.enumerated() {
            textOffsets.append(Int32(lengths.count))
            let byteOffset = UInt32(byteCount)
            starts += piece.starts.dropFirst().map { $0 + byteOffset }
            lengths += piece.lengths.array
            byteCount += spills.isEmpty ? piece.normalised.count : spills[number].count
        }
        writer.beginByteColumn(count: byteCount)
        var intact = true
        for (number, piece) in pieces.enumerated() {
            if spills.isEmpty {
                piece.normalised.withUnsafeBufferPointer { writer.appendToByteColumn(UnsafeRawBufferPointer($0)) }
            } else {
                intact = spills[number].copy { writer.appendToByteColumn($0) } && intact
            }
        }
        writer.write(column: Column(starts))
        writer.write(column: Column(lengths))

        let terms = JoinedTerms(pieces)
        writer.write(terms.table)
        var words = Set<String>()
        for piece in pieces { words.formUnion(piece.words) }
        let sortedWords = words.sorted()
        writer.write(StringColumn(sortedWords))
        writer.write(column: Column(sortedWords.map { terms.table.value(for: TermKey.word($0)) ?? -1 }))

        let lists = PieceLists(pieces, textOffsets: textOffsets, terms: terms)
        writer.write(column: Column(lists.starts))
        writer.beginByteColumn(count: Int(lists.starts.last ?? 0))
        lists.write(to: &writer)
        writer.write(column: Column(terms.documentCounts))
        return intact
    }
}

/// The term numbers of pieces joined in order: the first piece's terms keep
/// theirs, and each later piece's new terms are numbered on in the order that
/// piece met them, as `TextCollection.append` numbers them.
private struct JoinedTerms {
    var table: TermTable
    var documentCounts: [Int32]
    /// The first piece's terms, numbered as they are joined.
    let firstPieceTerms: Int
    /// For each piece after the first: its term number of each joined term, or -1.
    var sources: [[Int32]] = []

    init(_ pieces: [TextCollection]) {
        table = pieces[0].terms
        firstPieceTerms = pieces[0].documentCounts.count
        documentCounts = pieces[0].documentCounts.array
        for piece in pieces.dropFirst() {
            var source = [Int32](repeating: -1, count: documentCounts.count)
            for (term, key) in piece.terms.keysByValue().enumerated() {
                let (joined, inserted) = table.value(for: key, inserting: Int32(documentCounts.count))
                if inserted {
                    documentCounts.append(0)
                    source.append(-1)
                }
                source[Int(joined)] = Int32(term)
                documentCounts[Int(joined)] += piece.documentCounts[term]
            }
            sources.append(source)
        }
    }

    /// The term of joined term `term` in piece `piece`, if it has it.
    func source(_ term: Int, in piece: Int) -> Int? {
        if piece == 0 { return term < firstPieceTerms ? term : nil }
        let source = sources[piece - 1]
        guard term < source.count, source[term] >= 0 else { return nil }
        return Int(source[term])
    }
}

/// The posting lists of joined terms, read from their pieces: where each
/// starts, and their bytes. A piece's list is its own but for its first gap,
/// which counts from the text the list of an earlier piece ended at.
private struct PieceLists {
    let pieces: [TextCollection]
    let textOffsets: [Int32]
    let terms: JoinedTerms
    /// Each piece's first and last text of each of its lists, as numbered in the piece.
    private let firstTexts: [[Int32]]
    private let lastTexts: [[Int32]]
    /// Where the list of each joined term starts in the joined postings, and where they end.
    private(set) var starts: [UInt32] = []

    init(_ pieces: [TextCollection], textOffsets: [Int32], terms: JoinedTerms) {
        self.pieces = pieces
        self.textOffsets = textOffsets
        self.terms = terms
        var firsts: [[Int32]] = []
        var lasts: [[Int32]] = []
        for piece in pieces {
            let (first, last) = Self.ends(of: piece)
            firsts.append(first)
            lasts.append(last)
        }
        firstTexts = firsts
        lastTexts = lasts
        var starts: [UInt32] = [0]
        starts.reserveCapacity(terms.documentCounts.count + 1)
        var total = 0
        forEachPart { piece, term, gap in
            total += pieces[piece].listRange(term).count
            if let gap { total += PostingAccumulator.encodedLength(gap) - Self.ownGapLength(firsts[piece][term]) }
        } endOfTerm: {
            starts.append(UInt32(total))
        }
        self.starts = starts
    }

    func write(to writer: inout BinaryWriter) {
        var gapBytes: [UInt8] = []
        forEachPart { piece, term, gap in
            let postings = pieces[piece].postings
            var range = pieces[piece].listRange(term)
            if let gap {
                gapBytes.removeAll(keepingCapacity: true)
                TextCollection.writeGap(gap, to: &gapBytes)
                gapBytes.withUnsafeBytes { writer.appendToByteColumn($0) }
                range = (range.lowerBound + Self.ownGapLength(firstTexts[piece][term]))..<range.upperBound
            }
            postings.withUnsafeBufferPointer {
                writer.appendToByteColumn(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[range])))
            }
        } endOfTerm: {
        }
    }

    /// Each piece's list of each joined term, in order, with the first gap it takes in the
    /// joined list (nil: it keeps its own, as the first piece's lists do); `endOfTerm` after each term.
    private func forEachPart(_ part: (_ piece: Int, _ term: Int, _ gap: UInt32?) -> Void, endOfTerm: () -> Void) {
        for joined in 0..<terms.documentCounts.count {
            var last: Int32 = -1
            for piece in pieces.indices {
                guard let term = terms.source(joined, in: piece) else { continue }
                let first = firstTexts[piece][term] + textOffsets[piece]
                part(piece, term, piece == 0 ? nil : UInt32(first - last))
                last = lastTexts[piece][term] + textOffsets[piece]
            }
            endOfTerm()
        }
    }

    /// Bytes of a list's own first gap, the one before its first text `first`.
    private static func ownGapLength(_ first: Int32) -> Int {
        PostingAccumulator.encodedLength(UInt32(first + 1))
    }

    /// The first and the last text of each of a piece's lists.
    private static func ends(of piece: TextCollection) -> (first: [Int32], last: [Int32]) {
        let termCount = piece.documentCounts.count
        var first = [Int32](repeating: -1, count: termCount)
        var last = [Int32](repeating: -1, count: termCount)
        piece.postings.withUnsafeBufferPointer { postings in
            for term in 0..<termCount {
                let range = piece.listRange(term)
                var offset = range.lowerBound
                first[term] =
                    Int32(truncatingIfNeeded: TextCollection.readLEB128(postings, &offset, end: range.upperBound)) - 1
                last[term] = TextCollection.lastValue(postings[range])
            }
        }
        return (first, last)
    }
}

extension TextCollection {
    /// Byte range of term `term`'s posting list in `postings`.
    fileprivate func listRange(_ term: Int) -> Range<Int> {
        Int(postingStarts[term])..<Int(postingStarts[term + 1])
    }
}
