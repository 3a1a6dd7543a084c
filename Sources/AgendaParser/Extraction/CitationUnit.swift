/// A run of text scanned for citations: the raw text of one block, or of a few
/// blocks joined when a `《title》` runs from one into the next (a transcript
/// breaks lines anywhere), held as scalars with the document line of each.
struct CitationUnit {
    var document: String
    var scalars: [Unicode.Scalar]
    /// Scalar offsets where each physical line starts, ascending, and their line numbers.
    private(set) var starts: [Int]
    private(set) var lineNumbers: [Int]

    init(document: String, text: String, map: LineMap) {
        self.document = document
        self.scalars = Array(text.unicodeScalars)
        // LineMap counts UTF-8 bytes; convert its starts to scalar offsets in one walk.
        var starts: [Int] = []
        var byte = 0
        var next = 0
        for (offset, scalar) in scalars.enumerated() {
            while next < map.starts.count, map.starts[next] <= byte {
                starts.append(offset)
                next += 1
            }
            byte += UTF8.width(scalar)
        }
        while next < map.starts.count {
            starts.append(scalars.count)
            next += 1
        }
        self.starts = starts
        self.lineNumbers = map.lineNumbers
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

    var firstLine: Int { lineNumbers.first ?? 1 }
    var lastLine: Int { lineNumbers.last ?? 1 }

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
