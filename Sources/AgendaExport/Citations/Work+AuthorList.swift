import AgendaParser

extension Work {
    /// True when the corpus names only the first author(s) of a work and says there are
    /// more: every mention that names authors writes `et al.`, `等人` or `Holtzman等`, and
    /// no reference list gives the full list. One plain `Steinhardt, 2023` is enough to
    /// believe a single author.
    public var hasUnnamedAuthors: Bool {
        guard authorNames.isEmpty, !authors.isEmpty else { return false }
        let naming = mentions.filter { [.authorYear, .link, .narrative].contains($0.kind) }
        return !naming.isEmpty && naming.allSatisfy { Self.saysOthers($0.text) }
    }

    private static func saysOthers(_ text: String) -> Bool {
        if Script.contains(text.lowercased(), bytes: "et al") || Script.contains(text, bytes: "等人") { return true }
        // `Holtzman等`: a Latin name directly followed by 等.
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.dropFirst().contains {
            scalars[$0] == "等" && scalars[$0 - 1].isASCII && scalars[$0 - 1].properties.isAlphabetic
        }
    }
}
