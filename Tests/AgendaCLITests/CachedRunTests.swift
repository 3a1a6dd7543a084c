import Foundation
import Testing

@testable import AgendaCLI

/// Every command prints the same from a fresh cache as from a parse, and
/// `agenda cache` reports and clears it.
@Suite("Commands with the on-disk cache")
struct CachedRunTests {
    static let commands: [[String]] = [
        ["challenges"], ["challenges", "--tree", "--json"], ["categories"], ["show", "2.4"], ["show", "2.3", "--json"],
        ["show", "越狱"], ["show", "no-such-challenge"],
        ["search", "reward", "hacking"], ["search", "Ouyang", "--json"], ["search", "scalable", "oversigt"],
        ["concepts", "--json"], ["cite"], ["cite", "-f", "csl-json", "--challenge", "2.3"],
        ["cite", "-d", "xiong", "-f", "ris"],
        ["cite", "-c", "2.4", "-d", "scientific", "--json"], ["cite", "-c", "2.3", "-k", "no-such-key"],
        ["cite", "-f", "markdown", "--group-by", "challenge"], ["docs", "--json"], ["outline", "xiong"],
        ["coverage", "--json"], ["graph", "--format", "json"], ["check"], ["dump", "--json"],
    ]

    @Test(arguments: commands)
    func sameOutputFromCacheAndParse(arguments: [String]) throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agenda-cli-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = ["AGENDA_CACHE_DIR": cache.path]
        let parsed = CLI.run(arguments)
        let writing = CLI.run(arguments, environment: environment)
        let reading = CLI.run(arguments, environment: environment)
        let searchedFirst = CLI.run(["search", "对齐"], environment: environment)
        let afterIndex = CLI.run(arguments, environment: environment)
        #expect(searchedFirst.status == 0)
        for run in [writing, reading, afterIndex] {
            #expect(run.output == parsed.output)
            #expect(run.error == parsed.error)
            #expect(run.status == parsed.status)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).count == 1)
    }

    @Test func cacheCommandReportsAndClears() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agenda-cli-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = ["AGENDA_CACHE_DIR": cache.path]
        let before = CLI.run(["cache"], environment: environment)
        #expect(before.status == 0)
        #expect(before.output.contains("State  stale: no cache file"))
        _ = CLI.run(["challenges"], environment: environment)
        let after = CLI.run(["cache", "--json"], environment: environment)
        let json = try JSONSerialization.jsonObject(with: Data(after.output.utf8)) as? [String: Any]
        #expect(json?["fresh"] as? Bool == true)
        #expect((json?["path"] as? String)?.hasPrefix(cache.path) == true)
        #expect(json?["dataDirectory"] as? String == CLI.dataDirectory)
        #expect(json?["reason"] is NSNull)
        #expect(json?["sections"] as? [String] == ["core", "challenges", "outlines"])
        #expect(CLI.run(["cache"], environment: environment).output.contains("Holds  the challenges"))
        _ = CLI.run(["search", "对齐"], environment: environment)
        #expect(
            CLI.run(["cache"], environment: environment).output.contains("Holds  the whole corpus and its search index")
        )
        let cleared = CLI.run(["cache", "--clear"], environment: environment)
        #expect(cleared.status == 0 && cleared.output.hasPrefix("removed "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).isEmpty)
        let off = CLI.run(["--no-cache", "cache"], environment: environment)
        #expect(off.output.hasPrefix("caching is off"))
    }
}
