/// The details of a unit (passage, concept, challenge or work) that matched.
struct UnitScore: Sendable {
    var unit: Int
    var score = 0.0
    /// The terms of each clause's best alternative.
    var terms: [ScoreTerm] = []
    var via: String?
    /// Text number → byte ranges to highlight in its normalised text.
    var ranges: [Int: [Range<Int>]] = [:]
    /// Text number → the part of the score earned there.
    var textScores: [Int: Double] = [:]

    init(unit: Int) { self.unit = unit }

    /// The text that earned most, or the first one with a match.
    var bestText: Int? {
        textScores.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? ranges.keys.min()
    }
}
