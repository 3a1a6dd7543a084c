/// Decides where a Chinese term begins, reading backwards from the `(` of
/// its English name: Chinese has no spaces, so the term is the tail of the
/// run of word characters after the last function word (的, 是, 对于, 称为 …).
enum TermBoundary {
    /// Function words; at each position the longest one wins, so `称之为` beats `为`.
    static let stopWords: [String] = [
        "称之为", "被称为", "所谓的", "可用于",
        "通过", "带来", "产生", "出现", "提出", "采用", "使用", "包括", "具有", "进行", "保持", "提到", "其中",
        "称为", "叫做", "所谓", "理解", "解释", "存在", "成为", "作为", "实现", "基于", "源于", "对于", "关于",
        "以及", "一个", "一种", "一些", "这个", "那个", "这些", "如何", "比如", "例如", "用于", "即为",
        "即", "是", "的", "了", "在", "对", "和", "与", "及", "或", "为", "将", "把", "被", "从", "向", "由",
        "于", "以", "如", "等", "其", "就", "也", "都", "还", "又", "并", "而", "但", "这", "该",
    ]

    /// After these a short phrase joined by 的 stays whole (`即有监督的微调` → `有监督的微调`).
    static let strongStops: Set<String> = ["即", "是", "称为", "称之为", "被称为", "叫做", "所谓", "所谓的", "即为"]

    /// Two-character words whose first character is also a function word.
    static let protectedWords: Set<String> = [
        "对齐", "对抗", "对话", "对象", "对称", "对比", "对应", "对待", "和谐", "等价", "等级", "在线",
        "向量", "由来", "及时", "与否", "于是", "以太", "将来", "其他", "并行", "为人", "如意",
    ]

    /// The word lists as `ScalarKey`s, so the scan compares integers instead of building strings.
    private static let stopKeys: [Set<UInt64>] = (1...3).map { length in
        Set(stopWords.filter { $0.unicodeScalars.count == length }.map(ScalarKey.of))
    }
    private static let strongKeys = Set(strongStops.map(ScalarKey.of))
    private static let protectedKeys = Set(protectedWords.map(ScalarKey.of))
    private static let possessive = ScalarKey.of("的")

    /// The term at the end of `run` (word characters only, no punctuation).
    static func term(endingRun run: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let stops = stopOccurrences(in: run)
        var index = stops.count - 1
        while index >= 0 {
            let stop = stops[index]
            let suffix = run[(stop.start + stop.length)...]
            if meaningfulLength(suffix) >= 2 {
                if stop.key == possessive {
                    let boundaryEnd = index > 0 ? stops[index - 1].start + stops[index - 1].length : 0
                    let boundaryIsStrong = index == 0 || strongKeys.contains(stops[index - 1].key)
                    if boundaryIsStrong, stop.start - boundaryEnd <= 3, stop.start - boundaryEnd >= 1 {
                        let start = boundaryEnd
                        return Array(run[start...])
                    }
                }
                return Array(suffix)
            }
            index -= 1
        }
        return run
    }

    private struct Stop {
        var start: Int
        var length: Int
        var key: UInt64
    }

    /// Non-overlapping stop-word occurrences, left to right, longest match first.
    private static func stopOccurrences(in run: [Unicode.Scalar]) -> [Stop] {
        var stops: [Stop] = []
        var index = 0
        while index < run.count {
            if index + 1 < run.count, protectedKeys.contains(ScalarKey.of(run[index...(index + 1)])) {
                index += 2
                continue
            }
            var matched: Stop?
            for length in stride(from: min(3, run.count - index), through: 1, by: -1) {
                let key = ScalarKey.of(run[index..<(index + length)])
                if stopKeys[length - 1].contains(key) {
                    matched = Stop(start: index, length: length, key: key)
                    break
                }
            }
            if let matched {
                stops.append(matched)
                index += matched.length
            } else {
                index += 1
            }
        }
        return stops
    }

    /// Han characters count one each; a Latin word counts one.
    static func meaningfulLength<C: Collection>(_ scalars: C) -> Int where C.Element == Unicode.Scalar {
        var count = 0
        var inWord = false
        for scalar in scalars {
            if scalar.isHan {
                count += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }
}

/// Up to three scalars packed into one integer behind a marker bit (21 bits
/// each, so three fill 64): a cheap, exact key for short words.
enum ScalarKey {
    static func of<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var key: UInt64 = 1
        for scalar in scalars.prefix(3) { key = key << 21 | UInt64(scalar.value) }
        return key
    }

    static func of(_ word: String) -> UInt64 { of(word.unicodeScalars) }
}
