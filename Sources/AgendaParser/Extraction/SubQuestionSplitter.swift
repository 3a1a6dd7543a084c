/// Splits a challenge's description into the sub-questions it poses.
///
/// In order: numbered items (`1.` `2.` …); else sentences, dropping a lead-in
/// sentence when later ones start with 首先/其次/此外/最后; a sentence that
/// introduces a list (`以下…：`) is split into its items; a description of one
/// sentence is split at `；`.
enum SubQuestionSplitter {
    static let enumerators = ["首先", "其次", "此外", "最后", "同时", "另外", "第一", "第二", "第三", "再次"]
    /// Connectives stripped from the start of a question.
    static let connectives = ["首先，", "其次，", "此外，", "最后，", "同时，", "另外，", "再次，", "以及", "并且", "并"]

    static func split(_ text: String) -> [String] {
        let text = text.trimmingSpaces()
        guard !text.isEmpty else { return [] }
        if let numbered = numberedItems(text), numbered.count >= 2 { return numbered.map(clean).filter { !$0.isEmpty } }
        var sentences = self.sentences(text)
        if sentences.count >= 2 {
            if !startsWithEnumerator(sentences[0]), sentences.dropFirst().contains(where: startsWithEnumerator) {
                sentences.removeFirst()
            }
            return sentences.flatMap(listItems).map(clean).filter { !$0.isEmpty }
        }
        let single = sentences.first ?? text
        let items = listItems(single)
        if items.count > 1 { return items.map(clean).filter { !$0.isEmpty } }
        return pieces(of: single, separatedBy: "；").map(clean).filter { !$0.isEmpty }
    }

    /// Sentences ending in 。！？ (question marks are kept, full stops dropped).
    /// Each sentence is sliced out of the text's scalars, not built scalar by scalar.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = scalars.startIndex
        var depth = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "（" || scalar == "(" { depth += 1 }
            if scalar == "）" || scalar == ")" { depth = max(0, depth - 1) }
            if depth == 0 && (scalar == "。" || scalar == "？" || scalar == "！" || scalar == "?" || scalar == "!") {
                let sentence = String(scalars[start..<(scalar == "。" ? index : next)]).trimmingSpaces()
                if !sentence.isEmpty { result.append(sentence) }
                start = next
            }
            index = next
        }
        let rest = String(scalars[start...]).trimmingSpaces()
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    /// `A：x；y；z` or `以下工作：x、y，并z` → the items after the colon; otherwise the sentence itself.
    static func listItems(_ sentence: String) -> [String] {
        let scalars = sentence.unicodeScalars
        guard let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return [sentence] }
        let body = String(scalars[scalars.index(after: colon)...])
        if body.containsText("；") { return pieces(of: body, separatedBy: "；") }
        guard String(scalars[..<colon]).containsText("以下") else { return [sentence] }
        var items: [String] = []
        for part in pieces(of: body, separatedBy: "、") {
            items += pieces(of: part, separatedBy: "，并", keepingEmpty: true)
        }
        return items.count > 1 ? items : [sentence]
    }

    /// The text between the occurrences of `separator`, found on UTF-8 bytes (a whole
    /// character's bytes only ever match at its start); empty pieces are dropped unless kept.
    static func pieces(of text: String, separatedBy separator: String, keepingEmpty: Bool = false) -> [String] {
        let pattern = Array(separator.utf8)
        var text = text
        let cuts: [Int] = text.withUTF8 { bytes in
            var cuts: [Int] = []
            var from = 0
            while from < bytes.count,
                let found = UnsafeBufferPointer(rebasing: bytes[from...]).firstOffset(of: pattern)
            {
                cuts.append(from + found)
                from += found + pattern.count
            }
            return cuts
        }
        let utf8 = text.utf8
        var pieces: [String] = []
        var start = 0
        for end in cuts + [utf8.count] {
            if keepingEmpty || end > start {
                pieces.append(
                    String(
                        text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
                )
            }
            start = end + pattern.count
        }
        return pieces
    }

    /// `…：1.甲；2.乙；3.丙` → [甲, 乙, 丙] when the numbers run 1, 2, 3 …
    static func numberedItems(_ text: String) -> [String]? {
        let scalars = text.scalarArray
        var starts: [(marker: Int, body: Int)] = []
        var expected = 1
        var label = Array("1".unicodeScalars)
        var index = 0
        while index + label.count + 1 < scalars.count {
            if scalars[index] == label[0], scalars[index..<(index + label.count)].elementsEqual(label),
                index == 0 || !("0"..."9").contains(scalars[index - 1]),
                [".", "、", "）", ")"].contains(scalars[index + label.count]),
                !("0"..."9").contains(scalars[index + label.count + 1])
            {
                starts.append((index, index + label.count + 1))
                index += label.count + 1
                expected += 1
                label = Array(String(expected).unicodeScalars)
                continue
            }
            index += 1
        }
        guard starts.count >= 2 else { return nil }
        var items: [String] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].marker : scalars.count
            items.append(String(unicodeScalars: scalars[start.body..<end]))
        }
        return items
    }

    private static func startsWithEnumerator(_ sentence: String) -> Bool {
        enumerators.contains { sentence.hasLiteralPrefix($0) }
    }

    /// Trims spaces, trailing separators and leading connectives.
    static func clean(_ item: String) -> String {
        var text = item.trimmingSpaces()
        for connective in connectives where text.hasLiteralPrefix(connective) && text.utf8.count > connective.utf8.count
        {
            // The connective's bytes matched, so the cut falls between characters.
            text = (String(text.utf8.dropFirst(connective.utf8.count)) ?? text).trimmingSpaces()
            break
        }
        while let last = text.unicodeScalars.last, "；;，,。、".unicodeScalars.contains(last) {
            text = String(text.dropLast()).trimmingSpaces()
        }
        return text
    }
}
