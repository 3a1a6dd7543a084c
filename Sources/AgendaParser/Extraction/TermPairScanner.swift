/// Finds `中文（English）` pairs in one block of raw Markdown text.
struct TermPairScanner {
    var document: String

    /// Pairs in `block`; `isListItem` lets a `- 术语 (English) : 定义` bullet define its term.
    func pairs(in text: String, lines: LineMap, isListItem: Bool) -> [TermPair] {
        guard Self.hasOpeningParenthesis(text) else { return [] }
        let scalars = text.scalarArray
        // Each scalar's UTF-8 offset, worked out once a pair needs one.
        var offsets: [Int] = []
        func utf8Offset(of index: Int) -> Int {
            if offsets.isEmpty {
                offsets.reserveCapacity(scalars.count + 1)
                var offset = 0
                for scalar in scalars {
                    offsets.append(offset)
                    offset += UTF8.width(scalar)
                }
                offsets.append(offset)
            }
            return offsets[index]
        }
        var pairs: [TermPair] = []
        for open in scalars.indices where scalars[open] == "(" || scalars[open] == "（" {
            guard open + 1 < scalars.count, scalars[open + 1].isASCII, scalars[open + 1].properties.isAlphabetic,
                let close = Self.matchingClose(scalars, open: open),
                let names = EnglishName(Array(scalars[(open + 1)..<close]))
            else { continue }
            // A bullet that defines its head (`- 术语 (English) : 定义`) keeps the whole head as the term.
            let bulletDefinition = isListItem ? Self.definition(after: close, in: scalars, requireColonOnly: true) : nil
            guard
                let found = term(before: open, in: scalars, cut: bulletDefinition == nil)
                    ?? term(before: open, in: scalars, cut: true)
            else { continue }
            let source = lines.source(atUTF8Offset: utf8Offset(of: found.start))
            var pair = TermPair(
                term: String(unicodeScalars: found.term), english: names.english,
                abbreviation: names.abbreviation, definition: nil, source: source, origin: .inline)
            if found.atStart, let definition = bulletDefinition {
                pair.definition = definition
                pair.origin = .definitionBullet
            } else if let definition = Self.definedAs(after: close, in: scalars) {
                pair.definition = definition
            }
            pairs.append(pair)
        }
        return pairs
    }

    /// Whether `text` holds `(` or `（` (EF BC 88), found on its bytes: most blocks hold neither.
    static func hasOpeningParenthesis(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x28
                    || (byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x88)
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    struct FoundTerm {
        var term: [Unicode.Scalar]
        var start: Int
        /// The term starts the block (after list markup or emphasis): a definition bullet's head.
        var atStart: Bool
    }

    /// The Chinese term that ends right before `open`.
    func term(before open: Int, in scalars: [Unicode.Scalar], cut: Bool = true) -> FoundTerm? {
        var end = open
        while end > 0, scalars[end - 1].isBlank { end -= 1 }
        guard end > 0 else { return nil }
        let last = scalars[end - 1]
        if last == "》" { return nil }
        // **粗体** or “引号” right before the parenthesis: the marked span is the term.
        if last == "*", end >= 2, scalars[end - 2] == "*" {
            guard let start = Self.lastIndex(of: ["*", "*"], in: scalars, before: end - 2) else { return nil }
            return accept(Array(scalars[(start + 2)..<(end - 2)]), start: start + 2, scalars: scalars, cut: false)
        }
        if let opener = Self.closingQuotes[last] {
            guard let start = scalars[..<(end - 1)].lastIndex(of: opener), end - 1 - start <= 30 else { return nil }
            return accept(Array(scalars[(start + 1)..<(end - 1)]), start: start + 1, scalars: scalars, cut: false)
        }
        var start = end
        while start > 0, end - start < 30, Self.isTermScalar(scalars, at: start - 1) { start -= 1 }
        guard start < end else { return nil }
        // An opening quote left open before the term: `“价值对齐问题 (Value Alignment Problem)”`.
        let quoted = start > 0 && (scalars[start - 1] == "“" || scalars[start - 1] == "「")
        return accept(Array(scalars[start..<end]), start: start, scalars: scalars, cut: cut && !quoted)
    }

    private func accept(_ run: [Unicode.Scalar], start: Int, scalars: [Unicode.Scalar], cut: Bool) -> FoundTerm? {
        var run = run
        var start = start
        while let first = run.first, first.isBlank {
            run.removeFirst()
            start += 1
        }
        let atStart = !scalars[..<start].contains { !($0.isBlank || $0 == "*" || $0 == "“" || $0 == "\"") }
        if cut {
            let term = TermBoundary.term(endingRun: run)
            start += run.count - term.count
            run = term
        }
        while let last = run.last, last.isBlank { run.removeLast() }
        guard run.contains(where: \.isHan), !run.contains("·"), run.count <= 30 else { return nil }
        return FoundTerm(term: run, start: start, atStart: atStart)
    }

    static let closingQuotes: [Unicode.Scalar: Unicode.Scalar] = ["”": "“", "」": "「", "\"": "\"", "』": "『"]

    /// Han, Latin letters, digits, `-` and `/`, and a space between two Latin words.
    static func isTermScalar(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        if scalar.isHan || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        {
            return true
        }
        if scalar == "-" || scalar == "/" || scalar == "·" { return true }
        if scalar == " ", index > 0, index + 1 < scalars.count {
            let before = scalars[index - 1]
            let after = scalars[index + 1]
            return before.isASCII && before.properties.isAlphabetic && after.isASCII && after.properties.isAlphabetic
        }
        return false
    }

    /// The `)`/`）` closing the parenthesis opened at `open`, within 160 characters.
    static func matchingClose(_ scalars: [Unicode.Scalar], open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < scalars.count, index - open < 160 {
            switch scalars[index] {
            case "(", "（": depth += 1
            case ")", "）":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    private static func lastIndex(of pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], before end: Int) -> Int? {
        var index = end - pattern.count
        while index >= 0, end - index <= 40 {
            if scalars[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }

    /// `(English) : definition` or `(English)：definition` — the rest of the bullet.
    static func definition(after close: Int, in scalars: [Unicode.Scalar], requireColonOnly: Bool) -> String? {
        var index = close + 1
        while index < scalars.count, scalars[index].isBlank || scalars[index] == "*" { index += 1 }
        guard index < scalars.count, scalars[index] == ":" || scalars[index] == "：" else { return nil }
        let text = InlineMarkup.plain(String(unicodeScalars: scalars[(index + 1)...])).trimmingSpaces()
        return text.isEmpty ? nil : text
    }

    /// `（Autonomous Replication）定义为：…。` — the sentence after 定义为.
    static func definedAs(after close: Int, in scalars: [Unicode.Scalar]) -> String? {
        guard close + 1 < scalars.count, scalars[close + 1] == "定" || scalars[close + 1] == "<" else { return nil }
        let rest = InlineMarkup.plain(String(unicodeScalars: scalars[(close + 1)...].prefix(400)))
        guard rest.hasPrefix("定义为") else { return nil }
        var body = rest.dropFirst(3)
        if body.first == "：" || body.first == ":" { body = body.dropFirst() }
        let sentence = body.prefix { $0 != "。" }.trimmingSpaces()
        return sentence.isEmpty ? nil : sentence
    }
}
