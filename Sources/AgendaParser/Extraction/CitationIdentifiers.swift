/// arXiv ids, DOIs and URL forms: what makes two mentions certainly the same work.
enum CitationIdentifiers {
    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// Splits `https://host/path?query#fragment` into a lowercased host and the path with query.
    /// Reads UTF-8 bytes: every delimiter is ASCII, and each link is split several times.
    static func parts(_ url: String) -> (host: String, path: String)? {
        var whole = url.trimmingSpaces()
        return whole.withUTF8 { bytes -> (host: String, path: String)? in
            let count = bytes.count
            var scheme = 0
            while scheme + 2 < count, !(bytes[scheme] == 0x3A && bytes[scheme + 1] == 0x2F && bytes[scheme + 2] == 0x2F)
            {
                scheme += 1
            }
            guard scheme + 2 < count else { return nil }
            let name = bytes[..<scheme].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            guard name.elementsEqual("http".utf8) || name.elementsEqual("https".utf8) else { return nil }
            let start = scheme + 3
            var end = start
            while end < count, bytes[end] != UInt8(ascii: "#") { end += 1 }
            var slash = start
            while slash < end, bytes[slash] != UInt8(ascii: "/") { slash += 1 }
            var hostStart = start
            for index in start..<slash where bytes[index] == UInt8(ascii: "@") { hostStart = index + 1 }
            var hostEnd = hostStart
            while hostEnd < slash, bytes[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
            guard hostStart < hostEnd else { return nil }
            let host = String(decoding: bytes[hostStart..<hostEnd], as: UTF8.self).lowercased()
            return (host, String(decoding: bytes[slash..<end], as: UTF8.self))
        }
    }

    /// `2308.00189` from `arxiv.org/abs/2308.00189v2`, `/pdf/2308.00189.pdf`; old ids (`hep-th/9901001`) too.
    static func arxiv(inURL url: String) -> String? {
        guard let (host, path) = parts(url), host == "arxiv.org" || host.hasSuffix(".arxiv.org") else { return nil }
        for prefix in ["/abs/", "/pdf/", "/html/"] where path.hasPrefix(prefix) {
            var id = String(path.dropFirst(prefix.count))
            if let query = id.firstIndex(of: "?") { id = String(id[..<query]) }
            if id.hasSuffix(".pdf") { id.removeLast(4) }
            while id.hasSuffix("/") { id.removeLast() }
            return normaliseArxiv(id)
        }
        return nil
    }

    /// An arXiv id in a reference's details: `abs/1606.06565`, `arXiv:1606.06565`, or an arXiv URL.
    static func arxiv(inReference text: String) -> String? {
        if let url = firstURL(in: text), let id = arxiv(inURL: url) { return id }
        for marker in ["abs/", "arXiv:", "arxiv:", "ArXiv:"] {
            guard let range = CitationLexicon.range(of: marker, in: text) else { continue }
            let candidate = text[range.upperBound...].prefix { !$0.isWhitespace && $0 != "," && $0 != ";" }
            var id = String(candidate)
            while id.hasSuffix(".") { id.removeLast() }
            if let id = normaliseArxiv(id) { return id }
        }
        return nil
    }

    /// `2308.00189v2` → `2308.00189`; rejects what is not an arXiv id.
    static func normaliseArxiv(_ raw: String) -> String? {
        var id = Substring(raw)
        if let v = id.lastIndex(of: "v"), v > id.startIndex, id[id.index(after: v)...].allSatisfy(isDigit),
            id.index(after: v) < id.endIndex
        {
            id = id[..<v]
        }
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, (4...5).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy(isDigit) })
        {
            return String(id)
        }
        // Old style: `hep-th/9901001`, `cs.AI/0101001`.
        let slash = id.split(separator: "/")
        if slash.count == 2, slash[1].count == 7, slash[1].allSatisfy(isDigit),
            slash[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == ".") })
        {
            return String(id)
        }
        return nil
    }

    /// `10.1145/360018.360022` from `doi.org/…`, `dx.doi.org/…` or any `/doi/` path (`dl.acm.org/doi/…`).
    static func doi(inURL url: String) -> String? {
        guard let (host, path) = parts(url) else { return nil }
        var candidate: Substring?
        if host == "doi.org" || host == "dx.doi.org" {
            candidate = path.dropFirst()
        } else if let range = CitationLexicon.range(of: "/doi/", in: path) {
            candidate = path[range.upperBound...]
            for sub in ["abs/", "pdf/", "full/", "epdf/"] where candidate!.hasPrefix(sub) {
                candidate = candidate!.dropFirst(sub.count)
            }
        }
        guard var doi = candidate else { return nil }
        if let query = doi.firstIndex(of: "?") { doi = doi[..<query] }
        while doi.hasSuffix("/") { doi = doi.dropLast() }
        let decoded = String(doi).removingPercentEncoding ?? String(doi)
        return decoded.hasPrefix("10.") && decoded.contains("/") ? decoded : nil
    }

    /// A URL that names a paper: an arXiv id or a DOI.
    static func isScholarly(_ url: String) -> Bool {
        arxiv(inURL: url) != nil || doi(inURL: url) != nil
    }

    /// A DOI written in a reference: `doi:10.…`, `https://doi.org/10.…`.
    static func doi(inReference text: String) -> String? {
        if let url = firstURL(in: text), let doi = doi(inURL: url) { return doi }
        for marker in ["doi:", "DOI:", "doi: ", "DOI: "] {
            guard let range = CitationLexicon.range(of: marker, in: text) else { continue }
            var doi = String(text[range.upperBound...].prefix { !$0.isWhitespace && $0 != "," })
            while doi.hasSuffix(".") { doi.removeLast() }
            if doi.hasPrefix("10."), doi.contains("/") { return doi }
        }
        return nil
    }

    /// The form two URLs are compared in: no scheme, no `www.`, no fragment, no trailing `/`.
    static func normalisedURL(_ url: String) -> String? {
        guard let (host, path) = parts(url) else { return nil }
        var trimmedPath = Substring(path)
        while trimmedPath.hasSuffix("/") { trimmedPath = trimmedPath.dropLast() }
        let bareHost = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        return bareHost + trimmedPath
    }

    /// The host without `www.` and without its top-level domain: `futureoflife.org` → `futureoflife`.
    static func hostName(_ url: String) -> String? {
        guard let (host, _) = parts(url) else { return nil }
        var labels = host.split(separator: ".").map(String.init)
        if labels.first == "www" { labels.removeFirst() }
        if labels.count >= 3, labels.last?.count == 2,
            ["co", "com", "ac", "org", "gov", "edu", "net"].contains(labels[labels.count - 2])
        {
            labels.removeLast(2)
        } else if labels.count >= 2 {
            labels.removeLast()
        }
        let name = labels.joined(separator: ".")
        return name.isEmpty ? nil : name
    }

    /// The first `http(s)://` URL in `text`, up to a blank or a closing bracket.
    static func firstURL(in text: String) -> String? {
        let secure = CitationLexicon.range(of: "https://", in: text)
        let plain = CitationLexicon.range(of: "http://", in: text)
        guard let start = [secure, plain].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        var url = String(text[start.lowerBound...].prefix { !$0.isWhitespace && $0 != ">" && $0 != ")" && $0 != "]" })
        while let last = url.last, ".,;:".contains(last) { url.removeLast() }
        return url
    }
}
