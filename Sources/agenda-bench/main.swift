import AgendaParser
import AgendaSearch
import Foundation

// `agenda-bench`: where the time of one search goes, phase by phase, measured
// in-process so start-up and rendering do not blur it. `.ci/bench` drives it
// next to the end-to-end timings; see README "Performance".

let usage = """
    Usage: agenda-bench <data-dir> [--runs N] [--query Q]

    Times, in one process and after a warm-up run, the phases of `agenda search`
    over <data-dir>: reading (directory walk, read, decode, line split), parsing
    (blocks, extraction, resolution), caching (encoding the corpus sections as
    the cache file holds them, sent nowhere: no disk time), indexing (building
    the search index and encoding it, as a search that writes the cache does)
    and ranking (one query, on the index read back); and those of a search
    with --no-cache, which parses only what a search reads (no diagnostics) and
    scans the passages for the query instead of indexing them, then ranks.
    Prints the median of N runs (default 5) of each phase.

    """

struct Options {
    var directory = ""
    var runs = 5
    var query = "对齐"

    static func parse(_ arguments: [String]) -> Options? {
        var options = Options()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { return nil }
                options.runs = value
            case "--query":
                guard let value = rest.popFirst() else { return nil }
                options.query = value
            case "-h", "--help":
                return nil
            default:
                guard options.directory.isEmpty, !argument.hasPrefix("-") else { return nil }
                options.directory = argument
            }
        }
        return options.directory.isEmpty ? nil : options
    }
}

/// Seconds taken by `body`, and its result.
func timed<T>(_ body: () throws -> T) rethrows -> (Double, T) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, value)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}

var phases: [String: [Double]] = [:]
var bytes = 0
var hitCount = 0
do {
    for run in 0...options.runs {
        let (reading, loaded) = try timed { try CorpusLoader().load(directory: options.directory) }
        let (parsing, corpus) = timed { AgendaParser.parse(loaded.texts) }
        // A search that writes the cache encodes the corpus sections, then builds the index
        // straight into the file (letting the corpus go), and reads it back from there.
        let (caching, encodedBytes) = timed {
            var sent = 0
            corpus.encodeSections { _, encode in encode { sent += $0.count } }
            return sent
        }
        precondition(encodedBytes > 0)
        var released: Corpus? = corpus
        let (indexing, encodedIndex) = timed {
            var encoder = BinaryWriter()
            precondition(
                SearchIndex.encodeCollections(
                    of: &released, spillingTextsTo: FileManager.default.temporaryDirectory.path, to: &encoder))
            return encoder.bytes
        }
        let index = try encodedIndex.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            return try SearchIndex(corpus: corpus, records: SearchRecords(corpus), collections: &reader)
        }
        let query = SearchQuery(options.query, limit: 10)
        let (ranking, results) = timed { index.search(query) }
        // `--no-cache` parses what a search reads (no diagnostics) and indexes no passages:
        // it scans them for the query's patterns instead.
        let (searchParsing, searched) = timed { AgendaParser.parse(loaded.texts, parts: SearchIndex.corpusParts) }
        let (scanning, unindexed) = timed { SearchIndex(corpus: searched, scanningPassagesFor: query) }
        let (scannedRanking, scanned) = timed { unindexed.search(query) }
        precondition(scanned.hits == results.hits, "the scanned passages give other hits")
        guard run > 0 else {
            bytes = loaded.texts.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.utf8.count + 1 } }
            hitCount = results.totals.values.reduce(0, +)
            continue
        }
        for (name, seconds) in [
            ("reading", reading), ("parsing", parsing), ("indexing", indexing), ("caching", caching),
            ("ranking", ranking), ("parsing (search)", searchParsing), ("scanning", scanning),
            ("ranking (scan)", scannedRanking),
        ] {
            phases[name, default: []].append(seconds)
        }
    }
} catch {
    FileHandle.standardError.write(Data("agenda-bench: \(error)\n".utf8))
    exit(1)
}

/// The phases of a search that builds the cache, and of one with `--no-cache`.
let paths = [
    ("cached", ["reading", "parsing", "caching", "indexing", "ranking"]),
    ("no cache", ["reading", "parsing (search)", "scanning", "ranking (scan)"]),
]
let megabytes = Double(bytes) / 1e6
print(
    String(
        format: "%@: %.1f MB, %d hits for '%@', median of %d runs", options.directory, megabytes, hitCount,
        options.query, options.runs))
for (path, order) in paths {
    let medians = order.map { median(phases[$0] ?? [0]) }
    let total = medians.reduce(0, +)
    print("\n" + "\(path) phase".padding(toLength: 16, withPad: " ", startingAt: 0) + "        ms       MB/s   share")
    for (name, seconds) in zip(order + ["total"], medians + [total]) {
        print(
            String(
                format: "%@ %9.2f %10.1f %6.1f%%", name.padding(toLength: 16, withPad: " ", startingAt: 0),
                seconds * 1000, megabytes / max(seconds, 1e-9), seconds / max(total, 1e-9) * 100))
    }
}
