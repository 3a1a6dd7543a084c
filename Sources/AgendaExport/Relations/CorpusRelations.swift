import AgendaParser

/// Who cites, discusses and defines what: the links between challenges, documents,
/// concepts and works, computed once from a corpus. Pure: no I/O.
///
/// - A challenge is *discussed* at its `source` and its `discussedAt` lines; the
///   works *cited for* it are those mentioned anywhere in the passages holding
///   those lines (the table row, the paragraph with `第2.4.5节`).
/// - A challenge *involves* a concept when one of the concept's names occurs in
///   its title, English title, summary or questions.
/// - A document *cites* a work when a mention of it lies in the document, and
///   *defines* a concept when the concept is introduced there (`definedAt`,
///   `definitionSource`).
public struct CorpusRelations: Sendable {
    public let corpus: Corpus
    let passages: PassageIndex
    /// Per document, every mention as (line, work index, mention index), by line.
    private let mentionsByDocument: [String: [(line: Int, work: Int, mention: Int)]]
    /// Finds concept names in a challenge's text; matches are computed when asked for
    /// (a summary needs one challenge's, a graph each challenge's once).
    private let matchers: ConceptMatcher

    public init(corpus: Corpus) {
        self.corpus = corpus
        passages = PassageIndex(corpus.passages)
        var mentions: [String: [(line: Int, work: Int, mention: Int)]] = [:]
        for (workIndex, work) in corpus.works.enumerated() {
            for (mentionIndex, mention) in work.mentions.enumerated() {
                mentions[mention.source.document, default: []].append((mention.source.line, workIndex, mentionIndex))
            }
        }
        for document in mentions.keys {
            mentions[document]?.sort { ($0.line, $0.work, $0.mention) < ($1.line, $1.work, $1.mention) }
        }
        mentionsByDocument = mentions
        matchers = ConceptMatcher(concepts: corpus.concepts)
    }

    /// The challenge with this id, if the corpus has one.
    public func challenge(_ id: String) -> Challenge? {
        corpus.challenges.first { $0.id == id }
    }

    /// Where a challenge is discussed: the line ranges of the passages holding its
    /// source and `discussedAt` lines, by document and line, without repeats.
    public func discussionPassages(of challengeID: String) -> [SourceRange] {
        guard let challenge = challenge(challengeID) else { return [] }
        return Self.discussionRanges(of: challenge, passages: passages)
    }

    /// Works cited where the challenge is discussed, by key, each with the mentions that tie it there.
    public func citations(for challengeID: String) -> [WorkCitation] {
        guard let challenge = challenge(challengeID) else { return [] }
        return Self.citations(
            at: Self.discussionRanges(of: challenge, passages: passages), in: corpus, mentions: mentionsByDocument)
    }

    /// The concepts a challenge involves, in corpus order.
    public func concepts(involvedIn challengeID: String) -> [ConceptMatch] {
        guard let challenge = challenge(challengeID) else { return [] }
        return matchers.matches(in: challenge)
    }

    /// Works with a mention in `document`, by key.
    public func works(citedIn document: String) -> [Work] {
        let indices = Set((mentionsByDocument[document] ?? []).map(\.work))
        return indices.sorted { Self.keyOrder(corpus.works, $0, $1) }.map { corpus.works[$0] }
    }

    /// Document name → keys of the works it cites, by key; only documents that cite something.
    public var citingDocuments: [String: [String]] {
        mentionsByDocument.mapValues { list in
            Set(list.map { corpus.works[$0.work].key }).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
    }

    /// Concepts introduced in `document` (by `definedAt` or `definitionSource`), in corpus order.
    public func concepts(definedIn document: String) -> [Concept] {
        corpus.concepts.filter { Self.definitionSites(of: $0).contains { $0.document == document } }
    }

    /// Where a concept is introduced: `definedAt` and its definition's source, sorted, without repeats.
    public static func definitionSites(of concept: Concept) -> [SourceLocation] {
        Array(Set(concept.definedAt + (concept.definitionSource.map { [$0] } ?? []))).sorted()
    }

    /// By key, then corpus order for the (unexpected) works that share a key.
    static func keyOrder(_ works: [Work], _ lhs: Int, _ rhs: Int) -> Bool {
        let left = works[lhs].key
        let right = works[rhs].key
        return left == right ? lhs < rhs : left.utf8.lexicographicallyPrecedes(right.utf8)
    }

    static func discussionRanges(of challenge: Challenge, passages: PassageIndex) -> [SourceRange] {
        let ranges = ([challenge.source] + challenge.discussedAt).map { location in
            let lines = passages.lines(around: location)
            return SourceRange(document: location.document, lines: lines)
        }
        return Array(Set(ranges)).sorted()
    }

    private static func citations(
        at ranges: [SourceRange], in corpus: Corpus,
        mentions: [String: [(line: Int, work: Int, mention: Int)]]
    ) -> [WorkCitation] {
        var byWork: [Int: [Mention]] = [:]
        var seen = Set<[Int]>()
        for range in ranges {
            for entry in mentions[range.document] ?? [] where range.lines.contains(entry.line) {
                guard seen.insert([entry.work, entry.mention]).inserted else { continue }
                byWork[entry.work, default: []].append(corpus.works[entry.work].mentions[entry.mention])
            }
        }
        return byWork.keys.sorted { Self.keyOrder(corpus.works, $0, $1) }.map { index in
            let mentions = byWork[index] ?? []
            return WorkCitation(
                work: corpus.works[index], mentions: mentions.sorted { ($0.source, $0.text) < ($1.source, $1.text) })
        }
    }
}

/// A work and the mentions of it that link it to something (a challenge's discussion).
public struct WorkCitation: Hashable, Sendable {
    public var work: Work
    public var mentions: [Mention]

    public init(work: Work, mentions: [Mention]) {
        self.work = work
        self.mentions = mentions
    }

    public var key: String { work.key }
}

/// A run of lines in one document: `document:first-last`.
public struct SourceRange: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var document: String
    public var lines: ClosedRange<Int>

    public init(document: String, lines: ClosedRange<Int>) {
        self.document = document
        self.lines = lines
    }

    public var start: SourceLocation { SourceLocation(document: document, line: lines.lowerBound) }

    public var description: String {
        lines.count == 1 ? "\(document):\(lines.lowerBound)" : "\(document):\(lines.lowerBound)-\(lines.upperBound)"
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.document, lhs.lines.lowerBound, lhs.lines.upperBound) < (
            rhs.document, rhs.lines.lowerBound, rhs.lines.upperBound
        )
    }
}
