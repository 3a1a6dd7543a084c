/// A run of text scanned for citations: the raw text of one block, or of a few
/// blocks joined when a `《title》` runs from one into the next (a transcript
/// breaks lines anywhere), held as scalars with the document line of each.
struct CitationUnit {
    var document: String
    var scalars: [Unicode.Scalar]
    /// Scalar offsets where each physical line starts, ascending, and their line numbers.
    private(set) var starts: [Int]
    private(set) var lineNumbers: [Int]

    /// A block's raw text joined straight into scalars, the way `Block.rawText`
    /// joins it (trimmed lines; a space only between two non-wide characters),
    /// without building the intermediate string.
    init(document: String, block: Block) {
        self.document = document
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        var lineNumbers: [Int] = []
        for segment in block.segments {
            let line = segment.text.scalarArray
            var lower = 0
            var upper = line.count
            while lower < upper, line[lower].isBlank { lower += 1 }
            while upper > lower, line[upper - 1].isBlank { upper -= 1 }
            if let last = scalars.last, lower < upper, !last.isWideScript, !line[lower].isWideScript {
                scalars.append(" ")
            }
            starts.append(scalars.count)
            lineNumbers.append(segment.line)
            scalars.append(contentsOf: line[lower..<upper])
        }
        if starts.isEmpty {
            starts = [0]
            lineNumbers = [block.firstLine == 0 ? 1 : block.firstLine]
        }
        self.scalars = scalars
        self.starts = starts
        self.lineNumbers = lineNumbers
    }

    /// The line holding the scalar at `index`.
    func line(at index: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return lineNumbers[low]
    }

    func source(at index: Int) -> SourceLocation {
        SourceLocation(document: document, line: line(at: index))
    }

    func text(_ range: Range<Int>) -> String { scalars.text(range) }

    /// Appends the next block's text, the way `TextJoiner` joins lines: no space
    /// between wide-script characters, one space otherwise.
    mutating func append(_ other: CitationUnit) {
        if let last = scalars.last, let first = other.scalars.first, !last.isWideScript, !first.isWideScript {
            scalars.append(" ")
        }
        let base = scalars.count
        scalars.append(contentsOf: other.scalars)
        starts.append(contentsOf: other.starts.map { $0 + base })
        lineNumbers.append(contentsOf: other.lineNumbers)
    }

    /// A `《` near the end with no `》` after it: a title that the next block finishes
    /// (a transcript breaks `《AI对齐到底有多难？` / `》的主题沙龙中` across lines and groups).
    var endsInsideTitle: Bool {
        var index = scalars.count
        let limit = max(0, scalars.count - CitationSpans.maximumTitle)
        while index > limit {
            index -= 1
            if scalars[index] == "》" { return false }
            if scalars[index] == "《" { return true }
        }
        return false
    }
}
