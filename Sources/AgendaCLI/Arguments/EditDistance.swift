/// How far apart two names are, for "did you mean" on options, commands,
/// choices and challenge names. Counts edits over `Character`s, so 中文
/// names work like Latin ones.
enum EditDistance {
    /// Optimal string alignment distance (Levenshtein plus swaps of two
    /// neighbours, `fromat` → `format` is 1), ignoring case by default.
    static func between(_ a: String, _ b: String, ignoringCase: Bool = true) -> Int {
        let left = Array(ignoringCase ? a.lowercased() : a)
        let right = Array(ignoringCase ? b.lowercased() : b)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        // Three rows of the dynamic programme: two back (for swaps), one back, current.
        var twoBack = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    best = min(best, twoBack[j - 2] + 1)
                }
                current[j] = best
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[right.count]
    }

    /// Largest distance still worth suggesting for a typed name: a third of
    /// its length, at least 1, at most 3 (leading dashes not counted).
    static func threshold(for input: String) -> Int {
        let length = input.drop(while: { $0 == "-" }).count
        return max(1, min(3, length / 3))
    }

    /// Candidates close to `input`, closest first (ties keep candidate order).
    /// A candidate that `input` begins (`exp` → `export`) counts as distance 1.
    static func suggestions(for input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let limitDistance = threshold(for: input)
        let typed = input.lowercased()
        var scored: [(distance: Int, index: Int, name: String)] = []
        var seen = Set<String>()
        for (index, candidate) in candidates.enumerated() where seen.insert(candidate).inserted {
            var distance = between(input, candidate)
            if typed.drop(while: { $0 == "-" }).count >= 2 && candidate.lowercased().hasPrefix(typed) {
                distance = min(distance, 1)
            }
            if distance <= limitDistance && candidate != input {
                scored.append((distance, index, candidate))
            }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return scored.prefix(limit).map(\.name)
    }
}
