/// A list of texts in their normalised form with an inverted index over them:
/// the passages of a corpus, or the fields of its concepts, challenges or works.
///
/// Everything is stored in flat arrays (so the whole value can be cached
/// on disk later through `Codable`):
/// - `normalised`: all texts' normalised UTF-8, back to back; text `i` is
///   `normalised[starts[i]..<starts[i + 1]]`. Matches are verified here.
/// - `terms` maps a term key (`TermKey`) to a term number; Latin words are
///   also listed in order in `words` so a prefix finds a range of them (words
///   are NFC, for which `String`'s order is the order of their scalars).
/// - postings of term `t` are `postings[postingStarts[t]..<postingStarts[t + 1]]`:
///   the numbers of the texts holding the term, ascending, stored as
///   LEB128-encoded gaps (mostly one byte each). Positions are not stored:
///   candidates are verified by exact search in `normalised`, which is both
///   stricter than adjacent bigram positions and far smaller.
struct TextCollection: Hashable, Codable, Sendable {
    var normalised: [UInt8] = []
    var starts: [UInt32] = [0]
    /// Length of each text in positions (words plus CJK characters), for BM25.
    var lengths: [Int32] = []
    var terms = TermTable()
    var words: [String] = []
    var wordTerms: [Int32] = []
    var postingStarts: [UInt32] = [0]
    var postings: [UInt8] = []
    /// How many texts hold each term.
    var documentCounts: [Int32] = []

    var count: Int { lengths.count }

    /// Byte range of text `index` in `normalised`.
    func range(of index: Int) -> Range<Int> { Int(starts[index])..<Int(starts[index + 1]) }

    /// The normalised text of `index` (for tests and explanations).
    func text(_ index: Int) -> String { String(decoding: normalised[range(of: index)], as: UTF8.self) }

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

    /// The texts holding term `term`, ascending.
    func postings(of term: Int32) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(Int(documentCounts[Int(term)]))
        var offset = Int(postingStarts[Int(term)])
        let end = Int(postingStarts[Int(term) + 1])
        var last: Int32 = -1
        while offset < end {
            var gap: UInt32 = 0
            var shift: UInt32 = 0
            var byte: UInt8
            repeat {
                byte = postings[offset]
                offset += 1
                gap |= UInt32(byte & 0x7F) << shift
                shift += 7
            } while byte & 0x80 != 0
            last += Int32(gap)
            result.append(last)
        }
        return result
    }

    /// The term number of exactly `word`.
    func wordTerm(_ word: String) -> Int32? {
        let index = lowerBound(word)
        guard index < words.count, words[index] == word else { return nil }
        return wordTerms[index]
    }

    /// The term numbers of every word starting with `prefix`.
    func wordTerms(prefix: String) -> [Int32] {
        var index = lowerBound(prefix)
        var result: [Int32] = []
        while index < words.count && words[index].utf8.starts(with: prefix.utf8) {
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
            if words[mid] < word { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
