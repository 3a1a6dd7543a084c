/// The places in a unit where citations can be: links, URLs, footnote markers,
/// parentheses, `《》` titles, with sentence starts and `YYYY年` years for context.
///
/// Found in one linear pass over the scalars; every look-ahead is bounded, so a
/// 50 MB line with unclosed brackets stays linear.
struct CitationSpans {
    struct Link {
        var range: Range<Int>
        var text: Range<Int>
        var target: String
    }

    struct Marker {
        var range: Range<Int>
        var label: String
    }

    struct URL {
        var range: Range<Int>
        var url: String
    }

    struct Paren {
        var open: Int
        var close: Int
        /// Holds another parenthesis, a link or a URL: not a plain citation group.
        var hasMarkup: Bool
        var content: Range<Int> { (open + 1)..<close }
    }

    struct Title {
        var open: Int
        var close: Int
        var content: Range<Int> { (open + 1)..<close }
    }

    struct Year {
        var index: Int
        var value: String
    }

    var links: [Link] = []
    var markers: [Marker] = []
    var urls: [URL] = []
    var parens: [Paren] = []
    var titles: [Title] = []
    /// Ascending; the first is 0. A sentence end inside `《》` does not count.
    var sentenceStarts: [Int] = [0]
    /// `YYYY年` tokens, ascending.
    var years: [Year] = []

    static let maximumLinkText = 300
    static let maximumTarget = 2048
    static let maximumParen = 400
    static let maximumTitle = 200
    static let maximumDepth = 64

    /// The start of the sentence holding `index`.
    func sentenceStart(of index: Int) -> Int {
        var low = 0
        var high = sentenceStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentenceStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return sentenceStarts[low]
    }

    /// The end (exclusive) of the sentence holding `index`.
    func sentenceEnd(of index: Int, count: Int) -> Int {
        var low = 0
        var high = sentenceStarts.count
        while low < high {
            let mid = (low + high) / 2
            if sentenceStarts[mid] <= index { low = mid + 1 } else { high = mid }
        }
        return low < sentenceStarts.count ? sentenceStarts[low] : count
    }

    /// The last `YYYY年` before `index` in the same sentence.
    func yearBefore(_ index: Int) -> String? {
        let start = sentenceStart(of: index)
        var low = 0
        var high = years.count
        while low < high {
            let mid = (low + high) / 2
            if years[mid].index < index { low = mid + 1 } else { high = mid }
        }
        guard low > 0, years[low - 1].index >= start else { return nil }
        return years[low - 1].value
    }
}
