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

    @Test func topLevelEmptyArray() throws {
        #expect(try PrettyJSON.encode([String]()) == "[]")
        #expect(try PrettyJSON.encode([String: String]()) == "{}")
    }
}
