/// Splits `2.4 标题`, `5.1社会伦理`, `1. 引言` into a section number and the rest.
enum SectionNumber {
    /// The number (`2`, `2.4`, `2.4.5`) at the start of `text`, and the title after it.
    /// A bare number must be followed by a space so that `2017年…` is not a section.
    static func split(_ text: String) -> (number: String, rest: String)? {
        // Most titles and lines do not start with a digit; they are not decoded.
        guard let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
        let scalars = text.scalarArray
        var index = 0
        var number = String.UnicodeScalarView()
        var groups = 0
        while index < scalars.count {
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            let digits = index - start
            guard digits > 0, digits <= 3 else { break }
            number.append(contentsOf: scalars[start..<index])
            groups += 1
            if index + 1 < scalars.count, scalars[index] == ".", ("0"..."9").contains(scalars[index + 1]) {
                number.append(".")
                index += 1
            } else {
                break
            }
        }
        guard groups > 0 else { return nil }
        if index < scalars.count, scalars[index] == "." || scalars[index] == "、" { index += 1 }
        let hasSpace = index < scalars.count && scalars[index].isBlank
        guard hasSpace || (groups > 1 && index < scalars.count) else { return nil }
        let rest = String(unicodeScalars: scalars[index...]).trimmingSpaces()
        guard !rest.isEmpty else { return nil }
        return (String(number), rest)
    }

    static func depth(_ number: String) -> Int {
        number.split(separator: ".").count
    }
}
