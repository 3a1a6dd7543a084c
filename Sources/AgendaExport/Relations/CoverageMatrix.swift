import AgendaParser

/// How often each document discusses each challenge, with the lines behind every count.
///
/// A line counts for a challenge in a document when it is the challenge's own
/// statement (`source`), one of its section references (`discussedAt`), holds its
/// Chinese or English title, or holds a name of a concept the challenge involves
/// (`CorpusRelations.concepts(involvedIn:)`). A cell's count is its number of distinct lines.
public struct CoverageMatrix: Hashable, Codable, Sendable {
    /// Challenge ids, in corpus order.
    public var challenges: [String]
    /// Corpus documents (not curated indexes), in corpus order.
    public var documents: [String]
    /// Only the cells with evidence, by challenge then document order.
    public var cells: [CoverageCell]

    private enum CodingKeys: String, CodingKey {
        case challenges, documents, cells
    }

    /// The cells, many on a large corpus, are written one per core (see `ConcurrentJSONArray`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(challenges, forKey: .challenges)
        try container.encode(documents, forKey: .documents)
        try container.encode(ConcurrentJSONArray(cells), forKey: .cells)
    }

    /// The cell for a challenge and a document; empty when the document never discusses it.
    public func cell(challenge: String, document: String) -> CoverageCell {
        cells.first { $0.challenge == challenge && $0.document == document }
            ?? CoverageCell(challenge: challenge, document: document, evidence: [])
    }
}

public struct CoverageCell: Hashable, Codable, Sendable {
    public var challenge: String
    public var document: String
    /// Sorted by line, then basis.
    public var evidence: [CoverageEvidence]

    /// Distinct lines that discuss the challenge.
    public var count: Int { Set(evidence.map(\.source.line)).count }

    /// Distinct lines with evidence of one kind.
    public func count(_ basis: CoverageEvidence.Basis) -> Int {
        Set(evidence.filter { $0.basis == basis }.map(\.source.line)).count
    }

    enum CodingKeys: String, CodingKey {
        case challenge, document, evidence, count
    }

    public init(challenge: String, document: String, evidence: [CoverageEvidence]) {
        self.challenge = challenge
        self.document = document
        self.evidence = evidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        challenge = try container.decode(String.self, forKey: .challenge)
        document = try container.decode(String.self, forKey: .document)
        evidence = try container.decode([CoverageEvidence].self, forKey: .evidence)
    }

    /// Writes `count` too, so JSON readers need not recount lines.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(challenge, forKey: .challenge)
        try container.encode(document, forKey: .document)
        try container.encode(count, forKey: .count)
        try container.encode(evidence, forKey: .evidence)
    }
}

public struct CoverageEvidence: Hashable, Codable, Sendable, Comparable {
    public enum Basis: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
        /// The line where the corpus states the challenge.
        case statement
        /// A section reference (`第2.4.5节`) resolved to the challenge.
        case sectionReference = "section-reference"
        case title
        /// A name of a concept the challenge involves.
        case concept

        public static func < (lhs: Basis, rhs: Basis) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .statement: 0
            case .sectionReference: 1
            case .title: 2
            case .concept: 3
            }
        }
    }

    public var basis: Basis
    public var source: SourceLocation
    /// The title or concept term found, for `title` and `concept`.
    public var term: String?

    public static func < (lhs: CoverageEvidence, rhs: CoverageEvidence) -> Bool {
        (lhs.source, lhs.basis, lhs.term ?? "") < (rhs.source, rhs.basis, rhs.term ?? "")
    }
}
