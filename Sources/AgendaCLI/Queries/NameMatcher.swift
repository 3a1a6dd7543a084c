import Foundation

/// Resolves what a user typed to one item: an exact key or name first, then an
/// unambiguous part of a name (Chinese without word boundaries, English case-
/// insensitive, full-width forms folded); otherwise says what was close.
struct NameMatcher<Item>: Sendable {
    enum Outcome {
        case found(Item)
        case ambiguous([Item])
        case none(suggestions: [String])
    }

    /// Exact keys (ids, file names) of an item; a fragment may match them too.
    var keys: @Sendable (Item) -> [String]
    /// Names of an item that a fragment may match (titles in both languages).
    var names: @Sendable (Item) -> [String]
    /// How to show an item in a suggestion; typed back in full, it finds the item.
    var label: @Sendable (Item) -> String
    /// Further spellings that only match whole, never as a fragment: a qualified
    /// `anwar2024/2.1`, whose agenda part would otherwise match every `2`.
    var fullNames: @Sendable (Item) -> [String] = { _ in [] }

    func resolve(_ query: String, in items: [Item]) -> Outcome {
        let wanted = Self.fold(query)
        guard !wanted.isEmpty else { return .none(suggestions: []) }
        if let exact = items.first(where: { keys($0).contains { Self.fold($0) == wanted } }) { return .found(exact) }
        if let whole = items.first(where: { ([label($0)] + fullNames($0)).contains { Self.fold($0) == wanted } }) {
            return .found(whole)
        }
        let named = items.filter { names($0).contains { Self.fold($0) == wanted } }
        if named.count == 1 { return .found(named[0]) }
        let partial = items.filter { item in (keys(item) + names(item)).contains { Self.fold($0).contains(wanted) } }
        switch partial.count {
        case 1: return .found(partial[0])
        case 0: return .none(suggestions: suggestions(for: query, in: items))
        default: return .ambiguous(partial)
        }
    }

    /// Closest labels: edit distance of the query to the best-matching part of a key or
    /// name (so `Agentik` finds `Agentic LLMs Pose Novel Risks`), within a third of its length.
    func suggestions(for query: String, in items: [Item], limit: Int = 3) -> [String] {
        let wanted = Array(Self.fold(query))
        let threshold = max(1, wanted.count / 3)
        let scored = items.compactMap { item -> (Int, String)? in
            let distance =
                (keys(item) + names(item)).map { Self.substringDistance(wanted, Array(Self.fold($0))) }.min() ?? .max
            return distance <= threshold ? (distance, label(item)) : nil
        }
        return scored.sorted { $0.0 < $1.0 }.prefix(limit).map(\.1)
    }

    /// Fewest edits turning `pattern` into some substring of `text` (Sellers' algorithm).
    static func substringDistance(_ pattern: [Character], _ text: [Character]) -> Int {
        guard !pattern.isEmpty else { return 0 }
        var previous = Array(0...pattern.count)
        var best = previous[pattern.count]
        for character in text {
            var current = [0]
            for (index, wanted) in pattern.enumerated() {
                let cost = wanted == character ? 0 : 1
                current.append(min(previous[index] + cost, previous[index + 1] + 1, current[index] + 1))
            }
            best = min(best, current[pattern.count])
            previous = current
        }
        return best
    }

    /// NFKC, lower case, no spaces: `ＲＬＨＦ` = `rlhf`, `Reward  Hacking` = `rewardhacking`.
    static func fold(_ text: String) -> String {
        let normalized = text.precomposedStringWithCompatibilityMapping.lowercased()
        return String(normalized.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

}
