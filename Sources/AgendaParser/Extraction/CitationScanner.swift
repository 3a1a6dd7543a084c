/// Finds `CitationSpans` in a unit's scalars in one pass: a cursor that tries a
/// bounded look-ahead at `[`, `<`, `h`, digits, and keeps stacks for `(` and `《`.
struct CitationScanner {
    let scalars: [Unicode.Scalar]

    func scan() -> CitationSpans {
        var spans = CitationSpans()
        var parens: [(open: Int, hasMarkup: Bool)] = []
        var titles: [Int] = []
        var index = 0
        let count = scalars.count

        func noteMarkup() {
            if !parens.isEmpty { parens[parens.count - 1].hasMarkup = true }
        }

        while index < count {
            let scalar = scalars[index]
            switch scalar {
            case "[":
                if let link = link(at: index) {
                    if index == 0 || scalars[index - 1] != "!" { spans.links.append(link) }
                    noteMarkup()
                    index = link.range.upperBound
                    continue
                }
            case "<":
                if let marker = marker(at: index) {
                    spans.markers.append(marker)
                    index = marker.range.upperBound
                    continue
                }
                if let url = autolink(at: index) {
                    spans.urls.append(url)
                    noteMarkup()
                    index = url.range.upperBound
                    continue
                }
            case "h":
                if let url = bareURL(at: index) {
                    spans.urls.append(url)
                    noteMarkup()
                    index = url.range.upperBound
                    continue
                }
            case "(", "（":
                if parens.count == CitationSpans.maximumDepth { parens.removeFirst() }
                parens.append((index, false))
            case ")", "）":
                if let open = parens.popLast() {
                    spans.parens.append(.init(open: open.open, close: index, hasMarkup: open.hasMarkup))
                    noteMarkup()
                }
            case "《":
                if titles.count == CitationSpans.maximumDepth { titles.removeFirst() }
                titles.append(index)
            case "》":
                if let open = titles.popLast() { spans.titles.append(.init(open: open, close: index)) }
            case "1", "2":
                if let year = year(at: index) {
                    spans.years.append(year)
                    index += 5
                    continue
                }
            default:
                guard CitationLexicon.endsSentence(scalar) else { break }
                // A `《` left open too long was not a title: stop it hiding sentence ends.
                if let open = titles.last, index - open > CitationSpans.maximumTitle { titles.removeAll() }
                if titles.isEmpty { spans.sentenceStarts.append(index + 1) }
            }
            index += 1
        }
        spans.parens.sort { $0.open < $1.open }
        spans.titles.sort { $0.open < $1.open }
        return spans
    }

    /// `[text](target)`, the text at most 300 scalars on one line, the target without blanks.
    private func link(at start: Int) -> CitationSpans.Link? {
        var index = start + 1
        let textLimit = min(scalars.count, start + 1 + CitationSpans.maximumLinkText)
        while index < textLimit, scalars[index] != "]" {
            if scalars[index] == "[" || scalars[index] == "\n" { return nil }
            index += 1
        }
        guard index < textLimit, index + 1 < scalars.count, scalars[index + 1] == "(" else { return nil }
        let textRange = (start + 1)..<index
        let targetStart = index + 2
        let targetLimit = min(scalars.count, targetStart + CitationSpans.maximumTarget)
        var depth = 0
        index = targetStart
        while index < targetLimit {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\n" || scalar == "\t" { return nil }
            if scalar == "(" { depth += 1 }
            if scalar == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
        }
        guard index < targetLimit, index > targetStart else { return nil }
        var target = scalars.text(targetStart..<index)
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        return .init(range: start..<(index + 1), text: textRange, target: target)
    }

    private static let supOpen = Array("<sup>".unicodeScalars)
    private static let supClose = Array("</sup>".unicodeScalars)

    /// `<sup>3</sup>`: a footnote marker with a label of one to four letters or digits.
    private func marker(at start: Int) -> CitationSpans.Marker? {
        guard CitationLexicon.matches(Self.supOpen, in: scalars, at: start) else { return nil }
        let labelStart = start + Self.supOpen.count
        var index = labelStart
        while index < scalars.count, index - labelStart <= 4,
            scalars[index].properties.isAlphabetic || CitationLexicon.isDigit(scalars[index])
        {
            index += 1
        }
        guard index > labelStart, index - labelStart <= 4,
            CitationLexicon.matches(Self.supClose, in: scalars, at: index)
        else {
            return nil
        }
        return .init(range: start..<(index + Self.supClose.count), label: scalars.text(labelStart..<index))
    }

    /// `<https://…>`.
    private func autolink(at start: Int) -> CitationSpans.URL? {
        guard startsURL(at: start + 1) else { return nil }
        let limit = min(scalars.count, start + 1 + CitationSpans.maximumTarget)
        var index = start + 1
        while index < limit, scalars[index] != ">" {
            if scalars[index].properties.isWhitespace || scalars[index] == "<" { return nil }
            index += 1
        }
        guard index < limit else { return nil }
        return .init(range: start..<(index + 1), url: scalars.text((start + 1)..<index))
    }

    /// `https://…` in running text, up to a blank, a wide-script character or an
    /// unbalanced closing bracket; trailing sentence punctuation is not part of it.
    private func bareURL(at start: Int) -> CitationSpans.URL? {
        guard startsURL(at: start) else { return nil }
        if start > 0, CitationLexicon.isLatinLetter(scalars[start - 1]) || CitationLexicon.isDigit(scalars[start - 1]) {
            return nil
        }
        var index = start
        var depth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace || scalar.isWideScript || "<>\"[]{}|`".unicodeScalars.contains(scalar) {
                break
            }
            if scalar == "(" { depth += 1 }
            if scalar == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
        }
        while index > start, ".,;:!?'*_".unicodeScalars.contains(scalars[index - 1]) { index -= 1 }
        guard index - start > 10 else { return nil }
        return .init(range: start..<index, url: scalars.text(start..<index))
    }

    private static let http = Array("http://".unicodeScalars)
    private static let https = Array("https://".unicodeScalars)

    private func startsURL(at index: Int) -> Bool {
        CitationLexicon.matches(Self.https, in: scalars, at: index)
            || CitationLexicon.matches(Self.http, in: scalars, at: index)
    }

    /// `2017年` not inside a longer number.
    private func year(at start: Int) -> CitationSpans.Year? {
        guard start + 4 < scalars.count, scalars[start + 4] == "年" else { return nil }
        if start > 0, CitationLexicon.isDigit(scalars[start - 1]) { return nil }
        guard let value = CitationLexicon.yearToken(scalars[start..<(start + 4)]) else { return nil }
        return .init(index: start, value: value)
    }
}
