import AgendaParser
import Foundation

extension TextCollection {
    /// Normalises and indexes `texts`; text `i` keeps number `i`. Large inputs are built in
    /// `parts` pieces in parallel and joined (nil: one per core).
    init(texts: [String], parts: Int? = nil) {
        self.init(joining: Self.pieces(of: texts, parts: parts))
    }

    /// `texts` normalised and indexed in consecutive pieces, in parallel: one piece per
    /// core (or `parts`) when they hold 1 MiB or more, else one.
    static func pieces(of texts: [String], parts: Int? = nil) -> [TextCollection] {
        let (bytes, ranges) = pieceRanges(of: texts, parts: parts)
        guard ranges.count > 1 else {
            return [TextCollection(sequential: texts[...], expectedBytes: bytes)]
        }
        let pieceBytes = bytes / ranges.count
        return ranges.concurrentMap { range in
            // The first piece reserves room for every piece's text, so that joining the
            // others appends in place; pages not yet written take no memory.
            TextCollection(
                sequential: texts[range], expectedBytes: pieceBytes,
                textCapacity: range.lowerBound == 0 ? bytes + bytes / 8 : pieceBytes)
        }
    }

    /// `pieces(of:parts:)` for pieces that are not joined (each reserves room for its
    /// own text only), letting go of each text once it is indexed: `texts` ends empty,
    /// and a large build never holds all the texts beside their index. Each piece's
    /// normalised text goes to its spill file, if `spills` has one per piece (see
    /// `pieceCount(of:parts:)`), and the piece holds none.
    static func pieces(taking texts: inout [String], parts: Int? = nil, spills: [SpillFile] = [])
        -> [TextCollection]
    {
        let (bytes, ranges) = pieceRanges(of: texts, parts: parts)
        precondition(spills.isEmpty || spills.count == max(1, ranges.count), "one spill file per piece")
        let pieceBytes = bytes / max(1, ranges.count)
        let pieces = texts.withUnsafeMutableBufferPointer { slots in
            // Each piece empties the slots of its own range only.
            Array(ranges.indices).concurrentMap { number in
                let range = ranges[number]
                var builder = TextCollectionBuilder(
                    expectedBytes: pieceBytes, spillingTextTo: spills.isEmpty ? nil : spills[number])
                var released = 0
                for index in range {
                    released += slots[index].utf8.count
                    builder.add(slots[index])
                    slots[index] = ""
                    if released > 8 << 20 {
                        FreedMemory.returnToTheSystem()
                        released = 0
                    }
                }
                return builder.finish()
            }
        }
        texts = []
        return pieces.isEmpty ? [TextCollection()] : pieces
    }

    /// How many pieces `pieces(taking:parts:spills:)` builds of `texts`.
    static func pieceCount(of texts: [String], parts: Int? = nil) -> Int {
        max(1, pieceRanges(of: texts, parts: parts).ranges.count)
    }

    /// The UTF-8 bytes of `texts`, and the ranges of the pieces they are built in.
    private static func pieceRanges(of texts: [String], parts: Int?) -> (bytes: Int, ranges: [Range<Int>]) {
        var bytes = 0
        for text in texts { bytes += text.utf8.count }
        let parts = min(parts ?? (bytes < 1 << 20 ? 1 : ProcessInfo.processInfo.activeProcessorCount), texts.count)
        guard parts > 1 else { return (bytes, texts.isEmpty ? [] : [0..<texts.count]) }
        return (bytes, pieceRanges(of: texts, bytes: bytes, count: parts))
    }

    /// `count` consecutive ranges of `texts` (fewer if there are fewer texts) holding about
    /// equal shares of their `bytes` of UTF-8, in order.
    static func pieceRanges(of texts: [String], bytes: Int, count: Int) -> [Range<Int>] {
        var bounds = [0]
        var running = 0
        for (index, text) in texts.enumerated() {
            running += text.utf8.count
            if running * count >= bytes * bounds.count && bounds.count < count { bounds.append(index + 1) }
        }
        if bounds.last != texts.count { bounds.append(texts.count) }
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// The `pieces` as one collection, their texts numbered on in order. Each piece is
    /// let go once it is joined, so that at most one is held twice.
    init(joining pieces: consuming [TextCollection]) {
        guard !pieces.isEmpty else {
            self.init()
            return
        }
        var result = pieces[0]
        pieces[0] = TextCollection()
        for index in pieces.indices.dropFirst() {
            let piece = pieces[index]
            pieces[index] = TextCollection()
            result.append(piece)
        }
        self = result
    }

    private init(sequential texts: ArraySlice<String>, expectedBytes: Int, textCapacity: Int? = nil) {
        var builder = TextCollectionBuilder(expectedBytes: expectedBytes, textCapacity: textCapacity)
        for text in texts { builder.add(text) }
        self = builder.finish()
    }
}

/// A term of the text being added: a unigram (its scalar), a bigram or a word
/// (their keys, see `TermKey`), and for a word where its scalars are.
struct PendingTerm {
    let key: UInt64
    /// A word's scalars; an empty range for a bigram, a negative start for a unigram
    /// (so that a term stays 16 bytes in the builder's hot loop).
    private let start: Int32
    private let end: Int32

    static func unigram(_ scalar: UInt32) -> PendingTerm { PendingTerm(key: UInt64(scalar), start: -1, end: -1) }
    static func bigram(_ key: UInt64) -> PendingTerm { PendingTerm(key: key, start: 0, end: 0) }
    static func word(_ key: UInt64, scalars: Range<Int>) -> PendingTerm {
        PendingTerm(key: key, start: Int32(scalars.lowerBound), end: Int32(scalars.upperBound))
    }

    /// Unigrams are counted in a table of their own (`PostingAccumulator.recordUnigram`).
    var isUnigram: Bool { start < 0 }
    /// Where a word's scalars are; nil for a bigram or a unigram.
    var wordScalars: Range<Int>? { end > start ? Int(start)..<Int(end) : nil }
}

/// Accumulates a `TextCollection` one text at a time.
struct TextCollectionBuilder: ~Copyable {
    private var normaliser = Normaliser()
    private var scalars: [UInt32] = []
    private var normalised: [UInt8] = []
    private var starts: [UInt32] = [0]
    private var lengths: [Int32] = []
    /// Each distinct word with its key, in order of first occurrence.
    private var wordList: [(word: String, key: UInt64)] = []
    private var postings: PostingAccumulator
    /// The terms of the text being added (kept for their capacity).
    private var pendingTerms: [PendingTerm] = []
    /// Where the normalised text goes once `normalised` holds a block of it, if not kept.
    private let spill: SpillFile?
    private static let spillBlock = 1 << 20

    /// `expectedBytes` (UTF-8 of all texts) sizes the buffers, `textCapacity` (if larger) the
    /// normalised text alone; they grow as needed. With `spill`, the normalised text goes there
    /// as it is made, and the collection `finish` makes has none (see `SpillFile`).
    init(expectedBytes: Int = 4096, textCapacity: Int? = nil, spillingTextTo spill: SpillFile? = nil) {
        postings = PostingAccumulator(capacity: max(64, expectedBytes / 256))
        self.spill = spill
        normalised.reserveCapacity(
            spill == nil ? max(expectedBytes, textCapacity ?? 0) : min(expectedBytes, 2 * Self.spillBlock))
    }

    mutating func add(_ text: String) {
        normaliser.normalise(text, into: &scalars)
        normalised.appendUTF8(scalars)
        starts.append(UInt32((spill?.count ?? 0) + normalised.count))
        if let spill, normalised.count >= Self.spillBlock {
            normalised.withUnsafeBytes(spill.append)
            normalised.removeAll(keepingCapacity: true)
        }
        let number = Int32(lengths.count)
        let scalars = self.scalars
        // The text's terms are collected first and their slots loaded ahead
        // (see `PostingAccumulator.prefetch`), then recorded in text order.
        var terms = pendingTerms
        pendingTerms = []
        terms.removeAll(keepingCapacity: true)
        let positions = Tokeniser.scan(scalars) { event in
            switch event.kind {
            case .unigram:
                terms.append(.unigram(scalars[event.start]))
            case .bigram:
                terms.append(.bigram(TermKey.bigram(scalars[event.start], scalars[event.start + 1])))
            case .word:
                let range = event.start..<event.end
                terms.append(.word(TermKey.word(scalars[range]), scalars: range))
            }
        }
        terms.withUnsafeBufferPointer { postings.prefetch($0) }
        var words = wordList
        wordList = []
        for term in terms {
            if term.isUnigram {
                postings.recordUnigram(UInt32(term.key), in: number)
            } else if postings.record(term.key, in: number), let range = term.wordScalars {
                words.append((String(scalars: scalars[range]), term.key))
            }
        }
        wordList = words
        pendingTerms = terms
        lengths.append(Int32(positions))
    }

    consuming func finish() -> TextCollection {
        var result = TextCollection()
        if let spill {
            normalised.withUnsafeBytes(spill.append)
        } else {
            result.normalised = Column(normalised)
        }
        result.starts = Column(starts)
        result.lengths = Column(lengths)
        normalised = []
        let (postingBytes, postingStarts) = postings.flattened()
        result.postings = Column(postingBytes)
        result.postingStarts = Column(postingStarts)
        let (terms, documentCounts) = postings.finishTerms()
        result.terms = terms
        result.documentCounts = Column(documentCounts)
        wordList.sort { $0.word < $1.word }
        result.words = StringColumn(wordList.map(\.word))
        result.wordTerms = Column(wordList.map { terms.value(for: $0.key) ?? -1 })
        return result
    }
}
