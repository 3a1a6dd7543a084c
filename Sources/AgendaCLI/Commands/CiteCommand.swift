import AgendaExport
import AgendaParser

/// `agenda cite`: export cited works as BibTeX, BibLaTeX, CSL-JSON, RIS, Markdown or JSON.
enum CiteCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "cite",
        abstract: "Export the cited works (all, a challenge's, or a document's) in a citation format.",
        discussion: """
            Every work appears once, merged from all its mentions, with a key that stays the same across runs \
            (holtzman2023, christiano2018a). Markdown lists every mention as document:line.
            """,
        options: [
            OptionSpec(
                "--format", short: "f", value: "format", help: "Output format (default: bibtex).",
                allowedValues: CitationFormat.allCases.map(\.rawValue)),
            OptionSpec(
                "--challenge", short: "c", value: "challenge",
                help: "Only works cited where this challenge is discussed."),
            SharedOptions.document,
            OptionSpec("--key", short: "k", value: "key", help: "Only this work (repeatable).", repeatable: true),
            OptionSpec(
                "--group-by", value: "grouping",
                help: "Markdown: group the list by document (default) or by challenge, or 'none' for one list.",
                allowedValues: ["document", "challenge", "none"]),
            SharedOptions.output, SharedOptions.force, SharedOptions.json,
        ],
        examples: [
            .init("agenda cite -f bibtex -o refs.bib", "Every work as BibTeX, written atomically."),
            .init("agenda cite -f csl-json --challenge 2.3", "The works behind one challenge, for pandoc --citeproc."),
            .init("agenda cite -f markdown --group-by challenge", "A reading list per challenge."),
        ],
        aliases: ["export"])

    static func run(_ invocation: Invocation) throws {
        let command = invocation.command
        if command.value("--group-by") != nil
            && (invocation.wantsJSON || (command.value("--format") ?? "bibtex") != CitationFormat.markdown.rawValue)
        {
            throw CommandFailure.usage("--group-by applies to -f markdown only")
        }
        // Filters by challenge or document, and lists by challenge, need where works are cited.
        let usesRelations =
            command.value("--challenge") != nil || command.value("--document") != nil
            || command.value("--group-by") == "challenge"
        let corpus: Corpus
        if usesRelations && command.value("--group-by") == nil && command.values("--key").isEmpty {
            // Only the works and passages of the challenge's and the document's documents.
            corpus = try invocation.corpus([.concepts, .works, .passages]) { base in
                var documents = Set<String>()
                if let query = command.value("--challenge") {
                    documents.formUnion(
                        try invocation.lookup(query, Lookups.challenge, in: base.challenges, what: "challenge")
                            .documents)
                }
                if let query = command.value("--document") {
                    documents.insert(
                        try invocation.lookup(query, Lookups.document, in: base.documents, what: "document").name)
                }
                return documents
            }
        } else {
            corpus = try invocation.corpus(usesRelations ? [.concepts, .works, .passages] : [.works])
        }
        let format =
            invocation.wantsJSON
            ? .json : (command.value("--format").flatMap(CitationFormat.init(rawValue:)) ?? .bibtex)
        let relations = usesRelations ? CorpusRelations(corpus: corpus) : CorpusRelations(corpus: .empty)
        var works = corpus.works
        // What the filters asked for, to say so when nothing is left.
        var scope: [String] = []
        if let query = command.value("--challenge") {
            let challenge = try invocation.lookup(query, Lookups.challenge, in: corpus.challenges, what: "challenge")
            let keys = Set(relations.citations(for: challenge.id).map(\.key))
            works = works.filter { keys.contains($0.key) }
            scope.append("cited where challenge \(challenge.id) is discussed")
        }
        if let query = command.value("--document") {
            let document = try invocation.lookup(query, Lookups.document, in: corpus.documents, what: "document")
            let keys = Set(relations.works(citedIn: document.name).map(\.key))
            works = works.filter { keys.contains($0.key) }
            scope.append("cited in \(document.name)")
        }
        let keys = command.values("--key")
        if !keys.isEmpty {
            let known = Set(corpus.works.map(\.key))
            if let unknown = keys.first(where: { !known.contains($0) }) {
                let close = EditDistance.suggestions(for: unknown, among: Array(known))
                throw CommandFailure.notFound(
                    "no work with key '\(unknown)'"
                        + (close.isEmpty ? "" : "; did you mean \(close.map { "'\($0)'" }.joined(separator: " or "))?"))
            }
            works = works.filter { keys.contains($0.key) }
            scope.append("with the given keys")
        }
        guard !works.isEmpty else {
            throw CommandFailure.notFound(
                "no works " + (scope.isEmpty ? "in the data directory" : scope.joined(separator: " and ")))
        }
        var groups: [ReferenceGroup]?
        if format == .markdown {
            switch command.value("--group-by") {
            case "challenge": groups = ReferenceGroup.byChallenge(relations)
            case "none": groups = nil
            default: groups = ReferenceGroup.byDocument(works, documents: corpus.documents)
            }
        }
        let text = format.render(works, groups: groups)
        try ExportDestination.deliver(
            text, invocation: invocation, what: "\(English.count(works.count, "work")) (\(format.rawValue))")
    }
}
