/// Plain text: paragraphs are lines (or runs of lines when the file separates
/// paragraphs with blank lines); headings are numbered lines, bold numbered
/// lines, or short titles standing alone.
struct PlainTextBlocks {
    var document: String
    var lines: [String]

    func read() -> BlockReader.Output {
        var state = BlockAccumulator()
        let blankSeparated = usesBlankLinesBetweenParagraphs()
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                state.noteFurniture(pageBreak: false)
                continue
            }
            if PageDebris.isDebris(trimmed) {
                state.noteFurniture(pageBreak: true)
                continue
            }
            let source = SourceLocation(document: document, line: number)
            if let heading = HeadingRules.boldNumbered(trimmed, document: document, line: number) {
                state.append(Block(kind: .heading(heading), segments: [.init(line: number, text: heading.title)]))
                continue
            }
            if let numbered = HeadingRules.numberedLine(trimmed) {
                let heading = Heading(
                    level: SectionNumber.depth(numbered.number), number: numbered.number, title: numbered.title,
                    source: source)
                state.append(Block(kind: .heading(heading), segments: [.init(line: number, text: numbered.title)]))
                if let rest = numbered.rest { state.appendToParagraph(line: number, text: rest) }
                if !blankSeparated { state.closeParagraph() }
                continue
            }
            let previousBlank = offset == 0 || lines[offset - 1].isBlank || !blankSeparated
            if previousBlank, !state.hasOpenParagraph || !blankSeparated,
                HeadingRules.isStandaloneTitle(trimmed, next: nextText(after: offset))
            {
                let heading = Heading(level: 1, number: nil, title: trimmed, source: source)
                state.append(Block(kind: .heading(heading), segments: [.init(line: number, text: trimmed)]))
                continue
            }
            state.appendToParagraph(line: number, text: trimmed)
            if !blankSeparated { state.closeParagraph() }
        }
        return state.finish()
    }

    /// True when blank lines separate paragraphs that span several lines.
    private func usesBlankLinesBetweenParagraphs() -> Bool {
        var blanks = 0
        var adjacentText = 0
        var previousText = false
        for line in lines {
            let isText = !line.isBlank
            if !isText { blanks += 1 }
            if isText && previousText { adjacentText += 1 }
            previousText = isText
        }
        return blanks > 0 && adjacentText > 0 && blanks * 10 >= lines.count
    }

    private func nextText(after offset: Int) -> String? {
        var index = offset + 1
        while index < lines.count {
            let text = lines[index].trimmingSpaces()
            if !text.isEmpty { return text }
            index += 1
        }
        return nil
    }
}

/// A transcript: one phrase per line; lines are grouped into short passages
/// that end at a sentence end, so a phrase split over two lines still reads whole.
struct TranscriptBlocks {
    var document: String
    var lines: [String]
    static let maximumGroup = 5

    func read() -> BlockReader.Output {
        var state = BlockAccumulator()
        var count = 0
        for (offset, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            guard !trimmed.isEmpty else {
                state.closeParagraph()
                count = 0
                continue
            }
            state.appendToParagraph(line: offset + 1, text: trimmed)
            count += 1
            if count >= Self.maximumGroup
                || (count >= 2 && "。？！?!".unicodeScalars.contains(trimmed.unicodeScalars.last!))
            {
                state.closeParagraph()
                count = 0
            }
        }
        return state.finish()
    }

    /// Many short lines and few blank ones: subtitles or a transcript.
    /// (The median length of the lines with text is at most 24 scalars when
    /// more than half of them are that short; no line is counted further.)
    static func looksLikeTranscript(_ lines: [String]) -> Bool {
        var textLines = 0
        var shortLines = 0
        for line in lines where !line.isBlank {
            textLines += 1
            if line.scalarCount(upTo: 25) <= 24 { shortLines += 1 }
        }
        guard textLines >= 20, textLines * 10 >= lines.count * 8 else { return false }
        return shortLines > textLines / 2
    }
}
