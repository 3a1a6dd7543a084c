/// One entry of a reference list in ACL style: `Authors. YEAR. Title. *Venue*, details[, month].`
///
/// `Dario Amodei, …, and Dan Mané. 2016. Concrete problems in AI safety. *CoRR*, abs/1606.06565.`
/// `Nick Bostrom. 2012. The superintelligent will: …. *Minds Mach.*, 22(2):71–85, may.`
/// `Micah Carroll. 2018. Overview of current AI alignment approaches.` (no venue).
enum CitationReferenceEntry {
    static func parse(_ text: String, source: SourceLocation) -> CitationFact? {
        let scalars = text.scalarArray
        guard let year = yearRange(scalars) else { return nil }
        let names = authorNames(scalars.text(0..<year.lowerBound))
        guard !names.isEmpty else { return nil }
        var restStart = year.upperBound
        while restStart < scalars.count,
            scalars[restStart] == ")" || scalars[restStart] == "." || scalars[restStart] == ","
        {
            restStart += 1
        }
        let rest = scalars.text(restStart..<scalars.count)

        var fact = CitationFact(mention: Mention(source: source, text: text, kind: .reference))
        fact.isReference = true
        fact.authorNames = names
        fact.authors = names.map(CitationNames.surname)
        fact.year = scalars.text(year)
        let (title, venue, detailsAndMonth) = split(rest)
        let (details, month) = detailsAndMonth.map(CitationMonth.split) ?? (nil, nil)
        fact.title = title
        fact.venue = venue
        fact.details = details
        fact.month = month
        fact.arxiv = CitationIdentifiers.arxiv(inReference: rest)
        fact.doi = CitationIdentifiers.doi(inReference: rest)
        fact.url = CitationIdentifiers.firstURL(in: rest)
        if let arxiv = fact.arxiv, let current = details, current == "abs/\(arxiv)" || current == "arXiv:\(arxiv)" {
            fact.details = nil
        }
        fact.kind = kind(venue: venue, arxiv: fact.arxiv)
        return fact
    }

    /// The first `YYYY` (or `YYYYa`) after `. `, `, ` or `(` and before `.`, `)` or `,`.
    static func yearRange(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        var index = 1
        while index + 4 <= scalars.count {
            let previous = scalars[index - 1]
            if previous == "("
                || (previous == " " && index >= 2 && (scalars[index - 2] == "." || scalars[index - 2] == ","))
            {
                var end = index + 4
                if end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
                if CitationLexicon.yearToken(scalars[index..<end]) != nil,
                    end == scalars.count || [".", ")", ","].contains(scalars[end])
                {
                    return index..<end
                }
            }
            index += 1
        }
        return nil
    }

    /// `A, B, and C` / `A and B` / `A`: full names in order.
    static func authorNames(_ raw: String) -> [String] {
        let text = withoutTrailingPunctuation(raw.trimmingSpaces())
        let names = CitationNames.split(text).map { name -> String in
            name.hasPrefix("and ") ? String(name.dropFirst(4)).trimmingSpaces() : name
        }
        return names.filter { name in
            name.unicodeScalars.contains(where: CitationLexicon.isLatinLetter)
                || name.unicodeScalars.contains(where: \.isHan)
        }
    }

    /// `text` without the `.`, `,`, `(` and blanks at its end, cut off in one slice:
    /// removing a `String.UnicodeScalarView`'s last scalar one at a time cost 31,000
    /// instructions each.
    static func withoutTrailingPunctuation(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let last = scalars[scalars.index(before: end)]
            guard last == "." || last == "," || last == "(" || last.isBlank else { break }
            end = scalars.index(before: end)
        }
        return end < scalars.endIndex ? String(scalars[..<end]) : text
    }

    /// Title, venue and details from what follows the year.
    static func split(_ rest: String) -> (title: String?, venue: String?, details: String?) {
        let scalars = rest.scalarArray
        if let star = scalars.firstIndex(of: "*") {
            var venueStart = star
            while venueStart < scalars.count, scalars[venueStart] == "*" { venueStart += 1 }
            let venueEnd = scalars[venueStart...].firstIndex(of: "*") ?? scalars.count
            var detailsStart = venueEnd
            while detailsStart < scalars.count, scalars[detailsStart] == "*" { detailsStart += 1 }
            return (
                titleText(scalars.text(0..<star)), nonEmpty(scalars.text(venueStart..<venueEnd)),
                detailsText(scalars.text(detailsStart..<scalars.count))
            )
        }
        // Plain text: the title ends at the first `. `, `? ` or `! `.
        var index = 0
        while index + 1 < scalars.count {
            if ".?!".unicodeScalars.contains(scalars[index]), scalars[index + 1] == " " {
                let title = titleText(scalars.text(0..<(index + 1)))
                let remainder = scalars.text((index + 1)..<scalars.count)
                guard let comma = remainder.firstIndex(of: ",") else {
                    return (title, nonEmpty(trimmedPeriod(remainder)), nil)
                }
                return (
                    title, nonEmpty(String(remainder[..<comma])),
                    detailsText(String(remainder[remainder.index(after: comma)...]))
                )
            }
            index += 1
        }
        return (titleText(rest), nil, nil)
    }

    /// The title before the venue, without its period and without the `In` of
    /// `Title. In *Proceedings of …*`.
    private static func titleText(_ text: String) -> String? {
        var title = text.trimmingSpaces()
        if title.hasSuffix(". In") { title.removeLast(3) }
        return nonEmpty(trimmedPeriod(title))
    }

    private static func detailsText(_ text: String) -> String? {
        var details = Substring(text.trimmingSpaces())
        while let first = details.first, first == "," || first == "." || first == ";" || first == " " {
            details = details.dropFirst()
        }
        return nonEmpty(trimmedPeriod(String(details)))
    }

    private static func trimmedPeriod(_ text: String) -> String {
        var text = text.trimmingSpaces()
        while text.hasSuffix(".") { text.removeLast() }
        return text.trimmingSpaces()
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    private static let conferenceWords = [
        "proceedings", "conference", "workshop", "symposium", "meeting", "acl", "emnlp", "naacl", "neurips", "nips",
        "icml", "iclr", "aaai", "ijcai", "cvpr", "coling", "ccl",
    ]

    /// ArXiv/CoRR → preprint; proceedings and conference names → conference paper;
    /// any other venue → journal article; none → unknown.
    static func kind(venue: String?, arxiv: String?) -> Work.Kind {
        guard let venue else { return arxiv == nil ? .unknown : .preprint }
        let folded = venue.lowercased()
        if folded.contains("arxiv") || folded.contains("corr") { return .preprint }
        let words = folded.split { !$0.isLetter }.map(String.init)
        if words.contains(where: conferenceWords.contains) { return .conferencePaper }
        if folded.contains("blog") { return .blogPost }
        return .journalArticle
    }
}
