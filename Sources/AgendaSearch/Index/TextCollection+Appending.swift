import AgendaParser

extension TextCollection {
    /// Appends the texts of `other` after this collection's, renumbering its
    /// texts and terms. The result equals building both in one go: terms new
    /// in `other` are numbered in the order `other` met them.
    mutating func append(_ other: TextCollection) {
        let offset = Int32(count)
        precondition(isIndexed && other.isIndexed, "scanned texts are not joined")
        // Each column is taken out before it grows, so that it is unique and grows in place.
        var normalised = self.normalised.array
        self.normalised = Column()
        let byteOffset = UInt32(normalised.count)
        other.normalised.withUnsafeBufferPointer { normalised.append(contentsOf: $0) }
        self.normalised = Column(normalised)
        var starts = self.starts.array
        self.starts = Column()
        starts += other.starts.dropFirst().map { $0 + byteOffset }
        self.starts = Column(starts)
        var lengths = self.lengths.array
        self.lengths = Column()
        lengths += other.lengths.array
        self.lengths = Column(lengths)

        // Term numbers of `other` in this collection.
        var documentCounts = self.documentCounts.array
        let ownTerms = documentCounts.count
        var sourceOf: [Int32] = []  // merged term → term of `other`, or -1
        sourceOf.reserveCapacity(ownTerms + other.documentCounts.count)
        sourceOf += repeatElement(-1, count: ownTerms)
        for (term, key) in other.terms.keysByValue().enumerated() {
            let (merged, inserted) = terms.value(for: key, inserting: Int32(documentCounts.count))
            if inserted {
                documentCounts.append(0)
                sourceOf.append(Int32(term))
            } else {
                sourceOf[Int(merged)] = Int32(term)
            }
            documentCounts[Int(merged)] += other.documentCounts[term]
        }
        self.documentCounts = Column(documentCounts)

        let postings = self.postings.array
        self.postings = Column()
        let otherPostings = other.postings.array
        // Each list of `other` gets its first gap rewritten, up to four bytes longer: reserved
        // too, as growing past the reservation would hold the merged postings twice.
        var merged: [UInt8] = []
        merged.reserveCapacity(postings.count + otherPostings.count + 4 * other.documentCounts.count)
        var mergedStarts: [UInt32] = [0]
        mergedStarts.reserveCapacity(sourceOf.count + 1)
        for term in sourceOf.indices {
            var last: Int32 = -1
            if term < ownTerms {
                let range = Int(postingStarts[term])..<Int(postingStarts[term + 1])
                merged += postings[range]
                last = TextCollection.lastValue(postings[range])
            }
            let source = Int(sourceOf[term])
            if source >= 0 {
                var at = Int(other.postingStarts[source])
                let end = Int(other.postingStarts[source + 1])
                let first = TextCollection.readGap(otherPostings, &at) - 1
                TextCollection.writeGap(UInt32(first + offset - last), to: &merged)
                merged += otherPostings[at..<end]
            }
            mergedStarts.append(UInt32(merged.count))
        }
        self.postings = Column(merged)
        postingStarts = Column(mergedStarts)

        var words = Array(self.words)
        var allWords = Set(words)
        for word in other.words where allWords.insert(word).inserted { words.append(word) }
        words.sort()
        self.words = StringColumn(words)
        wordTerms = Column(words.map { terms.value(for: TermKey.word($0)) ?? -1 })
    }

    static func readGap(_ bytes: [UInt8], _ offset: inout Int) -> Int32 {
        bytes.withUnsafeBufferPointer { Int32(readLEB128($0, &offset, end: $0.count)) }
    }

    static func writeGap(_ gap: UInt32, to bytes: inout [UInt8]) {
        var gap = gap
        while gap >= 0x80 {
            bytes.append(UInt8(gap & 0x7F) | 0x80)
            gap >>= 7
        }
        bytes.append(UInt8(gap))
    }

    /// The last text of an encoded posting list (gaps, each followed by a frequency).
    static func lastValue<List: Collection<UInt8>>(_ list: List) -> Int32 {
        var last: Int32 = -1
        var value: UInt32 = 0
        var shift: UInt32 = 0
        var isGap = true
        for byte in list {
            value |= UInt32(byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 {
                if isGap { last += Int32(value) }
                isGap.toggle()
                value = 0
                shift = 0
            }
        }
        return last
    }
}
