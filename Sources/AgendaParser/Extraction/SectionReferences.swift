#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds references to numbered sections — `第2.4.5节`, `参见2.2.3节与3.3节`,
/// `(第3.5节)`, `Section 2.4`, `§3.3` — and returns each with its line.
enum SectionReferences {
    struct Reference: Equatable {
        /// As written, without `第`/`节`: `2.4.5`.
        var number: String
        var source: SourceLocation
    }

    static func find(in passage: Passage) -> [Reference] {
        let text = passage.text
        guard hasDottedNumber(text) else { return [] }
        let scalars = text.scalarArray
        var references: [Reference] = []
        var index = 0
        var utf8Offset = 0
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            offsets.append(utf8Offset)
            utf8Offset += UTF8.width(scalar)
        }
        offsets.append(utf8Offset)
        while index < scalars.count {
            guard ("0"..."9").contains(scalars[index]), index == 0 || !isNumberPart(scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isNumberPart(scalars[end]) { end += 1 }
            while end > index, scalars[end - 1] == "." { end -= 1 }
            let number = String(unicodeScalars: scalars[index..<end])
            if number.utf8.contains(UInt8(ascii: ".")), isSectionContext(scalars, start: index, end: end) {
                references.append(Reference(number: number, source: passage.lines.source(atUTF8Offset: offsets[index])))
            }
            index = max(end, index + 1)
        }
        return references
    }

    /// Whether the passage made of `block` may hold a reference, judged on its raw
    /// lines: one has a dotted number, or inline markup whose removal could make
    /// one (`2.**4**`). Joining lines cannot: it puts a space between digits and dots.
    /// Headings are always kept; they tell where a list of references begins.
    static func mayOccur(in block: Block) -> Bool {
        func may(_ line: String) -> Bool { hasDottedNumber(line) || InlineMarkup.mayHoldMarkup(line) }
        switch block.kind {
        case .heading: return true
        case .table(let table): return ([table.header] + table.rows).contains { $0.cells.contains(where: may) }
        default: return block.segments.contains { may($0.text) }
        }
    }

    /// Whether a digit is followed by `.` and a digit or `.` somewhere: every
    /// number `find` keeps has that (its first dot is not trailing), and most
    /// passages have none, so they are passed over on their bytes alone.
    static func hasDottedNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3, let base = bytes.baseAddress else { return false }
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            // The C library finds each dot (from the second byte to the last but one) many bytes at a time.
            var from = 1
            while from < bytes.count - 1,
                let found = memchr(base + from, Int32(UInt8(ascii: ".")), bytes.count - 1 - from)
            {
                let dot = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if isDigit(bytes[dot - 1]) && (isDigit(bytes[dot + 1]) || bytes[dot + 1] == UInt8(ascii: ".")) {
                    return true
                }
                from = dot + 1
            }
            return false
        }
    }

    private static func isNumberPart(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == "."
    }

    /// `…节` after the number, or `Section`/`§`/`第` before it.
    private static func isSectionContext(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        var after = end
        while after < scalars.count, scalars[after] == " " { after += 1 }
        if after < scalars.count, scalars[after] == "节" || scalars[after] == "章" { return true }
        var before = start - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        guard before >= 0 else { return false }
        if scalars[before] == "§" { return true }
        let word = String(unicodeScalars: scalars[max(0, before - 7)...before]).lowercased()
        return word.hasSuffix("section") || word.hasSuffix("sec.")
    }
}
