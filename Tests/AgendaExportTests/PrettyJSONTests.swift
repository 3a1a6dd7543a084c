import AgendaParser
import Foundation
import Testing

@testable import AgendaExport

@Suite("Pretty JSON")
struct PrettyJSONTests {
    struct Sample: Encodable {
        var empty: [String] = []
        var none: [String: Int] = [:]
        var nested: [[Int]] = [[], [1]]
        /// Brackets, spaces, a newline and an escaped quote inside strings stay as written.
        var texts = ["[ ]", "{\n}", "a \"[\" b", "\\", "[]"]
    }

    struct Record: Encodable, Sendable {
        var name: String
        var lines: [String]
        var depth: [String: [Int]]
        var score: Double?
    }

    struct Holder<List: Encodable>: Encodable {
        var list: List
        var after = ["a\nb"]
    }

    /// A concurrently written array is the plain array's text, at the top, inside an
    /// object and inside an array; empty, of one, and of many records with line breaks
    /// in their strings. Foundation's encoder gets the plain array.
    @Test func concurrentArraysWriteThePlainArraysText() throws {
        for count in [0, 1, 2, 257] {
            var records: [Record] = []
            for index in 0..<count {
                let lines: [String] = index % 3 == 0 ? [] : ["x\ny", "\u{1}"]
                let score: Double? = index % 2 == 0 ? nil : Double(index) / 8
                records.append(
                    Record(name: "第\(index)项 \"q\"", lines: lines, depth: ["k": Array(0..<(index % 4))], score: score))
            }
            #expect(try PrettyJSON.encode(ConcurrentJSONArray(records)) == PrettyJSON.encode(records))
            #expect(
                try PrettyJSON.encode(Holder(list: ConcurrentJSONArray(records)))
                    == PrettyJSON.encode(Holder(list: records)))
            #expect(
                try PrettyJSON.encode([Holder(list: ConcurrentJSONArray(records))])
                    == PrettyJSON.encode([Holder(list: records)]))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            #expect(try encoder.encode(ConcurrentJSONArray(records)) == encoder.encode(records))
        }
        let broken = ConcurrentJSONArray([Record(name: "", lines: [], depth: [:], score: .nan)])
        #expect(throws: EncodingError.self) { try PrettyJSON.encode(broken) }
    }

    @Test func emptyContainersAreWrittenOnOneLine() throws {
        let text = try PrettyJSON.encode(Sample())
        #expect(
            text == """
                {
                  "empty" : [],
                  "nested" : [
                    [],
                    [
                      1
                    ]
                  ],
                  "none" : {},
                  "texts" : [
                    "[ ]",
                    "{\\n}",
                    "a \\"[\\" b",
                    "\\\\",
                    "[]"
                  ]
                }
                """)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["texts"] as? [String] == Sample().texts)
        #expect((parsed?["empty"] as? [String])?.isEmpty == true)
    }

    @Test func topLevelValues() throws {
        #expect(try PrettyJSON.encode([String]()) == "[]")
        #expect(try PrettyJSON.encode([String: String]()) == "{}")
        #expect(try PrettyJSON.encode("a/b") == "\"a/b\"")
        #expect(try PrettyJSON.encode(Optional<Int>.none) == "null")
    }

    /// Everything Foundation's encoder writes, as it writes it (empty containers aside).
    struct Varied: Encodable {
        var numbers: [Double] = [1, 0.5, 1e-7, 123_456_789.123, 1e21, -0.0, 0.1 + 0.2, 12_345_678_901_234_567_890]
        var floats: [Float] = [0.1, 2.5]
        var integers: [Int64] = [.min, .max]
        var small: [Int8] = [-128, 127]
        var unsigned: [UInt64] = [.max]
        var counts: [UInt8] = [0, 255]
        var flags = [true, false]
        var missing: String? = nil
        var present: String? = "x"
        /// Keys that sort by UTF-8 bytes: capitals first, then `_`, lower case, é, full width, astral.
        var keyed = ["b": 1, "B": 2, "a10": 3, "a2": 4, "_x": 5, "Z": 6, "e\u{301}z": 7, "ｚ": 8, "𝒜": 9, "f": 10]
        var texts = ["q\"b\\s/x\u{1}\u{8}\u{c}\n\r\t\u{1b}\u{7f}\u{2028}é中", ""]
        var link = URL(string: "https://example.org/a?b=c")!
        var nestedEmpty: [[String: [Int]]] = [[:], ["k": []]]

        enum Keys: String, CodingKey {
            case numbers, floats, integers, small, unsigned, counts, flags, missing, present
        }
        enum Other: String, CodingKey { case keyed, texts, link, nestedEmpty, inner, list, twice }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(numbers, forKey: .numbers)
            try container.encode(floats, forKey: .floats)
            try container.encode(integers, forKey: .integers)
            try container.encode(small, forKey: .small)
            try container.encode(unsigned, forKey: .unsigned)
            try container.encode(counts, forKey: .counts)
            try container.encode(flags, forKey: .flags)
            try container.encode(missing, forKey: .missing)
            try container.encodeIfPresent(missing, forKey: .present)
            try container.encodeIfPresent(present, forKey: .present)
            var other = encoder.container(keyedBy: Other.self)
            try other.encode(keyed, forKey: .keyed)
            try other.encode(texts, forKey: .texts)
            try other.encode(link, forKey: .link)
            try other.encode(nestedEmpty, forKey: .nestedEmpty)
            var inner = other.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try inner.encode(Int32(-5), forKey: .small)
            try inner.encode(UInt16(7), forKey: .counts)
            var list = other.nestedUnkeyedContainer(forKey: .list)
            try list.encode(UInt32(1))
            try list.encode(Int16(-2))
            try list.encodeNil()
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode("d")
            try other.encode(1, forKey: .twice)
            try other.encode(2, forKey: .twice)
        }
    }

    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // Foundation's empty containers, `[` and `]` two lines apart, on one line.
        return text.replacingOccurrences(of: #"\[\n *\n *\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n *\n *\}"#, with: "{}", options: .regularExpression)
    }

    @Test func writesWhatFoundationWrites() throws {
        #expect(try PrettyJSON.encode(Varied()) == Self.foundation(Varied()))
    }

    @Test func theBundledCorpusExportsAsFoundationWritesThem() throws {
        let corpus = try AgendaParser.parse(directory: BundledCorpusTests.dataDirectory)
        #expect(corpus.works.count > 50)
        for format in [CitationFormat.json, .cslJSON] {
            let ours = format.render(corpus.works)
            let items = format == .json ? nil : ExportEntry.prepare(corpus.works).map(CSLJSONExporter.item)
            let theirs =
                try items.map(Self.foundation)
                ?? Self.foundation(
                    RecordsForTest(
                        schemaVersion: WorkRecordsExporter.schemaVersion,
                        works: ExportEntry.prepare(corpus.works).map { WorkRecord(key: $0.key, work: $0.work) }))
            #expect(ours == theirs + "\n", "\(format)")
        }
    }

    @Test func numbersThatJSONCannotHoldThrow() {
        #expect(throws: EncodingError.self) { try PrettyJSON.encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try PrettyJSON.encode(["x": Double.infinity]) }
    }
}

private struct RecordsForTest: Encodable {
    var schemaVersion: Int
    var works: [WorkRecord]
}
