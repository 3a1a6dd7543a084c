/// Reads a document's lines into blocks: front matter, headings, tables, list
/// items, quotes, code, footnotes and paragraphs, each with its line numbers.
///
/// Never fails: a construct it cannot make sense of becomes a paragraph, so no
/// text is lost; what it had to guess is reported as a diagnostic.
struct BlockReader {
    var document: String
    var format: Document.Format

    struct Output {
        var blocks: [Block] = []
        var metadata: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
    }

    func read(_ lines: [String]) -> Output {
        switch format {
        case .markdown: MarkdownBlocks(document: document, lines: lines).read()
        case .plainText: PlainTextBlocks(document: document, lines: lines).read()
        case .transcript: TranscriptBlocks(document: document, lines: lines).read()
        }
    }
}

/// Shared bookkeeping: the open paragraph, and rejoining a paragraph that a
/// page break (debris lines, footnote definitions) split in two.
struct BlockAccumulator {
    var output = BlockReader.Output()
    private var paragraph: [Block.Segment] = []
    /// Index in `output.blocks` of the last paragraph, and whether only page
    /// furniture (debris, footnotes, blank lines) has followed it since.
    private var lastParagraph: Int?
    private var onlyFurnitureSinceParagraph = false
    private var sawPageBreak = false

    var hasOpenParagraph: Bool { !paragraph.isEmpty }

    mutating func appendToParagraph(line: Int, text: String) {
        paragraph.append(.init(line: line, text: text))
    }

    mutating func closeParagraph() {
        guard !paragraph.isEmpty else { return }
        if let last = lastParagraph, onlyFurnitureSinceParagraph, sawPageBreak,
            !Self.endsSentence(output.blocks[last].segments.last?.text ?? "")
        {
            output.blocks[last].segments.append(contentsOf: paragraph)
        } else {
            output.blocks.append(Block(kind: .paragraph, segments: paragraph))
            lastParagraph = output.blocks.count - 1
        }
        paragraph = []
        onlyFurnitureSinceParagraph = true
        sawPageBreak = false
    }

    /// A line of page furniture: does not end the chance of rejoining.
    mutating func noteFurniture(pageBreak: Bool) {
        closeParagraph()
        if pageBreak { sawPageBreak = true }
    }

    mutating func append(_ block: Block) {
        closeParagraph()
        if case .footnote = block.kind {
            sawPageBreak = true
        } else {
            onlyFurnitureSinceParagraph = false
            sawPageBreak = false
        }
        output.blocks.append(block)
    }

    mutating func finish() -> BlockReader.Output {
        closeParagraph()
        output.blocks.sort { $0.firstLine < $1.firstLine }
        return output
    }

    /// Whether a paragraph's last line ends a sentence (so a page break after it is not mid-sentence).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.trimmingSpaces().unicodeScalars.last else { return true }
        return "。！？!?…：:；;.」』”\"）)".unicodeScalars.contains(last)
    }
}

extension String {
    /// Leading spaces as columns (a tab counts four).
    var indentation: Int {
        var columns = 0
        for scalar in unicodeScalars {
            if scalar == " " { columns += 1 } else if scalar == "\t" { columns += 4 } else { break }
        }
        return columns
    }
}
