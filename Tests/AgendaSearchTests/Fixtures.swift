import AgendaParser
import Foundation

@testable import AgendaSearch

/// Small hand-made corpora and the real one in `Data/`.
enum Fixtures {
    /// A passage of one line.
    static func passage(_ document: String, _ line: Int, _ text: String, kind: Passage.Kind = .paragraph)
        -> Passage
    {
        Passage(kind: kind, text: text, lines: LineMap(document: document, line: line))
    }

    /// A passage joined from consecutive lines starting at `line`, without separators (as CJK lines are).
    static func passage(_ document: String, from line: Int, lines: [String]) -> Passage {
        var starts: [Int] = []
        var offset = 0
        for text in lines {
            starts.append(offset)
            offset += text.utf8.count
        }
        let map = LineMap(document: document, starts: starts, lineNumbers: Array(line..<(line + lines.count)))
        return Passage(kind: .transcript, text: lines.joined(), lines: map)
    }

    static func corpus(
        passages: [Passage], concepts: [Concept] = [], challenges: [Challenge] = [], works: [Work] = []
    ) -> Corpus {
        var corpus = Corpus.empty
        corpus.passages = passages
        corpus.concepts = concepts
        corpus.challenges = challenges
        corpus.works = works
        return corpus
    }

    static func concept(
        _ term: String, english: String?, aliases: [String] = [], definition: String? = nil,
        at source: SourceLocation = SourceLocation(document: "terms.md", line: 1)
    ) -> Concept {
        Concept(
            term: term, english: english, aliases: aliases,
            aliasSources: aliases.map { AliasSource(alias: $0, source: source) }, definition: definition,
            definitionSource: definition == nil ? nil : source, definedAt: [source], occurrences: [source])
    }

    static func challenge(_ id: String, _ title: String, english: String?, summary: String? = nil, line: Int)
        -> Challenge
    {
        Challenge(
            id: id, agenda: "anwar2024", category: String(id.prefix(1)), title: title, titleEn: english,
            summary: summary, questions: [], source: SourceLocation(document: "agenda.md", line: line),
            discussedAt: [])
    }

    static func work(
        _ key: String, authors: [String], year: String?, title: String?, titleZh: String? = nil, line: Int
    ) -> Work {
        let source = SourceLocation(document: "refs.md", line: line)
        return Work(
            key: key, kind: .preprint, authors: authors, authorNames: [], year: year, title: title,
            titleZh: titleZh, venue: nil, details: nil, arxiv: nil, doi: nil, url: nil,
            mentions: [Mention(source: source, text: key, kind: .reference)], mergedBy: [])
    }

    /// The corpus in `Data/`, parsed once.
    static let real: Result<Corpus, any Error> = Result {
        var url = URL(fileURLWithPath: #filePath)
        while url.lastPathComponent != "Tests" { url.deleteLastPathComponent() }
        let data = url.deletingLastPathComponent().appendingPathComponent("Data").path
        return try AgendaParser.parse(directory: data)
    }

    static let realIndex: Result<SearchIndex, any Error> = real.map { SearchIndex(corpus: $0) }
}

extension SearchResults {
    /// `document:line` of each hit, in order.
    var sources: [String] { hits.map(\.source.description) }

    /// The highlighted parts of each hit's text.
    var highlighted: [[String]] {
        hits.map { hit in hit.matches.compactMap { $0.range(in: hit.text).map { String(hit.text[$0]) } } }
    }
}

extension Normaliser {
    static func string(_ text: String) -> String {
        var normaliser = Normaliser()
        return normaliser.normalise(text)
    }
}

/// `SourceLocation` of the model (Testing has a type of the same name).
typealias CorpusLocation = SourceLocation
