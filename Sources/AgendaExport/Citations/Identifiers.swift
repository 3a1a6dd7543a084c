import AgendaParser
import Foundation

/// arXiv ids and DOIs in the one form every format expects.
enum Identifiers {
    /// The work's arXiv id, else one read from its URL (`arxiv.org/abs|pdf/…`) or
    /// details (`abs/1606.06565`); version suffixes are kept as written.
    static func arxiv(of work: Work) -> String? {
        if let id = work.arxiv.flatMap(cleanArxiv) { return id }
        if let url = work.url, let id = arxiv(inURL: url) { return id }
        if let details = work.details { return arxiv(inDetails: details) }
        return nil
    }

    static func arxivURL(_ id: String) -> String { "https://arxiv.org/abs/\(id)" }

    /// True for venues that only say "arXiv": `ArXiv`, `CoRR`, `arXiv preprint`.
    static func namesArxiv(_ venue: String) -> Bool {
        let lowered = venue.lowercased()
        return lowered == "corr" || lowered.hasPrefix("arxiv")
    }

    static func arxiv(inDetails details: String) -> String? {
        let trimmed = Script.collapsingWhitespace(details)
        guard trimmed.hasPrefix("abs/") else { return nil }
        return cleanArxiv(String(trimmed.dropFirst(4)))
    }

    static func arxiv(inURL url: String) -> String? {
        for marker in ["arxiv.org/abs/", "arxiv.org/pdf/"] {
            guard let range = url.range(of: marker) else { continue }
            var id = String(url[range.upperBound...].prefix { $0 != "?" && $0 != "#" })
            if id.hasSuffix(".pdf") { id.removeLast(4) }
            return cleanArxiv(id)
        }
        return nil
    }

    /// `arXiv:2308.00189` → `2308.00189`; nil unless it looks like an arXiv id
    /// (new `2308.00189v2` or old `cs/0112017` style).
    static func cleanArxiv(_ raw: String) -> String? {
        var id = Script.collapsingWhitespace(raw)
        if id.lowercased().hasPrefix("arxiv:") { id.removeFirst(6) }
        while id.hasSuffix("/") { id.removeLast() }
        let isNew = id.first?.isNumber == true && id.utf8.contains(UInt8(ascii: "."))
        let isOld = id.utf8.contains(UInt8(ascii: "/")) && id.last?.isNumber == true
        let allowed = id.allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "/" || $0 == "-")
        }
        return (isNew || isOld) && allowed ? id : nil
    }

    /// `https://doi.org/10.1002/sys.21255` → `10.1002/sys.21255`.
    static func doi(_ raw: String?) -> String? {
        guard var doi = raw.map(Script.collapsingWhitespace), !doi.isEmpty else { return nil }
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where doi.lowercased().hasPrefix(prefix) {
            doi.removeFirst(prefix.count)
            break
        }
        return doi.isEmpty ? nil : doi
    }
}
