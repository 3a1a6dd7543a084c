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
        var starts: [Int] = []
        var lineNumbers: [Int] = []
        starts.reserveCapacity(block.segments.count)
        lineNumbers.reserveCapacity(block.segments.count)
        // Decoded straight into one array, sized for a scalar per byte and a space per line.
        let capacity = block.segments.reduce(0) { $0 + $1.text.utf8.count + 1 }
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            for segment in block.segments {
                var text = segment.text
                text.withUTF8 { bytes in
                    let line = ScalarDecoder.trimmingBlanks(bytes, 0..<bytes.count)
                    if count > 0, !line.isEmpty, !buffer[count - 1].isWideScript,
                        !ScalarDecoder.decode(bytes, at: line.lowerBound).0.isWideScript
                    {
                        buffer[count] = " "
                        count += 1
                    }
                    starts.append(count)
                    count = ScalarDecoder.decode(bytes, line, into: buffer, at: count)
                }
                lineNumbers.append(segment.line)
            }
        }
        if starts.isEmpty {
            starts = [0]
            lineNumbers = [block.firstLine == 0 ? 1 : block.firstLine]
        }
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
