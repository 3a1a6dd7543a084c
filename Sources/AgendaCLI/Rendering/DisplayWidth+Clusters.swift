extension DisplayWidth {
    /// A run of scalars drawn as one unit: a scalar that takes columns (or a
    /// control) plus the zero-width scalars and emoji-sequence parts after it.
    ///
    /// Clusters match grapheme clusters except that a spacing mark (Mc)
    /// starts a new one; finding them needs no grapheme breaking, only a
    /// scan of the UTF-8 bytes, so layout code uses them instead of `Character`s.
    struct Cluster {
        /// UTF-8 offsets in the text.
        var start: Int
        var end: Int
        var columns: Int
        /// The first scalar, which decides how the cluster breaks lines.
        var first: Unicode.Scalar
    }

    /// Calls `body` with each cluster of `text`, in order; widths add up to `columns(text)`.
    func forEachCluster(in text: String, _ body: (Cluster) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var state = SequenceState()
            var current: Cluster?
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                var value = UInt32(lead)
                var length = 1
                if lead >= 0x80 {
                    length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    value = UInt32(lead) & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07)
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                }
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                let width = state.advance(scalar, measure: self)
                if state.extendsCluster, current != nil {
                    current!.end = index + length
                    current!.columns += width
                } else {
                    if let done = current { body(done) }
                    current = Cluster(start: index, end: index + length, columns: width, first: scalar)
                }
                index += length
            }
            if let done = current { body(done) }
        }
    }

    /// Columns of the widest cluster (1 for non-empty ASCII).
    func widestCluster(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.isEmpty ? 0 : 1 }
        var widest = 0
        forEachCluster(in: text) { widest = max(widest, $0.columns) }
        return widest
    }
}
