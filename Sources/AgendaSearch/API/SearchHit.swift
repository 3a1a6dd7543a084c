import AgendaParser

/// One result: a concept, challenge, work or passage, with where it matched.
public struct SearchHit: Hashable, Codable, Sendable {
    /// Result groups, in the order `SearchResults.hits` lists them.
    public enum Kind: String, Hashable, Codable, CodingKeyRepresentable, Sendable, CaseIterable, Comparable {
        case concept
        case challenge
        case work
        case passage

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    /// What to look the hit up by: the concept's term, challenge id, work key,
    /// or `document:line` of a passage's first line.
    public var id: String
    /// A heading for the hit: `term / English`, `2.4 title`, `Author et al. year`,
    /// or for a passage the section it is in (else its document's title).
    public var title: String
    /// The text that matched: a passage, or the field of a concept, challenge
    /// or work that scored highest (its names, title, definition, …).
    public var text: String
    /// Where the query matched, as UTF-8 offsets into `text`, ascending, not overlapping.
    public var matches: [TextRange]
    public var field: SearchField
    public var score: Double
    /// The alias (another name of the same concept) that matched instead of
    /// what was typed; nil when the query itself matched.
    public var via: String?
    /// Where the match is: the line of the first match in a passage, or the
    /// place that states the concept, challenge or work.
    public var source: SourceLocation
    /// A concept's occurrences, a challenge's places of discussion, a work's
    /// mentions; empty for passages.
    public var sources: [SourceLocation]
    /// For passages: paragraph, heading, table row, …
    public var passageKind: Passage.Kind?
    /// Score terms, when the query asked for an explanation.
    public var explanation: HitExplanation?
}

/// A range of UTF-8 offsets, `start..<end`.
public struct TextRange: Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The same range as string indices of `text` (nil if it does not fit).
    public func range(in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        guard start >= 0, start <= end, end <= utf8.count,
            let lower = utf8.index(utf8.startIndex, offsetBy: start, limitedBy: utf8.endIndex),
            let upper = utf8.index(lower, offsetBy: end - start, limitedBy: utf8.endIndex)
        else { return nil }
        return lower..<upper
    }
}
