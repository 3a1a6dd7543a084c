import Foundation

/// Okapi BM25 with the usual constants.
enum BM25 {
    static let k1 = 1.2
    static let b = 0.75
    /// Multiplies an alternative's score when its keywords occur as one exact phrase.
    static let phraseBoost = 1.5
    /// Multiplies matches of an alias, so the name that was typed ranks first.
    static let aliasWeight = 0.8

    /// Inverse document frequency, always positive: `ln(1 + (n − df + 0.5) / (df + 0.5))`.
    static func idf(documentFrequency df: Int, count n: Int) -> Double {
        log(1 + (Double(n) - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    /// The saturated, length-normalised term frequency.
    static func tfWeight(_ tf: Int, length: Int, averageLength: Double) -> Double {
        let frequency = Double(tf)
        let norm = 1 - b + b * Double(length) / averageLength
        return frequency * (k1 + 1) / (frequency + k1 * norm)
    }
}
