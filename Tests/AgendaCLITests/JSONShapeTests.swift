import Foundation
import Testing

@testable import AgendaCLI

/// The `--json` contract of README "JSON output": field names, sorted keys, nulls.
@Suite("JSON output shapes")
struct JSONShapeTests {
    static func object(_ arguments: [String]) throws -> Any {
        let result = CLI.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.error)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    }

    static func keys(_ value: Any?) -> Set<String> {
        Set((value as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func dumpIsTheDocumentedModel() throws {
        let dump = try #require(try Self.object(["dump"]) as? [String: Any])
        #expect(
            Self.keys(dump) == [
                "schemaVersion", "documents", "agendas", "categories", "challenges", "concepts", "works",
            ])
        #expect(dump["schemaVersion"] as? Int == 1)
        let category = try #require((dump["categories"] as? [[String: Any]])?.first)
        #expect(Self.keys(category) == ["id", "agenda", "name", "nameEn", "source"])
        #expect(Self.keys(category["source"]) == ["document", "line"])
        let challenges = try #require(dump["challenges"] as? [[String: Any]])
        #expect(challenges.count == 29)
        #expect(
            Self.keys(challenges[0]) == [
                "id", "agenda", "category", "title", "titleEn", "summary", "questions", "source", "discussedAt",
            ])
        let s1 = try #require(challenges.first { $0["id"] as? String == "S1" })
        #expect(s1["titleEn"] is NSNull, "absent values are null, never missing or empty")
        let concept = try #require((dump["concepts"] as? [[String: Any]])?.first)
        #expect(
            Self.keys(concept) == [
                "term", "english", "aliases", "aliasSources", "definition", "definitionSource", "definedAt",
                "occurrences",
            ])
        let works = try #require(dump["works"] as? [[String: Any]])
        #expect(works.count == 74)
        #expect(
            Self.keys(works[0]) == [
                "key", "kind", "authors", "authorNames", "year", "month", "title", "titleZh", "venue", "details",
                "arxiv", "doi", "url", "mentions", "mergedBy",
            ])
        let mention = try #require((works[0]["mentions"] as? [[String: Any]])?.first)
        #expect(Self.keys(mention) == ["document", "line", "text", "kind", "locator"])
        let document = try #require((dump["documents"] as? [[String: Any]])?.first)
        #expect(Self.keys(document) == ["name", "title", "format", "role", "lineCount", "metadata", "outline"])
    }

    @Test func keysAreSorted() {
        let output = CLI.run(["categories", "--json"]).output
        let keys = output.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("    \""), let end = line.dropFirst(5).firstIndex(of: "\"") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 5)..<end])
        }
        #expect(Array(keys.prefix(6)) == ["agenda", "challengeCount", "id", "name", "nameEn", "source"])
    }

    @Test func searchHits() throws {
        let hits = try #require(try Self.object(["search", "reward hacking", "--json"]) as? [[String: Any]])
        #expect(
            hits.map { $0["kind"] as? String } == ["concept", "concept", "challenge", "passage", "passage", "passage"])
        let passage = try #require(hits.last)
        #expect(
            Self.keys(passage) == [
                "kind", "id", "title", "snippet", "matches", "score", "via", "field", "source", "passageKind",
            ])
        #expect(passage["via"] as? String == "奖励破解")
        #expect(Self.keys(passage["source"]) == ["document", "line"])
        #expect(Self.keys(hits[0]).contains("occurrences"))
    }

    @Test func otherListings() throws {
        let show = try #require(try Self.object(["show", "2.5", "--json"]) as? [String: Any])
        #expect(Self.keys(show) == ["challenge", "agenda", "category", "concepts", "works", "discussedAt"])
        let docs = try #require(try Self.object(["docs", "--json"]) as? [[String: Any]])
        #expect(Self.keys(docs.first?["counts"]) == ["challenges", "concepts", "works", "passages", "headings"])
        let coverage = try #require(try Self.object(["coverage", "--json"]) as? [String: Any])
        #expect(Self.keys(coverage) == ["challenges", "documents", "cells"])
        let check = try #require(try Self.object(["check", "--json"]) as? [[String: Any]])
        #expect(Self.keys(check.first) == ["id", "severity", "document", "line", "message"])
    }
}

@Suite("No line wider than --width, for every command on the real corpus")
struct WidthTests {
    @Test(arguments: [40, 80, 120])
    func everyCommandFits(width: Int) {
        let commands: [[String]] = [
            ["challenges"], ["challenges", "--tree"], ["categories"], ["show", "2.6"], ["show", "T2"], ["concepts"],
            ["docs"], ["outline", "xiong"], ["coverage"], ["search", "对齐"], ["search", "reward hacking", "--explain"],
        ]
        // `check` is left out on purpose: its `document:line: warning: …` lines stay whole for editors and scripts.
        for command in commands {
            let result = CLI.run(command, width: width)
            #expect(result.status == 0, "\(command)")
            let wide = result.output.split(separator: "\n").filter { DisplayWidth.standard.columns($0) > width }
            #expect(wide.isEmpty, "\(command) at \(width): \(wide.first ?? "")")
        }
    }

    @Test("Search keeps every hit's document:line on one line", arguments: [40, 80, 120])
    func searchPlacesStayWhole(width: Int) throws {
        for query in ["reward hacking", "奖励", "Ouyang"] {
            let json = CLI.run(["search", query, "--json"])
            let hits = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
            let people = CLI.run(["search", query], width: width).output
            for hit in hits {
                let source = try #require(hit["source"] as? [String: Any])
                let place = "\(source["document"] ?? ""):\(source["line"] ?? "")"
                #expect(people.contains(place), "\(query) at \(width): \(place)")
            }
        }
    }
}
