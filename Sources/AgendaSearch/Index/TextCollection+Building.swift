extension TextCollection {
    /// Normalises and indexes `texts`; text `i` keeps number `i`.
    init(texts: [String]) {
        var bytes = 0
        for text in texts { bytes += text.utf8.count }
        var builder = TextCollectionBuilder(expectedBytes: bytes)
        for text in texts { builder.add(text) }
        self = builder.finish()
    }
}

/// Accumulates a `TextCollection` one text at a time.
struct TextCollectionBuilder {
    private var normaliser = Normaliser()
    private var scalars: [UInt32] = []
    private var result = TextCollection()
    /// Each distinct word with its key, in order of first occurrence.
    private var wordList: [(word: String, key: UInt64)] = []
    private var postings = PostingAccumulator()
    private var events: [Tokeniser.Event] = []

    /// `expectedBytes` (UTF-8 of all texts) sizes the buffers; they grow as needed.
    init(expectedBytes: Int = 4096) {
        postings.terms = TermTable(capacity: max(1024, expectedBytes / 256))
        result.normalised.reserveCapacity(expectedBytes)
    }

    mutating func add(_ text: String) {
        normaliser.normalise(text, into: &scalars)
        result.normalised.appendUTF8(scalars)
        result.starts.append(UInt32(result.normalised.count))
        let number = Int32(result.lengths.count)
        // Working on locals lets the optimiser drop most uniqueness checks.
        var found = events
        var accumulator = postings
        events = []
        postings = PostingAccumulator.placeholder
        found.removeAll(keepingCapacity: true)
        let positions = Tokeniser.scan(scalars) { found.append($0) }
        for event in found {
            let key: UInt64
            switch event.kind {
            case .unigram:
                key = TermKey.unigram(scalars[event.start])
            case .bigram:
                key = TermKey.bigram(scalars[event.start], scalars[event.start + 1])
            case .word:
                key = TermKey.word(scalars[event.start..<event.end])
            }
            if accumulator.record(key, in: number) && event.kind == .word {
                wordList.append((String(scalars: scalars[event.start..<event.end]), key))
            }
        }
        events = found
        postings = accumulator
        result.lengths.append(Int32(positions))
    }

    mutating func finish() -> TextCollection {
        (result.postings, result.postingStarts) = postings.pool.flattened()
        result.terms = postings.terms
        result.documentCounts = postings.documentCounts
        postings = PostingAccumulator.placeholder
        wordList.sort { $0.word < $1.word }
        result.words = wordList.map(\.word)
        result.wordTerms = wordList.map { result.terms.value(for: $0.key) ?? -1 }
        return result
    }
}

/// Term numbers and their growing posting lists.
struct PostingAccumulator {
    var terms = TermTable()
    var pool = PostingPool()
    /// Holds the place while the builder works on its accumulator; allocates nothing.
    static let placeholder = PostingAccumulator(terms: TermTable(capacity: 0), pool: PostingPool(empty: ()))
    /// Per term: the last text added to its postings, and how many texts hold it.
    var lastText: [Int32] = []
    var documentCounts: [Int32] = []

    /// Adds `text` to the postings of `key`; returns whether the term is new.
    @inline(__always)
    mutating func record(_ key: UInt64, in text: Int32) -> Bool {
        let (term, inserted) = terms.value(for: key, inserting: Int32(lastText.count))
        if inserted {
            pool.addTerm()
            lastText.append(-1)
            documentCounts.append(0)
        }
        let index = Int(term)
        guard lastText[index] != text else { return inserted }
        pool.append(UInt32(text - lastText[index]), to: index)
        lastText[index] = text
        documentCounts[index] += 1
        return inserted
    }
}
