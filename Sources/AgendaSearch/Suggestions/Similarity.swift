/// How close two normalised strings are, for "did you mean".
enum Similarity {
    /// Levenshtein distance over scalars, or nil once it must exceed `limit`.
    static func editDistance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// Edits allowed for a string of `length` scalars.
    static func editLimit(_ length: Int) -> Int { length <= 4 ? 1 : length <= 8 ? 2 : 3 }

    /// Dice coefficient of the two strings' character bigrams (spaces ignored).
    static func sharedBigrams(_ a: [UInt32], _ b: [UInt32]) -> Double {
        let left = bigrams(a)
        let right = bigrams(b)
        guard !left.isEmpty && !right.isEmpty else { return 0 }
        var remaining = right
        var shared = 0
        for pair in left {
            if let index = remaining.firstIndex(of: pair) {
                remaining.remove(at: index)
                shared += 1
            }
        }
        return 2 * Double(shared) / Double(left.count + right.count)
    }

    private static func bigrams(_ scalars: [UInt32]) -> [UInt64] {
        let letters = scalars.filter { $0 != 0x20 }
        guard letters.count > 1 else { return [] }
        return (0..<(letters.count - 1)).map { UInt64(letters[$0]) << 32 | UInt64(letters[$0 + 1]) }
    }

    /// 0…1: the better of edit similarity (within `editLimit`) and, when
    /// either side has CJK, shared bigrams.
    static func score(_ query: [UInt32], _ candidate: [UInt32]) -> Double {
        let longest = max(query.count, candidate.count)
        guard longest > 0 else { return 0 }
        var best = 0.0
        if let distance = editDistance(query, candidate, limit: editLimit(longest)) {
            best = 1 - Double(distance) / Double(longest)
        }
        if query.contains(where: ScriptClass.isCJK) || candidate.contains(where: ScriptClass.isCJK) {
            best = max(best, sharedBigrams(query, candidate))
        }
        return best
    }
}
