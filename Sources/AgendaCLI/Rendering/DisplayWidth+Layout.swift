extension DisplayWidth {
    /// Columns of the widest `\n`-separated line.
    func widestLine(_ text: String) -> Int {
        guard text.utf8.contains(0x0A) else { return columns(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { columns($0) }.max() ?? 0
    }

    /// The longest prefix of `text` (a UTF-8 length, on a cluster boundary)
    /// that fits in `limit` columns.
    func prefixLength(_ text: String, fitting limit: Int) -> Int {
        var used = 0
        var length = 0
        var full = false
        forEachCluster(in: text) { cluster in
            guard !full, used + cluster.columns <= limit else {
                full = true
                return
            }
            used += cluster.columns
            length = cluster.end
        }
        return length
    }

    /// `text` on one line of at most `limit` columns: itself when it fits,
    /// else cut and ended with `…` (trailing spaces before the `…` dropped).
    func truncate(_ text: StyledText, toColumns limit: Int) -> StyledText {
        if columns(text.text) <= limit { return text }
        let ellipsis = columns("…")
        guard limit >= ellipsis else { return text.slice(0..<prefixLength(text.text, fitting: limit)) }
        var kept = text.slice(0..<prefixLength(text.text, fitting: limit - ellipsis))
        while kept.text.hasSuffix(" ") { kept = kept.slice(0..<(kept.text.utf8.count - 1)) }
        return kept + StyledText("…")
    }

    func truncate(_ text: String, toColumns limit: Int) -> String {
        truncate(StyledText(text), toColumns: limit).text
    }
}
