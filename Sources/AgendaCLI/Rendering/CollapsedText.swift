/// Sanitised text with whitespace runs collapsed to one space and trimmed,
/// remembering where each kept scalar came from.
struct CollapsedText {
    private(set) var text = ""
    /// For each scalar of `text`: its UTF-8 offset in the source, and in `text`.
    private var sourceOffsets: [Int] = []
    private var offsets: [Int] = []

    init(_ source: String) {
        var scalars = String.UnicodeScalarView()
        var length = 0
        var pendingSpace: Int?  // source offset of a whitespace run not yet written
        TerminalText.forEachSafeScalar(in: source) { scalar, sourceOffset in
            if Self.isWhitespace(scalar.value) {
                if !scalars.isEmpty && pendingSpace == nil { pendingSpace = sourceOffset }
                return
            }
            if let space = pendingSpace {
                sourceOffsets.append(space)
                offsets.append(length)
                scalars.append(" ")
                length += 1
                pendingSpace = nil
            }
            sourceOffsets.append(sourceOffset)
            offsets.append(length)
            scalars.append(scalar)
            length += UTF8.width(scalar)
        }
        text = String(scalars)
    }

    /// Unicode White_Space, without a property lookup per scalar.
    private static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A source range as a range of `text`: each end moves to the next kept scalar.
    func map(_ range: Range<Int>) -> Range<Int> {
        let low = position(range.lowerBound)
        return low..<max(low, position(range.upperBound))
    }

    private func position(_ sourceOffset: Int) -> Int {
        var low = 0
        var high = sourceOffsets.count
        while low < high {
            let mid = (low + high) / 2
            if sourceOffsets[mid] < sourceOffset { low = mid + 1 } else { high = mid }
        }
        return low < offsets.count ? offsets[low] : text.utf8.count
    }
}
