import AgendaParser

/// An author as the exports need it: a person split into name parts, or a
/// name that must be printed exactly as written (organisations, Chinese names).
enum PersonName: Hashable, Sendable {
    /// `particle` is a lower-case prefix kept with the family name (`van` Merwijk).
    case person(family: String, given: String?, particle: String?, suffix: String?)
    /// `Frontier Model Forum`, `白宫`, `CHAI, Far.ai和Ditchley Foundation`.
    case literal(String)

    /// The family name with its particle, or the literal name: what short citations show.
    var familyName: String {
        switch self {
        case .person(let family, _, let particle, _):
            return particle.map { "\($0) \(family)" } ?? family
        case .literal(let name):
            return name
        }
    }
}

extension PersonName {
    /// The authors of `work`, from its full names where the corpus gives them, else its surnames.
    static func authors(of work: Work) -> [PersonName] {
        guard !work.authorNames.isEmpty else {
            return work.authors.map(Script.collapsingWhitespace).filter { !$0.isEmpty }.map(surname)
        }
        let parallel = work.authorNames.count == work.authors.count
        return work.authorNames.enumerated().compactMap { index, raw in
            let name = Script.collapsingWhitespace(raw)
            guard !name.isEmpty else { return nil }
            // An author list that repeats the whole name as the "surname" is naming an organisation.
            if parallel, name.utf8.contains(UInt8(ascii: " ")), Script.collapsingWhitespace(work.authors[index]) == name
            {
                return .literal(name)
            }
            return fullName(name)
        }
    }

    /// A name known only by its surname (`Holtzman`, `van Merwijk`) or an organisation.
    static func surname(_ name: String) -> PersonName {
        if mustStayLiteral(name) { return .literal(name) }
        let tokens = name.wordsBetweenSpaces()
        if tokens.count == 1 { return .person(family: name, given: nil, particle: nil, suffix: nil) }
        let particles = tokens.dropLast()
        if particles.allSatisfy(isParticle) {
            return .person(
                family: tokens[tokens.count - 1], given: nil, particle: particles.joined(separator: " "),
                suffix: nil)
        }
        return .literal(name)
    }

    /// A full name as a reference list writes it: `Paul F. Christiano`, `Chris van Merwijk`,
    /// or `Christiano, Paul F.`.
    static func fullName(_ name: String) -> PersonName {
        if mustStayLiteral(name) { return .literal(name) }
        var tokens = name.wordsBetweenSpaces()
        var suffix: String?
        if tokens.count > 2, let last = tokens.last, suffixes.contains(last) {
            suffix = last
            tokens.removeLast()
        }
        guard tokens.count > 1 else { return .person(family: name, given: nil, particle: nil, suffix: nil) }
        let family = tokens.removeLast()
        var particles: [String] = []
        while tokens.count > 1, let last = tokens.last, isParticle(last) {
            particles.insert(tokens.removeLast(), at: 0)
        }
        return .person(
            family: family, given: tokens.joined(separator: " "),
            particle: particles.isEmpty ? nil : particles.joined(separator: " "), suffix: suffix)
    }

    /// CJK names, lists of organisations in one string, and names with organisation words
    /// are kept whole: splitting them would invent a given name.
    static func mustStayLiteral(_ name: String) -> Bool {
        var words = 1
        var isASCII = true
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "&"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
            case UInt8(ascii: " "): words += 1
            case 0x80...: isASCII = false
            default: continue
            }
        }
        if !isASCII && Script.containsCJK(name) { return true }
        guard words > 1 else { return false }
        if Script.contains(name, bytes: " and ") { return true }
        return name.utf8.split(separator: UInt8(ascii: " ")).contains { word in
            let lowered = word.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            return organisationWords.contains(String(decoding: lowered, as: UTF8.self))
        }
    }

    static func isParticle(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return first.properties.isLowercase && !token.utf8.contains(UInt8(ascii: "."))
    }

    static let suffixes: Set<String> = ["Jr.", "Jr", "Sr.", "II", "III", "IV"]

    static let organisationWords: Set<String> = [
        "forum", "institute", "foundation", "university", "lab", "labs", "laboratory", "center",
        "centre", "council", "office", "committee", "commission", "association", "society", "team",
        "group", "house", "inc.", "ltd", "ltd.", "department", "ministry", "agency", "research",
        "ai", "government", "initiative", "project", "network", "alliance", "partnership",
    ]
}
