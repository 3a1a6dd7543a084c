import Foundation
import Testing

@testable import AgendaSearch

/// The generated Traditional → Simplified table agrees with ICU.
///
/// `AGENDA_RECORD_TABLES=1 swift test --filter TraditionalSimplifiedTableTests`
/// rewrites `Sources/AgendaSearch/Text/TraditionalSimplified+Table.swift` from
/// Foundation's transform (and then fails, so a recording run is never green).
@Suite struct TraditionalSimplifiedTableTests {
    /// ICU's mapping for every scalar of the generated ranges that changes.
    static func icuPairs() -> [(Unicode.Scalar, Unicode.Scalar)] {
        let transform = StringTransform("Traditional-Simplified")
        var pairs: [(Unicode.Scalar, Unicode.Scalar)] = []
        for range in TraditionalSimplified.generatedRanges {
            let scalars = range.compactMap(Unicode.Scalar.init)
            var input = ""
            for scalar in scalars {
                input.unicodeScalars.append(scalar)
                input.unicodeScalars.append("\n")
            }
            let output = input.applyingTransform(transform, reverse: false) ?? input
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
            for (scalar, line) in zip(scalars, lines) where line.unicodeScalars.count == 1 {
                let mapped = line.unicodeScalars.first!
                if mapped != scalar { pairs.append((scalar, mapped)) }
            }
        }
        return pairs
    }

    static func render(_ pairs: [(Unicode.Scalar, Unicode.Scalar)]) -> String {
        var lines: [String] = []
        var line: [String] = []
        for (from, to) in pairs {
            line.append(String(from) + String(to))
            if line.count == 32 {
                lines.append("        " + line.joined(separator: " "))
                line = []
            }
        }
        if !line.isEmpty { lines.append("        " + line.joined(separator: " ")) }
        return """
            // Generated from ICU's Traditional-Simplified transform by
            // TraditionalSimplifiedTableTests (AGENDA_RECORD_TABLES=1). Do not edit.

            extension TraditionalSimplified {
                /// Pairs of (traditional, simplified) ideographs, \(pairs.count) in all; whitespace is ignored.
                static let table = \"\"\"
            \(lines.joined(separator: "\n"))
                    \"\"\"
            }

            """
    }

    @Test func tableMatchesICU() throws {
        let expected = Self.icuPairs()
        if ProcessInfo.processInfo.environment["AGENDA_RECORD_TABLES"] == "1" {
            var url = URL(fileURLWithPath: #filePath)
            while url.lastPathComponent != "Tests" { url.deleteLastPathComponent() }
            let file = url.deletingLastPathComponent()
                .appendingPathComponent("Sources/AgendaSearch/Text/TraditionalSimplified+Table.swift")
            try Self.render(expected).write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(expected.count) pairs to \(file.path); run again without AGENDA_RECORD_TABLES.")
            return
        }
        let table = TraditionalSimplified.pairs
        #expect(table.count == expected.count)
        #expect(table.map(\.0) == expected.map(\.0.value))
        #expect(table.map(\.1) == expected.map(\.1.value))
    }

    @Test func everyMappingIsOneIdeographToOne() {
        #expect(TraditionalSimplified.pairs.count == 3080)
        #expect(TraditionalSimplified.simplify(0x5C0D) == 0x5BF9)  // 對 → 对
        #expect(TraditionalSimplified.simplify(0x5BF9) == 0x5BF9)  // 对 stays
        #expect(TraditionalSimplified.simplify(0x41) == 0x41)
    }
}
