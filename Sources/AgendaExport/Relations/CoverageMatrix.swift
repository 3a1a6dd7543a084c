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
