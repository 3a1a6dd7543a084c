/// Headings that plain text (and some Markdown) writes without `#`.
enum HeadingRules {
    /// `**1.1 为什么有这个议程? **`: a whole line in bold that starts with a section number.
    static func boldNumbered(_ text: String, document: String, line: Int) -> Heading? {
        guard text.hasLiteralPrefix("**"), text.hasSuffix("**"), text.count > 4 else { return nil }
        let inner = String(text.dropFirst(2).dropLast(2)).trimmingSpaces()
        guard !inner.contains("**"), let split = SectionNumber.split(inner) else { return nil }
        return Heading(
            level: SectionNumber.depth(split.number), number: split.number, title: split.rest,
            source: SourceLocation(document: document, line: line))
    }

    /// `1.2 术语解释 “对齐”、“安全”…`: a dotted section number and a short title,
    /// optionally followed on the same line by the section's first paragraph.
    static func numberedLine(_ text: String) -> (number: String, title: String, rest: String?)? {
        guard let split = SectionNumber.split(text), split.number.contains(".") else { return nil }
        let words = split.rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let first = words.first, first.count <= 20, !containsSentencePunctuation(first) else { return nil }
        let rest = words.count > 1 ? String(words[1]).trimmingSpaces() : nil
        return (split.number, String(first), rest)
    }

    /// A short line with no sentence punctuation standing alone before a longer
    /// paragraph: `LLMs科学理解`.
    static func isStandaloneTitle(_ text: String, next: String?) -> Bool {
        let scalars = text.unicodeScalars.count
        guard (2...24).contains(scalars), !containsSentencePunctuation(text) else { return false }
        guard !text.hasPrefix("http"), !text.contains("://") else { return false }
        guard let next else { return false }
        return next.unicodeScalars.count >= max(30, scalars * 3)
    }

    static func containsSentencePunctuation<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains { "。，,：:；;！？!?、".unicodeScalars.contains($0) }
    }
}
