import AgendaExport
import AgendaParser

/// Renders a `ChallengeSummary` for people: a header, then labelled sections.
struct ChallengeCard {
    var summary: ChallengeSummary
    var console: Console

    func render() -> String {
        let challenge = summary.challenge
        var out = console.paragraph(StyledText("\(challenge.id)  \(challenge.title)", style: .bold))
        if let english = challenge.titleEn {
            out += console.paragraph(StyledText(english), prefix: indent(challenge.id))
        }
        out += "\n"
        out += field(
            "Agenda", summary.agenda.map { "\($0.name)" + ($0.title.map { " — \($0)" } ?? "") } ?? challenge.agenda)
        out += field(
            "Category",
            summary.category.map { "\($0.id) \($0.name)" + ($0.nameEn.map { " / \($0)" } ?? "") } ?? challenge.category)
        out += field("Source", challenge.source.description)
        if let text = challenge.summary {
            out += section("Description") + console.paragraph(StyledText(text), prefix: "  ")
        }
        if !challenge.questions.isEmpty {
            out += section("Sub-questions (\(challenge.questions.count))")
            for (index, question) in challenge.questions.enumerated() {
                out += console.paragraph(StyledText(question), prefix: "  \(index + 1). ")
            }
        }
        out += section("Concepts (\(summary.concepts.count))")
        if summary.concepts.isEmpty {
            out += console.paragraph(StyledText("none found in its title or description", style: .dim), prefix: "  ")
        }
        for match in summary.concepts {
            let concept = match.concept
            let names = [concept.term] + (concept.english.map { [$0] } ?? [])
            let place = concept.definedAt.first.map { "  \($0)" } ?? ""
            out += console.paragraph(
                StyledText(names.joined(separator: " / ")) + StyledText(place, style: .dim), prefix: "  • ")
        }
        out += section("Works cited where it is discussed (\(summary.citations.count))")
        if summary.citations.isEmpty { out += console.paragraph(StyledText("none", style: .dim), prefix: "  ") }
        for citation in summary.citations {
            let title = citation.work.title ?? citation.work.titleZh ?? citation.work.url
            let lines = citation.mentions.map(\.source.description).joined(separator: ", ")
            let text = ([citation.work.shortCitation] + (title.map { [$0] } ?? [])).joined(separator: "  ")
            out += console.paragraph(StyledText(citation.key, style: .cyan) + StyledText("  \(text)"), prefix: "  • ")
            // Places on a line of their own: `document:line` reads badly when wrapped at a hyphen.
            out += console.paragraph(StyledText(lines, style: .dim), prefix: "      ")
        }
        out += section("Discussed at (\(summary.places.count))")
        for place in summary.places {
            let label = place.kind == .statement ? "stated" : "section reference"
            out += console.paragraph(
                StyledText(place.source.description, style: .cyan) + StyledText("  \(label)", style: .dim), prefix: "  "
            )
            if let text = place.text {
                out += "      " + snippet(text, around: place.kind == .statement ? nil : challenge.id) + "\n"
            }
        }
        return out
    }

    /// One line of the passage, cut around the section number when there is one.
    private func snippet(_ text: String, around needle: String?) -> String {
        var matches: [Range<Int>] = []
        if let needle, let range = text.range(of: needle) {
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            matches = [start..<(start + needle.utf8.count)]
        }
        let cut = Snippet(
            source: text, matches: matches, width: max(console.terminal.width - 6, 10),
            measure: console.terminal.displayWidth)
        return cut.styledText().rendered(colorEnabled: console.terminal.colorEnabled)
    }

    private func indent(_ id: String) -> String {
        String(repeating: " ", count: console.terminal.displayWidth.columns(id) + 2)
    }

    private func field(_ label: String, _ value: String) -> String {
        console.paragraph(
            StyledText(value), prefix: console.styled(label.padding(toLength: 10, withPad: " ", startingAt: 0), .bold))
    }

    private func section(_ title: String) -> String {
        "\n" + console.styled(title, .bold) + "\n"
    }
}
