import AgendaParser
import AgendaSearch

/// `agenda search`: concepts, challenges, works and passages, ranked, with matches highlighted.
enum SearchCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "search",
        abstract: "Search concepts, challenges, works and passages (Chinese needs no spaces; aliases count).",
        discussion: """
            All keywords must match (--any: one is enough); "quoted words" are one phrase. Chinese matches inside \
            longer words (奖励 finds 奖励劫持), English ignores case, full-width forms and Traditional characters \
            are folded, and a keyword that names a concept also finds its aliases (reward hacking → 奖励劫持, 奖励破解).
            """,
        options: [
            OptionSpec(
                "--kind", value: "kind", help: "Only hits of this kind (repeatable).",
                allowedValues: SearchHit.Kind.allCases.map(\.rawValue), repeatable: true),
            OptionSpec("--limit", short: "n", value: "n", help: "At most N hits of each kind (default 10)."),
            OptionSpec("--any", help: "Match any keyword instead of all."),
            OptionSpec("--explain", help: "Show tokens, alias expansions and each hit's score terms."),
            SharedOptions.json,
        ],
        positionals: [PositionalSpec("keyword", help: "Words or \"a phrase\" to find.", variadic: true)],
        examples: [
            .init("agenda search 奖励", "Chinese without spaces: finds 奖励劫持, 奖励模型, …"),
            .init("agenda search reward hacking", "Also the passages that say 奖励劫持 or 奖励破解."),
            .init("agenda search Ouyang --kind work", "Works by author, year or title words."),
        ],
        aliases: ["find"])

    static let defaultLimit = 10

    static func run(_ invocation: Invocation) throws {
        let command = invocation.command
        let text = command.positionalValues("keyword").joined(separator: " ")
        let limit = try command.integer("--limit", in: 1...100_000) ?? defaultLimit
        let kinds = Set(command.values("--kind").compactMap(SearchHit.Kind.init(rawValue:)))
        let query = SearchQuery(
            text, any: command.has("--any"), kinds: kinds.isEmpty ? Set(SearchHit.Kind.allCases) : kinds, limit: limit,
            explain: command.has("--explain"))
        let results = try invocation.search(query)
        if invocation.wantsJSON {
            invocation.console.write(try JSONOutput.encode(results.hits.map(SearchHitView.init)))
        } else if !results.isEmpty {
            invocation.console.write(SearchListing(results: results, console: invocation.console).render())
        }
        if results.isEmpty {
            throw CommandFailure.notFound(NoHitMessage.describe(results, query: text))
        }
    }
}

/// One line saying there was no hit, why, and what was close.
enum NoHitMessage {
    static func describe(_ results: SearchResults, query: String) -> String {
        var message = "no match for '\(query)'"
        if let reason = results.reasons.first { message += ": " + reason.message.trimmingCharacters(in: ["."]) }
        if !results.suggestions.isEmpty {
            message +=
                "; did you mean "
                + results.suggestions.prefix(3).map { "'\($0.description)'" }.joined(separator: " or ") + "?"
        }
        return message
    }
}

/// The people's view: one section per kind, each hit with its place, label, and a highlighted snippet.
struct SearchListing {
    var results: SearchResults
    var console: Console

    func render() -> String {
        var out = ""
        if let explanation = results.explanation { out += explain(explanation) }
        let sections: [(SearchHit.Kind, String)] = [
            (.concept, "Concepts"), (.challenge, "Challenges"), (.work, "Works"), (.passage, "Passages"),
        ]
        for (kind, title) in sections {
            let hits = results.hits(kind)
            guard !hits.isEmpty else { continue }
            let total = results.totals[kind] ?? hits.count
            let count = total > hits.count ? "\(hits.count) of \(total)" : "\(total)"
            out += (out.isEmpty ? "" : "\n") + console.styled("\(title) (\(count))", .bold) + "\n"
            for hit in hits { out += render(hit) }
        }
        return out
    }

    private func render(_ hit: SearchHit) -> String {
        var out = heading(hit)
        let measure = console.terminal.displayWidth
        let snippet = Snippet(
            source: hit.text, matches: hit.matches.map { $0.start..<$0.end },
            width: max(console.terminal.width - 6, 10), measure: measure)
        out += "      " + snippet.styledText(.highlight).rendered(colorEnabled: console.terminal.colorEnabled) + "\n"
        if let terms = hit.explanation?.terms {
            for term in terms {
                let line = String(
                    format:
                        "%@ in %@: tf %d, df %d, idf %.3f, len %d/%.1f, field ×%.1f, alias ×%.1f, phrase ×%.1f = %.3f",
                    term.keyword, term.field.rawValue, term.tf, term.df, term.idf, term.length, term.averageLength,
                    term.fieldWeight, term.aliasWeight, term.phraseBoost, term.score)
                out += console.paragraph(
                    StyledText(line + (term.via.map { " (via \($0))" } ?? ""), style: .dim), prefix: "      ")
            }
        }
        return out
    }

    /// A passage: its place, the alias, its section. Anything else: its title, then its place
    /// and the alias, on the title's line when they fit there and on their own line when not,
    /// so `document:line` is never wrapped at a hyphen.
    private func heading(_ hit: SearchHit) -> String {
        var place = StyledText(hit.source.description, style: .cyan)
        if let via = hit.via { place = place + StyledText("  via alias: \(via)", style: .yellow) }
        if hit.kind == .passage {
            let section = hit.title.isEmpty ? StyledText("") : StyledText("  \(hit.title)", style: .dim)
            return console.paragraph(place + section, prefix: "  ")
        }
        let title = StyledText(hit.title, style: .bold)
        let oneLine = title + StyledText("  ") + place
        if console.terminal.displayWidth.columns(oneLine.sanitized().text) <= console.terminal.width - 2 {
            return console.paragraph(oneLine, prefix: "  ")
        }
        return console.paragraph(title, prefix: "  ") + console.paragraph(place, prefix: "  ")
    }

    private func explain(_ explanation: SearchExplanation) -> String {
        var out = console.styled("Query", .bold) + "  mode: \(explanation.mode)\n"
        for clause in explanation.clauses {
            out += console.paragraph(
                StyledText("“\(clause.text)”" + (clause.concept.map { " → concept \($0)" } ?? "")), prefix: "  ")
            for alternative in clause.alternatives {
                let keywords = alternative.keywords.map {
                    "\($0.text) [\($0.tokens.joined(separator: " "))] in \($0.passages) passages"
                }
                out += console.paragraph(
                    StyledText(
                        (alternative.via.map { "via \($0): " } ?? "as typed: ") + keywords.joined(separator: ", "),
                        style: .dim), prefix: "    ")
            }
        }
        if !explanation.ignored.isEmpty { out += "  ignored: \(explanation.ignored.joined(separator: " "))\n" }
        return out
    }
}

/// `--json`: `kind`, `title`, `snippet`, `score`, `via`, `source`, and occurrences or mentions.
struct SearchHitView: Encodable {
    var hit: SearchHit

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.put(hit.kind.rawValue, "kind")
        try container.put(hit.id, "id")
        try container.put(hit.title, "title")
        let snippet = Snippet(source: hit.text, matches: hit.matches.map { $0.start..<$0.end }, width: 100)
        try container.put(snippet.text, "snippet")
        try container.put(snippet.matches.map { [$0.lowerBound, $0.upperBound] }, "matches")
        try container.put((hit.score * 1000).rounded() / 1000, "score")
        try container.put(hit.via, "via")
        try container.put(hit.field.rawValue, "field")
        try container.put(SourceView(source: hit.source), "source")
        switch hit.kind {
        case .concept: try container.put(hit.sources.views, "occurrences")
        case .work: try container.put(hit.sources.views, "mentions")
        case .challenge: try container.put(hit.sources.views, "discussedAt")
        case .passage: try container.put(hit.passageKind?.rawValue, "passageKind")
        }
        if let terms = hit.explanation?.terms { try container.put(terms, "explanation") }
    }
}
