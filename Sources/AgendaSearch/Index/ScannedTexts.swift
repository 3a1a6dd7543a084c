import AgendaParser
import Foundation

/// Texts read once for the patterns of one query rather than indexed.
///
/// A search that writes no cache needs only its own patterns' matches and
/// each text's length (for BM25), so each text is normalised, measured and
/// searched in one pass and nothing normalised is kept: the few texts shown
/// are normalised again for their highlights. A pattern that was not scanned
/// for is searched in a pass of its own when it is asked for.
final class ScannedTexts: Sendable {
    /// The texts as written.
    let originals: [String]
    /// Each text's length in positions, as an index counts them.
    let lengths: [Int32]
    /// The patterns scanned for, and their occurrences.
    private let found: [KeywordPattern: Occurrences]
    /// The pieces the texts are scanned in (see `pieces(of:)`), kept for later patterns.
    private let pieces: [Range<Int>]

    /// The texts holding a pattern, ascending, and how often each holds it.
    struct Occurrences: Sendable {
        var texts: [Int32] = []
        var counts: [Int32] = []
    }

    /// Scans `texts` for `patterns`, in pieces on every core.
    init(_ texts: [String], for patterns: [KeywordPattern]) {
        let patterns = Array(Set(patterns.filter { !$0.bytes.isEmpty }))
        let ranges = Self.pieces(of: texts)
        let pieces = ranges.concurrentMap { range in
            Self.scan(texts[range], from: range.lowerBound, for: patterns, measuring: true)
        }
        self.pieces = ranges
        originals = texts
        lengths = pieces.flatMap(\.lengths)
        var found: [KeywordPattern: Occurrences] = [:]
        for (number, pattern) in patterns.enumerated() {
            var joined = Occurrences()
            for piece in pieces {
                joined.texts += piece.found[number].texts
                joined.counts += piece.found[number].counts
            }
            found[pattern] = joined
        }
        self.found = found
    }

    /// The occurrences of `pattern`: as scanned for, or found now.
    func occurrences(of pattern: KeywordPattern) -> Occurrences {
        if let known = found[pattern] { return known }
        guard !pattern.bytes.isEmpty else { return Occurrences() }
        let pieces = self.pieces.concurrentMap { range in
            Self.scan(originals[range], from: range.lowerBound, for: [pattern], measuring: false).found[0]
        }
        return Occurrences(texts: pieces.flatMap(\.texts), counts: pieces.flatMap(\.counts))
    }

    /// The normalised UTF-8 of `text`, as an index stores it.
    static func normalisedUTF8(of text: String) -> [UInt8] {
        var normaliser = Normaliser()
        var scalars: [UInt32] = []
        normaliser.normalise(text, into: &scalars)
        var bytes: [UInt8] = []
        bytes.appendUTF8(scalars)
        return bytes
    }

    /// Consecutive ranges of `texts`: at least four per core, so that cores that finish
    /// early take more, and at most about 4 MiB each.
    private static func pieces(of texts: [String]) -> [Range<Int>] {
        var bytes = 0
        for text in texts { bytes += text.utf8.count }
        let count = max(1, min(texts.count, max(bytes >> 22, 4 * ProcessInfo.processInfo.activeProcessorCount)))
        return TextCollection.pieceRanges(of: texts, bytes: bytes, count: count)
    }

    /// One piece's lengths (when `measuring`) and each pattern's occurrences, numbered from `first`.
    private static func scan(
        _ texts: ArraySlice<String>, from first: Int, for patterns: [KeywordPattern], measuring: Bool
    ) -> (lengths: [Int32], found: [Occurrences]) {
        var normaliser = Normaliser()
        var scalars: [UInt32] = []
        var bytes: [UInt8] = []
        var lengths: [Int32] = []
        if measuring { lengths.reserveCapacity(texts.count) }
        var found = [Occurrences](repeating: Occurrences(), count: patterns.count)
        for (offset, text) in texts.enumerated() {
            normaliser.normalise(text, into: &scalars)
            if measuring { lengths.append(Int32(Tokeniser.scan(scalars) { _ in })) }
            bytes.removeAll(keepingCapacity: true)
            bytes.appendUTF8(scalars)
            bytes.withUnsafeBufferPointer { buffer in
                for (number, pattern) in patterns.enumerated() {
                    var count: Int32 = 0
                    TextCollection.scan(pattern, in: buffer, range: 0..<buffer.count) { _ in count += 1 }
                    guard count > 0 else { continue }
                    found[number].texts.append(Int32(first + offset))
                    found[number].counts.append(count)
                }
            }
        }
        return (lengths, found)
    }
}

extension TextCollection {
    /// `texts` scanned for `patterns` (see `ScannedTexts`).
    init(scanning texts: [String], for patterns: [KeywordPattern]) {
        self.init()
        let scanned = ScannedTexts(texts, for: patterns)
        self.scanned = scanned
        lengths = Column(scanned.lengths)
    }
}

// A scanned collection is made for one search and never stored; it equals only itself.
extension ScannedTexts: Equatable {
    static func == (left: ScannedTexts, right: ScannedTexts) -> Bool { left === right }
}
