/// A unit (passage, concept, challenge or work) that matched, with its score.
struct UnitScore: Sendable {
    var unit: Int
    var score: Double
    var terms: [ScoreTerm]
    /// The text number each of `terms` was found in.
    var termTexts: [Int]
    var via: String?
    /// Text number → byte ranges to highlight in its normalised text.
    var ranges: [Int: [Range<Int>]]
    /// Text number → the part of the score earned there.
    var textScores: [Int: Double]

    /// The text that earned most, or the first one with a match.
    var bestText: Int? {
        textScores.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? ranges.keys.min()
    }

    /// Higher score first; equal scores in corpus order.
    static func ranked(_ left: UnitScore, _ right: UnitScore) -> Bool {
        left.score != right.score ? left.score > right.score : left.unit < right.unit
    }
}
