import Foundation
import Testing

@testable import AgendaCLI

/// The README's `$ agenda …` blocks are real output: each command runs on the
/// bundled corpus at 80 columns and must print what the README shows.
///
/// A line that is only `…` stands for any number of lines; a `…` inside a line
/// stands for any text (the README shortens long author lists that way).
@Suite("README examples")
struct ReadmeExampleTests {
    struct Example: CustomStringConvertible, Sendable {
        var arguments: [String]
        /// `> file` in the README: only the exit status is checked.
        var redirected: Bool
        var expected: [String]
        var description: String { "agenda " + arguments.joined(separator: " ") }
    }

    /// Every `$ agenda` command of the README's fenced blocks with the lines shown under it.
    static let examples: [Example] = {
        let url = CLI.packageRoot.appendingPathComponent("README.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inBlock = false
        var collecting = false  // inside a block, after a `$ agenda` line
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock.toggle()
                collecting = false
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ agenda ") {
                collecting = true
                let command = line.dropFirst("$ agenda ".count).split(separator: "  #")[0]
                let words = command.split(separator: " ").map(String.init)
                let arguments = Array(words.prefix { $0 != ">" })
                examples.append(
                    Example(arguments: arguments, redirected: arguments.count < words.count, expected: []))
            } else if collecting {
                examples[examples.count - 1].expected.append(String(line))
            }
        }
        return examples
    }()

    @Test func theReadmeHasExamples() {
        #expect(Self.examples.count >= 10)
    }

    @Test(arguments: examples)
    func exampleOutputIsReal(_ example: Example) {
        let result = CLI.run(example.arguments)
        guard !example.redirected else {
            #expect(result.status == 0, "\(example): \(result.error)")
            return
        }
        let printed = result.status == 0 ? result.output : result.error
        let mismatch = Self.mismatch(expected: Self.trimmed(example.expected), actual: Self.trimmed(printed))
        #expect(mismatch == nil, "\(example): \(mismatch ?? "")")
    }

    static func trimmed<Lines: Collection>(_ lines: Lines) -> [String] where Lines.Element == String {
        var lines = Array(lines)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    static func trimmed(_ text: String) -> [String] {
        trimmed(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// The first README line the output does not show where the README says, or nil.
    static func mismatch(expected: [String], actual: [String]) -> String? {
        var index = 0
        var skipping = false
        for line in expected {
            if line.trimmingCharacters(in: .whitespaces) == "…" {
                skipping = true
                continue
            }
            if skipping {
                while index < actual.count && !matches(actual[index], line) { index += 1 }
            }
            guard index < actual.count, matches(actual[index], line) else {
                return "README line '\(line)', printed '\(index < actual.count ? actual[index] : "<end>")'"
            }
            index += 1
            skipping = false
        }
        if !skipping && index < actual.count { return "printed more than the README shows: '\(actual[index])'" }
        return nil
    }

    /// Equal, or with each `…` of the README line standing for any text.
    static func matches(_ printed: String, _ shown: String) -> Bool {
        if printed == shown { return true }
        let pieces = shown.components(separatedBy: "…")
        guard pieces.count > 1 else { return false }
        var rest = Substring(printed)
        for (position, piece) in pieces.enumerated() where !piece.isEmpty {
            if position == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if position == pieces.count - 1 {
                return rest.hasSuffix(piece)
            } else {
                guard let range = rest.range(of: piece) else { return false }
                rest = rest[range.upperBound...]
            }
        }
        return true
    }
}
