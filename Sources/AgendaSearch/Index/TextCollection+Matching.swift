#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TextCollection {
    /// The texts holding one looked-up term, ascending.
    func postings(of lookup: KeywordPattern.Lookup) -> [Int32] {
        var found: [Int32]
        switch lookup {
        case .unigram(let value, _):
            found = terms.value(for: TermKey.unigram(value)).map { [$0] } ?? []
        case .bigram(let first, let second, _):
            found = terms.value(for: TermKey.bigram(first, second)).map { [$0] } ?? []
        case .word(let word, .prefix, _):
            found = wordTerms(prefix: word)
        case .word(let word, .wordOrPlural, _):
            found = [word, word + "s", word + "es"].compactMap(wordTerm)
        case .word(let word, _, _):
            found = wordTerm(word).map { [$0] } ?? []
        }
        if found.count <= 1 { return found.first.map(postings(of:)) ?? [] }
        var merged = found.flatMap(postings(of:))
        merged.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(merged.count)
        for value in merged where unique.last != value { unique.append(value) }
        return unique
    }

    static func intersect(_ left: [Int32], _ right: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var i = 0
        var j = 0
        while i < left.count && j < right.count {
            if left[i] < right[j] {
                i += 1
            } else if left[i] > right[j] {
                j += 1
            } else {
                result.append(left[i])
                i += 1
                j += 1
            }
        }
        return result
    }

    /// Where `pattern` occurs in text `index`: byte ranges relative to the
    /// text's start in `normalised`, not overlapping, in order.
    func occurrences(of pattern: KeywordPattern, in index: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        if let scanned {
            // Only the scanned texts' lengths are kept: the text is normalised again.
            let bytes = ScannedTexts.normalisedUTF8(of: scanned.originals[index])
            bytes.withUnsafeBufferPointer { Self.scan(pattern, in: $0, range: 0..<$0.count) { result.append($0) } }
            return result
        }
        var known = 0..<0
        scan(pattern, in: index, known: &known) { result.append($0) }
        return result
    }

    /// How many times `pattern` occurs in text `index` (as `occurrences` would list them);
    /// `known` carries what was checked of `normalised` from one ascending call to the next.
    func occurrenceCount(of pattern: KeywordPattern, in index: Int, known: inout Range<Int>) -> Int {
        var count = 0
        scan(pattern, in: index, known: &known) { _ in count += 1 }
        return count
    }

    @inline(__always)
    private func scan(
        _ pattern: KeywordPattern, in index: Int, known: inout Range<Int>, _ found: (Range<Int>) -> Void
    ) {
        guard !pattern.bytes.isEmpty else { return }
        let textRange = range(of: index)
        guard normalised.isIntact(textRange, known: &known) else { return }
        normalised.withUnsafeBufferPointer { Self.scan(pattern, in: $0, range: textRange, found) }
    }

    /// Each occurrence of `pattern` in the normalised UTF-8 `buffer[range]`, as a range
    /// relative to `range`'s start.
    @inline(__always)
    static func scan(
        _ pattern: KeywordPattern, in buffer: UnsafeBufferPointer<UInt8>, range textRange: Range<Int>,
        _ found: (Range<Int>) -> Void
    ) {
        let needle = pattern.bytes
        guard !needle.isEmpty else { return }
        needle.withUnsafeBufferPointer { needleBuffer in
            guard let base = buffer.baseAddress, let needleBase = needleBuffer.baseAddress else { return }
            // Candidates are found by their last byte with memchr (vectorised in libc): for
            // CJK that is a continuation byte, much rarer than a lead byte.
            let lastByte = Int32(needle[needle.count - 1])
            var at = textRange.lowerBound + needle.count - 1
            while at < textRange.upperBound {
                guard let match = memchr(base + at, lastByte, textRange.upperBound - at) else { break }
                let end = base.distance(to: match.assumingMemoryBound(to: UInt8.self)) + 1
                let start = end - needle.count
                if memcmp(base + start, needleBase, needle.count) == 0
                    && startsWord(pattern, buffer, start, textRange) && endsWord(pattern, buffer, end, textRange)
                {
                    found((start - textRange.lowerBound)..<(end - textRange.lowerBound))
                    at = end + needle.count - 1
                } else {
                    at = end
                }
            }
        }
    }

    private static func startsWord(
        _ pattern: KeywordPattern, _ buffer: UnsafeBufferPointer<UInt8>, _ at: Int, _ text: Range<Int>
    ) -> Bool {
        guard pattern.startsWithWord, at > text.lowerBound else { return true }
        let (previous, previousStart) = UTF8Scanner.scalar(before: at, in: buffer)
        if ScriptClass(previous) == .word { return false }
        // A number continues through `.` (`2.4` is not at a word start in `12.4` or `3.2.4`).
        if previous == 0x2E && pattern.startsWithDigit && previousStart > text.lowerBound {
            return !ScriptClass.isDigit(UTF8Scanner.scalar(before: previousStart, in: buffer).value)
        }
        return true
    }

    private static func endsWord(
        _ pattern: KeywordPattern, _ buffer: UnsafeBufferPointer<UInt8>, _ end: Int, _ text: Range<Int>
    ) -> Bool {
        switch pattern.ending {
        case .free, .prefix:
            return true
        case .word, .wordOrPlural:
            var at = end
            var rest: [UInt32] = []
            while at < text.upperBound {
                let (next, width) = UTF8Scanner.scalar(at: at, in: buffer)
                if ScriptClass(next) == .word {
                    rest.append(next)
                } else if next == 0x2E && pattern.endsWithDigit && rest.isEmpty && at + width < text.upperBound
                    && ScriptClass.isDigit(UTF8Scanner.scalar(at: at + width, in: buffer).value)
                {
                    return false
                } else {
                    break
                }
                if rest.count > 2 { return false }
                at += width
            }
            if rest.isEmpty { return true }
            return pattern.ending == .wordOrPlural && (rest == [0x73] || rest == [0x65, 0x73])
        }
    }
}

/// Decoding single scalars from valid UTF-8 around a byte offset.
enum UTF8Scanner {
    @inline(__always)
    static func scalar(at offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (value: UInt32, width: Int) {
        let lead = UInt32(buffer[offset])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(buffer[offset + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            let value = (lead & 0x0F) << 12 | UInt32(buffer[offset + 1] & 0x3F) << 6 | UInt32(buffer[offset + 2] & 0x3F)
            return (value, 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(buffer[offset + 1] & 0x3F) << 12 | UInt32(buffer[offset + 2] & 0x3F) << 6
            | UInt32(buffer[offset + 3] & 0x3F)
        return (value, 4)
    }

    /// The scalar that ends just before `offset`, and where it starts.
    @inline(__always)
    static func scalar(before offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (value: UInt32, start: Int) {
        var start = offset - 1
        while start > 0 && buffer[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start, in: buffer).value, start)
    }
}
