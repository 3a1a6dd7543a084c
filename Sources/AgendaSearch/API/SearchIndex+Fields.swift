import AgendaParser

/// What of each concept, challenge and work is searched, and in which field.
extension SearchIndex {
    static func fields(of concept: Concept) -> [(field: SearchField, text: String)] {
        [(.conceptName, concept.names.joined(separator: " / ")), (.definition, concept.definition ?? "")]
    }

    static func fields(of challenge: Challenge) -> [(field: SearchField, text: String)] {
        let title = ([challenge.title] + (challenge.titleEn.map { [$0] } ?? [])).joined(separator: " / ")
        return [(.identifier, challenge.id), (.challengeTitle, title), (.body, challenge.summary ?? "")]
            + challenge.questions.map { (.body, $0) }
    }

    static func fields(of work: Work) -> [(field: SearchField, text: String)] {
        var authors = work.authors
        for name in work.authorNames where !authors.contains(name) { authors.append(name) }
        let titles = [work.title, work.titleZh].compactMap { $0 }.joined(separator: " / ")
        return [
            (.identifier, work.key), (.author, authors.joined(separator: ", ")), (.year, work.year ?? ""),
            (.workTitle, titles), (.identifier, work.arxiv ?? ""), (.body, work.venue ?? ""),
        ]
    }

    static func title(of concept: Concept) -> String {
        concept.english.map { "\(concept.term) / \($0)" } ?? concept.term
    }

    static func title(of challenge: Challenge) -> String {
        let english = challenge.titleEn.map { " / \($0)" } ?? ""
        return "\(challenge.id) \(challenge.title)\(english)"
    }

    /// `Ouyang et al. 2022: Training language models …`
    static func title(of work: Work) -> String {
        var names = work.authors.first ?? work.key
        if work.authors.count == 2 { names += " & \(work.authors[1])" }
        if work.authors.count > 2 { names += " et al." }
        let year = work.year.map { " \($0)" } ?? ""
        let title = (work.title ?? work.titleZh).map { ": \($0)" } ?? ""
        return names + year + title
    }

    /// Where a concept hit points: the alias's justification when found via an
    /// alias, the definition for a definition match, else where it is introduced.
    static func source(of concept: Concept, field: SearchField, via: String?) -> SourceLocation {
        if let via, let alias = concept.aliasSources.first(where: { $0.alias == via }) { return alias.source }
        let definition = field == .definition ? concept.definitionSource : nil
        return definition ?? concept.definedAt.first ?? concept.definitionSource ?? concept.occurrences.first
            ?? concept.aliasSources.first?.source ?? SourceLocation(document: "", line: 0)
    }

    static func source(of work: Work) -> SourceLocation {
        work.mentions.first?.source ?? SourceLocation(document: "", line: 0)
    }

    /// The section a passage is in: the last heading at or before its first line (a heading is
    /// in its own section), else the document's title.
    func sectionTitle(of passage: Passage) -> String {
        guard let number = documentNumbers[passage.lines.document] else { return passage.lines.document }
        let outline = records.outlines[number]
        let line = passage.lines.firstLine
        var low = 0
        var high = outline.count
        while low < high {
            let mid = (low + high) / 2
            if outline[mid].source.line <= line { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? outline[low - 1].displayTitle : corpus.documents[number].title
    }
}
