import AgendaCache
import Foundation

/// `agenda cache`: where the data directory's cache is, whether it is fresh, and `--clear`.
enum CacheCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "cache",
        abstract:
            "Show the on-disk cache of the data directory (where, how big, fresh or why not); --clear removes it.",
        discussion: """
            Every command reads the corpus and search index from a cache under $AGENDA_CACHE_DIR, \
            $XDG_CACHE_HOME/agenda or ~/.cache/agenda when the documents have not changed since it was written \
            (same files, sizes and times, or the same content), and parses them otherwise. A cache from another \
            build of agenda, or a damaged one, is ignored and rewritten. --no-cache or AGENDA_CACHE=off turn it off.
            """,
        options: [OptionSpec("--clear", help: "Remove the cache file."), SharedOptions.json],
        examples: [
            .init("agenda cache", "Where the cache is and whether it is fresh."),
            .init("agenda cache --clear", "Remove it; the next command parses the documents again."),
        ])

    static func run(_ invocation: Invocation) throws {
        let store = try invocation.corpusStore()
        guard let file = store.cacheFile else {
            let reason = "caching is off (--no-cache, AGENDA_CACHE=off, or no HOME, XDG_CACHE_HOME or AGENDA_CACHE_DIR)"
            if invocation.wantsJSON {
                let view = CacheView(
                    path: nil, dataDirectory: store.dataDirectory, fresh: false, reason: reason, size: nil)
                invocation.console.write(try JSONOutput.encode(view))
            } else {
                invocation.console.write(reason + "\n")
            }
            return
        }
        if invocation.command.has("--clear") {
            let removed = store.clear()
            if invocation.wantsJSON {
                invocation.console.write(try JSONOutput.encode(ClearedView(path: file, removed: removed)))
            } else {
                invocation.console.write(removed ? "removed \(file)\n" : "no cache to remove at \(file)\n")
            }
            return
        }
        let reason = store.staleness()
        let view = CacheView(
            path: file, dataDirectory: store.dataDirectory, fresh: reason == nil, reason: reason,
            size: store.cacheFileSize, sections: store.cachedSections)
        if invocation.wantsJSON {
            invocation.console.write(try JSONOutput.encode(view))
            return
        }
        let state = view.fresh ? "fresh" : "stale: \(view.reason ?? "unknown")"
        var rows: [(String, String)] = [
            ("Cache", TerminalText.sanitize(file)), ("Data", TerminalText.sanitize(view.dataDirectory)),
            ("State", state), ("Size", view.size.map(Self.size) ?? "none"),
        ]
        if let sections = view.sections { rows.append(("Holds", Self.holdings(sections))) }
        for (label, value) in rows {
            let padding = String(repeating: " ", count: 7 - label.count)
            invocation.console.write(invocation.console.styled(label, .bold) + padding + value + "\n")
        }
    }

    /// What a cache holding `sections` serves, in words.
    static func holdings(_ sections: [String]) -> String {
        if sections.contains("index") { return "the whole corpus and its search index" }
        if sections.contains("passages") { return "the whole corpus (the next search adds its index)" }
        return "the challenges (the next command that needs more parses the rest)"
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20
            ? String(format: "%.1f MiB", Double(bytes) / Double(1 << 20))
            : String(format: "%.0f KiB", Double(bytes) / 1024)
    }
}

struct CacheView: Encodable {
    var path: String?
    var dataDirectory: String
    var fresh: Bool
    var reason: String?
    var size: Int?
    /// The cache file's sections, when it is readable.
    var sections: [String]? = nil

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(path, "path")
        try container.put(dataDirectory, "dataDirectory")
        try container.put(fresh, "fresh")
        try container.put(reason, "reason")
        try container.put(size, "size")
        try container.put(sections, "sections")
    }
}

struct ClearedView: Encodable {
    var path: String
    var removed: Bool
}
