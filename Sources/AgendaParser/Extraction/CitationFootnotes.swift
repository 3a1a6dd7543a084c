/// Footnotes of PDF conversions: `<sup>3</sup><http://edge.org/…>` definitions and
/// the `<sup>3</sup>` markers in the text (`在一次访谈中<sup>3</sup>指出`). One work
/// per footnote URL, mentioned where it is defined and wherever its marker stands.
enum CitationFootnotes {
    struct Definition {
        var label: String
        var target: String
        var source: SourceLocation
        var text: String
    }

    static func facts(
        definitions: [Definition], markers: [(label: String, mention: Mention)]
    ) -> (facts: [CitationFact], diagnostics: [Diagnostic]) {
        var facts: [CitationFact] = []
        var factOfDefinition: [Int: Int] = [:]
        for (index, definition) in definitions.enumerated() {
            guard
                let url = CitationIdentifiers.parts(definition.target) != nil
                    ? definition.target : CitationIdentifiers.firstURL(in: definition.target)
            else { continue }
            var fact = CitationFact(mention: Mention(source: definition.source, text: definition.text, kind: .footnote))
            fact.adopt(url: url)
            fact.kind = .webpage
            factOfDefinition[index] = facts.count
            facts.append(fact)
        }
        var diagnostics: [Diagnostic] = []
        var byLabel: [String: [Int]] = [:]
        for (index, definition) in definitions.enumerated() { byLabel[definition.label, default: []].append(index) }
        for marker in markers {
            guard let candidates = byLabel[marker.label] else {
                if !definitions.isEmpty {
                    diagnostics.append(CitationDiagnostics.undefinedFootnote(marker.label, at: marker.mention.source))
                }
                continue
            }
            let definition = nearest(candidates, to: marker.mention.source.line, in: definitions)
            if let fact = factOfDefinition[definition] { facts[fact].mentions.append(marker.mention) }
        }
        return (facts, diagnostics)
    }

    /// The definition a marker points to: the first with its label at or after the
    /// marker's line (footnotes follow their page), else the last one before it.
    /// `candidates` are indices into `definitions`, in line order.
    static func nearest(_ candidates: [Int], to line: Int, in definitions: [Definition]) -> Int {
        var low = 0
        var high = candidates.count
        while low < high {
            let mid = (low + high) / 2
            if definitions[candidates[mid]].source.line < line { low = mid + 1 } else { high = mid }
        }
        return low < candidates.count ? candidates[low] : candidates[candidates.count - 1]
    }
}
