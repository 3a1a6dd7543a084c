/// The part of a long text near an offset, generously more than a snippet of
/// `width` columns can show, cut on scalar boundaries.
struct SnippetExcerpt {
    var text: String
    var start: Int
    var continuesBefore: Bool
    var continuesAfter: Bool

    init(_ source: String, around offset: Int, width: Int) {
        let utf8 = source.utf8
        let count = utf8.count
        let margin = 8 * max(width, 1) + 64  // bytes: a CJK column takes 1.5, an ASCII one 1
        guard count > 2 * margin else {
            self.init(text: source, start: 0, continuesBefore: false, continuesAfter: false)
            return
        }
        func scalarStart(_ offset: Int) -> Int {
            var offset = min(max(offset, 0), count)
            while offset < count && utf8[utf8.index(utf8.startIndex, offsetBy: offset)] & 0xC0 == 0x80 { offset += 1 }
            return offset
        }
        let lower = scalarStart(offset - margin)
        let upper = scalarStart(offset + margin)
        let text = String(
            source[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)])
        self.init(text: text, start: lower, continuesBefore: lower > 0, continuesAfter: upper < count)
    }

    private init(text: String, start: Int, continuesBefore: Bool, continuesAfter: Bool) {
        self.text = text
        self.start = start
        self.continuesBefore = continuesBefore
        self.continuesAfter = continuesAfter
    }

    /// A range of the source as a range of `text`, clipped to it.
    func clip(_ range: Range<Int>) -> Range<Int> {
        let length = text.utf8.count
        let low = min(max(range.lowerBound - start, 0), length)
        return low..<min(max(range.upperBound - start, low), length)
    }
}
