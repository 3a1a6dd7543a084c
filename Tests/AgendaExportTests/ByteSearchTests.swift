import Testing

@testable import AgendaExport

@Suite("Finding bytes in bytes")
struct ByteSearchTests {
    static func naive(_ needle: [UInt8], _ haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        return (start...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    @Test func findsWhatANaiveSearchFinds() {
        // A small alphabet makes near misses and overlaps common.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                UInt8.random(in: 0...2, using: &generator)
            }
            let needle = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                UInt8.random(in: 0...2, using: &generator)
            }
            let start = Int.random(in: 0...max(0, haystack.count), using: &generator)
            let found = haystack.withUnsafeBufferPointer { hay in
                needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: hay, from: start) }
            }
            #expect(found == Self.naive(needle, haystack, from: start), "\(needle) in \(haystack) from \(start)")
        }
    }

    /// One pass for many needles finds what each needle's own scan finds: overlaps,
    /// needles inside others, word edges, matches across the pieces the text is cut in.
    @Test func manyNeedlesInOnePassAsEachAlone() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab 奖励劫持RL".utf8)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...200, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let names =
                (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                    String(
                        decoding: (0..<Int.random(in: 2...5, using: &generator)).map { _ in
                            UInt8(ascii: ["a", "b", " ", "R", "L"].randomElement(using: &generator)!)
                        }, as: UTF8.self)
                } + ["奖励", "劫持", "奖励劫持", "RL", "ab"]
            let matchers = names.compactMap(TextMatcher.init)
            let folded = TextMatcher.folded(String(decoding: text, as: UTF8.self))
            let together = MultiTextMatcher(matchers).offsets(in: folded)
            #expect(together == matchers.map { $0.offsets(in: folded) }, "\(names) in \(text)")
        }
        #expect(MultiTextMatcher([]).offsets(in: Array("abc".utf8)).isEmpty)
    }

    @Test func matchesChineseAndWordEdges() throws {
        let text = TextMatcher.folded("奖励劫持与奖励破解；RL in world RL.")
        #expect(try #require(TextMatcher("奖励")).offsets(in: text) == [0, 15])
        #expect(try #require(TextMatcher("RL")).offsets(in: text).count == 2)  // not inside "world"
    }
}
