import Foundation
import Testing

@testable import AgendaParser

/// Line maps: one line held inline, more in a packed array; lookups, the arrays
/// they give back, and both encodings.
@Suite struct LineMapTests {
    static let threeLines = LineMap(document: "a.md", starts: [0, 10, 25], lineNumbers: [4, 5, 9])

    @Test func aByteBelongsToTheLastLineStartingAtOrBeforeIt() {
        let map = Self.threeLines
        #expect([0, 9, 10, 24, 25, 1000].map(map.line(atUTF8Offset:)) == [4, 4, 5, 5, 9, 9])
        #expect(map.source(atUTF8Offset: 12) == SourceLocation(document: "a.md", line: 5))
        #expect(map.starts == [0, 10, 25] && map.lineNumbers == [4, 5, 9])
        #expect(map.count == 3 && map.firstLine == 4 && map.lastStart == 25)
    }

    @Test func oneLineMapsAreTheSameHoweverMade() {
        let made = LineMap(document: "b.txt", line: 7)
        let fromArrays = LineMap(document: "b.txt", starts: [0], lineNumbers: [7])
        #expect(made == fromArrays && made.hashValue == fromArrays.hashValue)
        #expect(made.starts == [0] && made.lineNumbers == [7] && made.count == 1 && made.lastStart == 0)
        #expect([0, 50].map(made.line(atUTF8Offset:)) == [7, 7])
        #expect(made != LineMap(document: "b.txt", line: 8) && made != Self.threeLines)
    }

    @Test func forEachLineVisitsEveryLineInOrder() {
        var visited: [[Int]] = []
        Self.threeLines.forEachLine { visited.append([$0, $1]) }
        #expect(visited == [[0, 4], [10, 5], [25, 9]])
    }

    /// JSON keeps the document and the two parallel arrays.
    @Test func jsonHasTheParallelArrays() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(Self.threeLines), as: UTF8.self)
        #expect(json == #"{"document":"a.md","lineNumbers":[4,5,9],"starts":[0,10,25]}"#)
        #expect(try JSONDecoder().decode(LineMap.self, from: Data(json.utf8)) == Self.threeLines)
        let uneven = #"{"document":"a.md","lineNumbers":[4],"starts":[0,10]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(LineMap.self, from: Data(uneven.utf8)) }
    }

    @Test(arguments: [
        threeLines, LineMap(document: "b.txt", line: 7), LineMap(document: "c.md", starts: [3], lineNumbers: [2]),
    ])
    func binaryRoundTrip(_ map: LineMap) throws {
        var writer = BinaryWriter()
        writer.write(map)
        let decoded = try writer.bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            return try reader.read(LineMap.self)
        }
        #expect(decoded == map)
    }

    /// Joined lines: a paragraph of several lines maps each one; one line takes its text as it is.
    @Test func joinedTextsMapTheirLines() {
        let (text, map) = TextJoiner.join(
            [(3, "  First line"), (4, "second"), (5, "第三行"), (6, "继续")], document: "d.md")
        #expect(text == "First line second第三行继续")
        #expect(map.starts == [0, 11, 17, 26] && map.lineNumbers == [3, 4, 5, 6])
        let (single, singleMap) = TextJoiner.join([(8, " 只有一行 ")], document: "d.md")
        #expect(single == "只有一行" && singleMap == LineMap(document: "d.md", line: 8))
        let (blank, blankMap) = TextJoiner.join([(2, "  "), (3, "")], document: "d.md")
        #expect(blank.isEmpty && blankMap.lineNumbers == [2, 3])
    }
}
