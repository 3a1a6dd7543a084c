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

    /// Exact keys (ids, file names) of an item.
    var keys: @Sendable (Item) -> [String]
    /// Names of an item that a fragment may match (titles in both languages).
    var names: @Sendable (Item) -> [String]
    /// How to show an item in a suggestion.
    var label: @Sendable (Item) -> String

    func resolve(_ query: String, in items: [Item]) -> Outcome {
        let wanted = Self.fold(query)
        guard !wanted.isEmpty else { return .none(suggestions: []) }
        if let exact = items.first(where: { keys($0).contains { Self.fold($0) == wanted } }) { return .found(exact) }
        let named = items.filter { names($0).contains { Self.fold($0) == wanted } }
        if named.count == 1 { return .found(named[0]) }
        let partial = items.filter { item in (keys(item) + names(item)).contains { Self.fold($0).contains(wanted) } }
        switch partial.count {
        case 1: return .found(partial[0])
        case 0: return .none(suggestions: suggestions(for: query, in: items))
        default: return .ambiguous(partial)
        }
    }

    /// Closest labels by edit distance over keys and names, then by shared characters.
    func suggestions(for query: String, in items: [Item], limit: Int = 3) -> [String] {
        let wanted = Self.fold(query)
        let scored = items.map { item -> (Int, String) in
            let candidates = keys(item) + names(item)
            let distance = candidates.map { EditDistance.between(wanted, Self.fold($0)) - Self.sharedBigrams(wanted, Self.fold($0)) }.min() ?? .max
            return (distance, label(item))
        }
        let threshold = max(2, wanted.count / 2)
        return scored.filter { $0.0 <= threshold }.sorted { $0.0 < $1.0 }.prefix(limit).map(\.1)
    }

    /// NFKC, lower case, no spaces: `ＲＬＨＦ` = `rlhf`, `Reward  Hacking` = `rewardhacking`.
    static func fold(_ text: String) -> String {
        let normalized = text.precomposedStringWithCompatibilityMapping.lowercased()
        return String(normalized.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    private static func sharedBigrams(_ a: String, _ b: String) -> Int {
        func bigrams(_ text: String) -> Set<String> {
            let characters = Array(text)
            guard characters.count > 1 else { return [] }
            return Set((0..<(characters.count - 1)).map { String(characters[$0...($0 + 1)]) })
        }
        return bigrams(a).intersection(bigrams(b)).count
    }
}
