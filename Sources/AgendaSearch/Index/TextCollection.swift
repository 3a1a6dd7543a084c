import AgendaParser

/// A list of texts in their normalised form with an inverted index over them:
/// the passages of a corpus, or the fields of its concepts, challenges or works.
///
/// Everything is stored in flat columns, so an index read from the on-disk
/// cache is used in place (see `Column`):
/// - `normalised`: all texts' normalised UTF-8, back to back; text `i` is
///   `normalised[starts[i]..<starts[i + 1]]`. Matches are verified here.
/// - `terms` maps a term key (`TermKey`) to a term number; Latin words are
///   also listed in order in `words` so a prefix finds a range of them (sorted
///   by their UTF-8, which for NFC words is `String`'s order).
/// - postings of term `t` are `postings[postingStarts[t]..<postingStarts[t + 1]]`:
///   the numbers of the texts holding the term, ascending, stored as
///   LEB128-encoded gaps, each followed by the term's frequency in that text
///   (mostly one byte each). Positions are not stored: candidates are
///   verified by exact search in `normalised`, which is both stricter than
///   adjacent bigram positions and far smaller; a pattern that is exactly one
///   CJK term takes its counts from the frequencies instead.
struct TextCollection: Equatable, Sendable {
    var normalised = Column<UInt8>()
    var starts = Column<UInt32>([0])
    /// Length of each text in positions (words plus CJK characters), for BM25.
    var lengths = Column<Int32>()
    var terms = TermTable()
    var words = StringColumn()
    var wordTerms = Column<Int32>()
    var postingStarts = Column<UInt32>([0])
    var postings = Column<UInt8>()
    /// How many texts hold each term.
    var documentCounts = Column<Int32>()
    /// For texts scanned for one search rather than indexed (`init(scanning:for:)`): their
    /// matches; such a collection holds lengths but no normalised text, terms or postings,
    /// and is never encoded (it equals only a collection holding the same scan).
    var scanned: ScannedTexts?

    var isIndexed: Bool { scanned == nil }

    var count: Int { lengths.count }

    /// Byte range of text `index` in `normalised`.
    func range(of index: Int) -> Range<Int> { Int(starts[index])..<Int(starts[index + 1]) }

    /// The normalised text of `index` (for tests and explanations); empty if its bytes are damaged.
    func text(_ index: Int) -> String {
        if let scanned {
            return String(decoding: ScannedTexts.normalisedUTF8(of: scanned.originals[index]), as: UTF8.self)
        }
        let range = range(of: index)
        guard normalised.isIntact(range) else { return "" }
        return normalised.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) }
    }

    /// Average length of the texts selected by `include`, at least 1.
    func averageLength(where include: (Int) -> Bool = { _ in true }) -> Double {
        var total = 0
        var selected = 0
        for index in 0..<count where include(index) {
            total += Int(lengths[index])
            selected += 1
        }
        return selected == 0 ? 1 : max(1, Double(total) / Double(selected))
    }

    /// The texts holding term `term`, ascending (none if the list's bytes are damaged).
    func postings(of term: Int32) -> [Int32] {
        var texts: [Int32] = []
        texts.reserveCapacity(Int(documentCounts[Int(term)]))
        readPostings(of: term) { text, _ in texts.append(text) }
        return texts
    }

    /// The texts holding term `term`, ascending, and how often it occurs in each.
    func countedPostings(of term: Int32) -> (texts: [Int32], frequencies: [Int32]) {
        var texts: [Int32] = []
        var frequencies: [Int32] = []
        texts.reserveCapacity(Int(documentCounts[Int(term)]))
        frequencies.reserveCapacity(Int(documentCounts[Int(term)]))
        readPostings(of: term) { text, frequency in
            texts.append(text)
            frequencies.append(frequency)
        }
        return (texts, frequencies)
    }

    /// Each posting of `term`: a LEB128 gap from the text before, then the term's frequency there.
    @inline(__always)
    private func readPostings(of term: Int32, _ body: (Int32, Int32) -> Void) {
        var offset = Int(postingStarts[Int(term)])
        let end = Int(postingStarts[Int(term) + 1])
        guard postings.isIntact(offset..<end) else { return }
        let limit = Int32(count)
        postings.withUnsafeBufferPointer { postings in
            @inline(__always) func next() -> UInt32 { Self.readLEB128(postings, &offset, end: end) }
            var last: Int32 = -1
            while offset < end {
                last &+= Int32(truncatingIfNeeded: next())
                guard offset < end else { break }
                let frequency = Int32(truncatingIfNeeded: next())
                // Only a damaged list could step outside the texts; it ends there.
                guard last >= 0 && last < limit && frequency > 0 else { break }
                body(last, frequency)
            }
        }
    }

    /// One LEB128 number at `offset` (moved past it), read no further than `end`.
    @inline(__always)
    static func readLEB128(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int, end: Int) -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        var byte: UInt8
        repeat {
            byte = bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            shift += 7
        } while byte & 0x80 != 0 && offset < end && shift < 32
        return value
    }

    /// The term number of exactly `word`.
    func wordTerm(_ word: String) -> Int32? {
        let index = lowerBound(word)
        guard index < words.count, words.compare(index, with: word) == 0 else { return nil }
        return wordTerms[index]
    }

    /// The term numbers of every word starting with `prefix`.
    func wordTerms(prefix: String) -> [Int32] {
        var index = lowerBound(prefix)
        var result: [Int32] = []
        while index < words.count && words.hasPrefix(index, prefix) {
            result.append(wordTerms[index])
            index += 1
        }
        return result
    }

    private func lowerBound(_ word: String) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words.compare(mid, with: word) < 0 { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
