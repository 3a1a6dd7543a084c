extension Corpus {
    /// Places read from the text that point outside their document (a line past its end, or a
    /// document the corpus does not hold), one description each; empty unless the parser has a bug.
    ///
    /// Checked: passages, work mentions, concept occurrences, challenges' `discussedAt` and
    /// diagnostics. Not checked: sources that a curated index row names (a challenge's or
    /// category's `source`, a glossary row's line), which may point anywhere and are reported
    /// by `agenda check` instead. The fuzzer and its regression tests assert this is empty.
    func placesOutsideTheirDocuments() -> [String] {
        var lineCounts: [String: Int] = [:]
        for document in documents { lineCounts[document.name] = document.lineCount }
        var problems: [String] = []
        func check(_ document: String, _ line: Int, _ what: @autoclosure () -> String) {
            if line < 1 || line > (lineCounts[document] ?? 0) { problems.append("\(what()) at \(document):\(line)") }
        }
        for passage in passages {
            for line in passage.lines.lineNumbers { check(passage.lines.document, line, "passage") }
        }
        for work in works {
            for mention in work.mentions {
                check(mention.source.document, mention.source.line, "mention of \(work.key)")
            }
        }
        for concept in concepts {
            for place in concept.occurrences { check(place.document, place.line, "occurrence of \(concept.term)") }
        }
        for challenge in challenges {
            for place in challenge.discussedAt { check(place.document, place.line, "discussion of \(challenge.id)") }
        }
        for diagnostic in diagnostics {
            if let source = diagnostic.source { check(source.document, source.line, "diagnostic \(diagnostic.id)") }
        }
        return problems
    }
}
