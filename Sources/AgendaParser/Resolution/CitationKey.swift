import Foundation

/// Citation keys, stable across runs: the first author's surname folded to ASCII
/// lower case plus the four-digit year (`holtzman2023`, `hadfieldmenell2017`,
/// `baigong2023` for `白宫`); without an author, the first few significant words of
/// the title (`aiduiqidaodi` for `AI对齐到底有多难？`) or the URL's host
/// (`futureoflife`). Works whose keys clash get `a`, `b` … in an order that depends
/// only on the clashing works themselves.
///
/// A source's year letter (`2023a`) stays in `Work.year`, never in the key.
enum CitationKey {
    static func base(for work: Work) -> String {
        var stem = work.authors.lazy.map(fold).first { !$0.isEmpty } ?? ""
        if stem.isEmpty, let title = work.title ?? work.titleZh { stem = titleStem(of: title) }
        if stem.isEmpty, let titleZh = work.titleZh { stem = titleStem(of: titleZh) }
        if stem.isEmpty, let url = work.url, let host = CitationIdentifiers.hostName(url) { stem = fold(host) }
        if stem.isEmpty, let arxiv = work.arxiv { stem = "arxiv" + fold(arxiv) }
        if stem.isEmpty, let doi = work.doi { stem = "doi" + fold(doi) }
        if stem.isEmpty { stem = "anonymous" }
        return stem + (work.yearNumber ?? "")
    }

    /// Gives every work its key; clashing keys get letters in the order of `clashOrder`.
    static func assign(_ works: inout [Work]) {
        let bases = works.concurrentMap(base)
        var indicesOfBase: [String: [Int]] = [:]
        for (index, base) in bases.enumerated() { indicesOfBase[base, default: []].append(index) }
        var used = Set(indicesOfBase.filter { $0.value.count == 1 }.keys)
        for (base, indices) in indicesOfBase.sorted(by: { $0.key < $1.key }) {
            guard indices.count > 1 else {
                works[indices[0]].key = base
                continue
            }
            var counter = 0
            let orders = Dictionary(uniqueKeysWithValues: indices.map { ($0, clashOrder(works[$0])) })
            for index in indices.sorted(by: { orders[$0]!.lexicographicallyPrecedes(orders[$1]!) }) {
                var key: String
                repeat {
                    key = base + suffix(counter)
                    counter += 1
                } while used.contains(key)
                used.insert(key)
                works[index].key = key
            }
        }
    }

    /// `a` … `z`, then `aa`, `ab` …
    static func suffix(_ number: Int) -> String {
        var letters: [UInt8] = []
        var rest = number
        repeat {
            letters.append(UInt8(ascii: "a") + UInt8(rest % 26))
            rest = rest / 26 - 1
        } while rest >= 0
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// How clashing works are ordered: by what identifies them (where they were
    /// cited only breaks a tie), so adding an unrelated document changes nothing.
    static func clashOrder(_ work: Work) -> [String] {
        [
            work.title?.lowercased() ?? "", work.titleZh ?? "", work.url ?? "", work.arxiv ?? "", work.doi ?? "",
            work.authors.joined(separator: ","), work.year ?? "", work.mentions.first?.text ?? "",
            work.mentions.first?.source.description ?? "",
        ]
    }

    /// ASCII lower case letters and digits; Chinese through pinyin, diacritics removed
    /// (by canonical decomposition, which leaves the base letters).
    static func fold(_ text: String) -> String {
        var latin = text
        if text.unicodeScalars.contains(where: \.isHan) { latin = pinyin(text) }
        if !latin.unicodeScalars.allSatisfy(\.isASCII) { latin = latin.decomposedStringWithCanonicalMapping }
        return String(
            String.UnicodeScalarView(
                latin.lowercased().unicodeScalars.filter {
                    CitationLexicon.isASCIILetter($0) || CitationLexicon.isDigit($0)
                }))
    }

    private static let stopWords: Set<String> = [
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "from", "by", "at", "is", "are", "as", "via",
        "towards", "toward", "how", "what", "why", "do", "does",
    ]

    /// How many significant words of a title make the key of a work without an author:
    /// enough to tell titles apart and to read, few enough to keep keys short.
    static let titleWordCount = 3

    /// The first `titleWordCount` words of a title that are not stop words, folded and
    /// joined. A Chinese run, written without spaces, counts as words of two characters,
    /// the commonest length of a Chinese word (`AI对齐到底有多难？` → `ai` `duiqi` `daodi`).
    static func titleStem(of title: String) -> String {
        var stem = ""
        var count = 0
        for word in titleWords(title) where !stopWords.contains(word.lowercased()) {
            let folded = fold(word)
            guard !folded.isEmpty else { continue }
            stem += folded
            count += 1
            if count == titleWordCount { break }
        }
        return stem
    }

    /// Runs of Latin letters and digits, and Chinese runs cut into two characters each.
    static func titleWords(_ title: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsHan = false
        func finish() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in title.unicodeScalars {
            if scalar.isHan {
                if !currentIsHan || current.count == 2 { finish() }
                currentIsHan = true
                current.append(scalar)
            } else if CitationLexicon.isLatinLetter(scalar) || CitationLexicon.isDigit(scalar) {
                if currentIsHan { finish() }
                currentIsHan = false
                current.append(scalar)
            } else {
                finish()
                currentIsHan = false
            }
        }
        finish()
        return words
    }
}
