/// Volume, issue and pages read from a reference's details (`22(2):71–85`).
///
/// Only the shapes `V`, `V(I)`, `V:P`, `V(I):P` and `pp. P` are read; anything
/// else stays whole in `unparsed` so no format loses it.
struct PublicationDetails: Hashable, Sendable {
    var volume: String?
    var issue: String?
    /// First and last page; `last` is nil for a single page.
    var firstPage: String?
    var lastPage: String?
    var unparsed: String?

    init(_ text: String?) {
        guard let raw = text.map(Script.collapsingWhitespace), !raw.isEmpty else { return }
        if !parse(raw) {
            self = PublicationDetails(unparsed: raw)
        }
    }

    private init(unparsed: String) {
        self.unparsed = unparsed
    }

    var isEmpty: Bool {
        volume == nil && issue == nil && firstPage == nil && unparsed == nil
    }

    /// Pages joined with `separator` (`--` for TeX, `-` for CSL).
    func pages(separator: String) -> String? {
        guard let firstPage else { return nil }
        return lastPage.map { "\(firstPage)\(separator)\($0)" } ?? firstPage
    }

    private mutating func parse(_ text: String) -> Bool {
        var rest = Substring(text)
        for prefix in ["pp. ", "pp.", "p. "] where rest.hasPrefix(prefix) {
            return readPages(rest.dropFirst(prefix.count))
        }
        let volume = rest.prefix(while: Self.isPageCharacter)
        guard !volume.isEmpty else { return false }
        rest = rest.dropFirst(volume.count)
        if rest.first == "(" {
            let issue = rest.dropFirst().prefix { $0 != ")" }
            guard !issue.isEmpty, rest.dropFirst(issue.count + 1).first == ")" else { return false }
            self.issue = String(issue)
            rest = rest.dropFirst(issue.count + 2)
        }
        self.volume = String(volume)
        if rest.isEmpty { return true }
        guard rest.first == ":" else { return false }
        return readPages(rest.dropFirst().drop { $0 == " " })
    }

    private mutating func readPages(_ text: Substring) -> Bool {
        let first = text.prefix(while: Self.isPageCharacter)
        guard !first.isEmpty else { return false }
        var rest = text.dropFirst(first.count)
        firstPage = String(first)
        if rest.isEmpty { return true }
        let dashes = rest.prefix { $0 == "-" || $0 == "–" || $0 == "—" }
        guard !dashes.isEmpty else { return false }
        rest = rest.dropFirst(dashes.count)
        let last = rest.prefix(while: Self.isPageCharacter)
        guard !last.isEmpty, last.count == rest.count else { return false }
        lastPage = String(last)
        return true
    }

    /// Digits, and letters as in `e1234` or roman numerals.
    private static func isPageCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
