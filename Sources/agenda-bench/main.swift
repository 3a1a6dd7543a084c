import AgendaParser
import Foundation
let dir = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Data"
var elapsed = 1e9
var corpus = Corpus.empty
for _ in 0..<(Int(ProcessInfo.processInfo.environment["N"] ?? "30") ?? 30) {
    let start = Date()
    corpus = try AgendaParser.parse(directory: dir)
    elapsed = min(elapsed, Date().timeIntervalSince(start))
}
for w in corpus.works {
    print("\(w.key) [\(w.kind.rawValue)] \(w.authors.joined(separator: "; ")) | \(w.year ?? "-") | \(w.title ?? "-") | zh:\(w.titleZh ?? "-") | v:\(w.venue ?? "-") d:\(w.details ?? "-") | arxiv:\(w.arxiv ?? "-") doi:\(w.doi ?? "-") url:\(w.url ?? "-") | \(w.mentions.count) \(w.mergedBy.map(\.rawValue))")
    for m in w.mentions { print("    \(m.source) \(m.kind.rawValue) \(m.text.prefix(70))\(m.locator.map { " loc=" + $0 } ?? "")") }
}
for d in corpus.diagnostics { print(d) }
print("works: \(corpus.works.count) time: \(elapsed * 1000) ms")
