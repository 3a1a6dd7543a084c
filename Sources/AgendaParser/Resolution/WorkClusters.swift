import Foundation

/// Facts grouped into would-be works: a union-find over fact indices that keeps,
/// for each group, its members, why they were merged, and a summary of what the
/// group says about its work (kept up to date on every merge, so deciding a merge
/// never rescans a group).
struct WorkClusters {
    private var parent: [Int]
    private(set) var members: [[Int]]
    private(set) var reasons: [Set<MergeReason>]
    private(set) var summaries: [Summary]
    /// Each fact's identifiers as merges compare them, numbered (see `Keys`).
    let keys: Keys

    /// `trackingDocuments`: whether summaries keep every document a group is cited in
    /// (`Summary.documents`), which only the reports of weak merges read.
    init(facts: [CitationFact], trackingDocuments: Bool = true) {
        self.parent = Array(facts.indices)
        self.members = facts.indices.map { [$0] }
        self.reasons = Array(repeating: [], count: facts.count)
        let keys = Keys(facts)
        self.keys = keys
        self.summaries = facts.indices.map {
            Summary(facts[$0], at: $0, keys: keys, trackingDocuments: trackingDocuments)
        }
    }

    mutating func find(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var node = index
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    mutating func summary(of index: Int) -> Summary { summaries[find(index)] }

    /// Joins two groups; the smaller joins the larger. Returns false if already one.
    @discardableResult
    mutating func union(_ first: Int, _ second: Int, reason: MergeReason) -> Bool {
        var a = find(first)
        var b = find(second)
        guard a != b else { return false }
        if members[a].count < members[b].count { swap(&a, &b) }
        parent[b] = a
        members[a].append(contentsOf: members[b])
        members[b] = []
        reasons[a].formUnion(reasons[b])
        reasons[a].insert(reason)
        reasons[b] = []
        summaries[a].absorb(summaries[b])
        return true
    }

    /// Current group roots, ordered by their first mention.
    mutating func roots() -> [Int] {
        precondition(summaries.count == parent.count, "the summaries were discarded")
        let roots = parent.indices.filter { find($0) == $0 }
        return roots.sorted { (summaries[$0].firstPlace, $0) < (summaries[$1].firstPlace, $1) }
    }

    /// Lets the summaries go once merging is done (they are the clusters' largest part);
    /// `find`, `members` and `reasons` still work, `roots`, `summary(of:)` and `union` no longer.
    mutating func discardSummaries() { summaries = [] }

    /// The names, identifiers and documents of the facts, each numbered by kind
    /// (in order of first appearance; documents in name order, so that their numbers
    /// sort as their names do), so that summaries compare and merge numbers.
    struct Keys: Sendable {
        /// Per fact: its first author's matching name, arXiv id, DOI, normalised URL,
        /// English and Chinese matching titles, and document; -1 where it has none.
        private(set) var firstAuthor: [Int32] = []
        private(set) var arxiv: [Int32] = []
        private(set) var doi: [Int32] = []
        private(set) var url: [Int32] = []
        private(set) var title: [Int32] = []
        private(set) var titleZh: [Int32] = []
        private(set) var document: [Int32] = []
        /// The number of a first author whose matching name is empty (no letters or digits), if any.
        private(set) var emptyAuthor: Int32 = -1

        init(_ facts: [CitationFact]) {
            /// Numbers each fact's `value` as `normalised`, normalising each distinct value
            /// once: names, titles and URLs recur across a thousand documents.
            func numbering(
                _ value: (CitationFact) -> String?, _ normalised: (String) -> String? = { $0 }
            ) -> (numbers: [Int32], of: [String: Int32]) {
                var numberOfKey: [String: Int32] = [:]
                var numberOfValue: [String: Int32] = [:]
                let numbers = facts.map { fact -> Int32 in
                    guard let value = value(fact) else { return -1 }
                    if let known = numberOfValue[value] { return known }
                    var number: Int32 = -1
                    if let key = normalised(value) {
                        number = numberOfKey[key] ?? Int32(numberOfKey.count)
                        numberOfKey[key] = number
                    }
                    numberOfValue[value] = number
                    return number
                }
                return (numbers, numberOfKey)
            }
            let authors = numbering({ $0.authors.first }, WorkClusters.matchingName)
            firstAuthor = authors.numbers
            emptyAuthor = authors.of[""] ?? -1
            arxiv = numbering({ $0.arxiv }).numbers
            doi = numbering({ $0.doi }, { $0.lowercased() }).numbers
            url = numbering({ $0.url }, CitationIdentifiers.normalisedURL).numbers
            title = numbering({ $0.title }, WorkClusters.matchingTitle).numbers
            titleZh = numbering({ $0.titleZh }, WorkClusters.matchingTitle).numbers
            document = DocumentNumbering(facts) { $0.document }.numbers
        }
    }

    /// Where a group is first mentioned: its document's number (see `Keys`) and line.
    struct Place: Comparable {
        var document: Int32
        var line: Int

        static func < (lhs: Place, rhs: Place) -> Bool { (lhs.document, lhs.line) < (rhs.document, rhs.line) }
    }

    /// What a group says about its work, for deciding merges. Names, identifiers and
    /// documents are numbers (`Keys`), so that reading or merging a summary copies no
    /// strings, and a set of one holds its value inline.
    struct Summary {
        var firstAuthor: Int32?
        var yearNumber: Int?
        var letters = NumberSet()
        var hasReference: Bool
        /// The reference list's author count, when a reference entry is in the group.
        var referenceAuthorCount: Int?
        /// Some citation (not a reference) said "et al.".
        var citedEtAl = false
        /// Author counts of citations that listed all their authors (`Critch and Krueger` → 2).
        var citedCounts = NumberSet()
        /// The documents the group is cited in; empty unless the clusters track them.
        var documents = NumberSet()
        var referenceDocuments = NumberSet()
        var arxiv = NumberSet()
        var doi = NumberSet()
        var titles = NumberSet()
        var firstPlace: Place
        /// The fact holding the first mention, and the mention's index in it (nil: the fact has none).
        var firstMention: (fact: Int, mention: Int?)

        init(_ fact: CitationFact, at index: Int, keys: Keys, trackingDocuments: Bool) {
            let document = keys.document[index]
            firstAuthor = keys.firstAuthor[index] >= 0 ? keys.firstAuthor[index] : nil
            yearNumber = fact.yearNumber.flatMap { Int($0) }
            if let letter = fact.yearLetter { letters.insert(Int32(letter.value)) }
            hasReference = fact.isReference
            if fact.isReference {
                referenceAuthorCount = fact.authors.count
                referenceDocuments.insert(document)
            } else if !fact.authors.isEmpty {
                if fact.etAl { citedEtAl = true } else { citedCounts.insert(Int32(clamping: fact.authors.count)) }
            }
            if trackingDocuments { documents.insert(document) }
            if keys.arxiv[index] >= 0 { arxiv.insert(keys.arxiv[index]) }
            if keys.doi[index] >= 0 { doi.insert(keys.doi[index]) }
            if keys.title[index] >= 0 { titles.insert(keys.title[index]) }
            let first = fact.mentions.indices.min { fact.mentions[$0].source < fact.mentions[$1].source }
            firstMention = (index, first)
            firstPlace = Place(
                document: document, line: first.map { fact.mentions[$0].source.line } ?? fact.source.line)
        }

        mutating func absorb(_ other: Summary) {
            // A reference entry's author and year are authoritative.
            if other.hasReference && !hasReference {
                firstAuthor = other.firstAuthor ?? firstAuthor
                yearNumber = other.yearNumber ?? yearNumber
                referenceAuthorCount = other.referenceAuthorCount
            } else {
                firstAuthor = firstAuthor ?? other.firstAuthor
                yearNumber = yearNumber ?? other.yearNumber
            }
            hasReference = hasReference || other.hasReference
            letters.formUnion(other.letters)
            citedEtAl = citedEtAl || other.citedEtAl
            citedCounts.formUnion(other.citedCounts)
            documents.formUnion(other.documents)
            referenceDocuments.formUnion(other.referenceDocuments)
            arxiv.formUnion(other.arxiv)
            doi.formUnion(other.doi)
            titles.formUnion(other.titles)
            if other.firstPlace < firstPlace {
                firstPlace = other.firstPlace
                firstMention = other.firstMention
            }
        }
    }

    /// A name as merges compare it: lower case, no diacritics, letters and digits only.
    static func matchingName(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(
            String.UnicodeScalarView(
                folded.unicodeScalars.filter {
                    $0.isASCII
                        ? CitationLexicon.isASCIILetter($0) || CitationLexicon.isDigit($0)
                        : $0.isHan || $0.properties.isAlphabetic
                }))
    }

    /// A title as merges compare it; `nil` when too short to identify a work.
    static func matchingTitle(_ title: String) -> String? {
        let key = matchingName(title)
        let count = key.unicodeScalars.count
        let isChinese = key.unicodeScalars.contains(where: \.isHan)
        return count >= (isChinese ? 4 : 8) ? key : nil
    }
}

/// A set of non-negative numbers that holds one value inline and allocates only
/// for more (kept sorted): most groups of facts have at most one of each thing.
struct NumberSet: Hashable {
    private enum Storage: Hashable {
        case empty
        case one(Int32)
        case many([Int32])
    }

    private var storage = Storage.empty

    var isEmpty: Bool { storage == .empty }

    var count: Int {
        switch storage {
        case .empty: 0
        case .one: 1
        case .many(let values): values.count
        }
    }

    /// The values, ascending.
    var values: [Int32] {
        switch storage {
        case .empty: []
        case .one(let value): [value]
        case .many(let values): values
        }
    }

    mutating func insert(_ value: Int32) { formUnion(NumberSet(storage: .one(value))) }

    private init(storage: Storage) { self.storage = storage }
    init() {}

    mutating func formUnion(_ other: NumberSet) {
        switch (storage, other.storage) {
        case (_, .empty): return
        case (.empty, _): storage = other.storage
        case (.one(let a), .one(let b)): if a != b { storage = .many(a < b ? [a, b] : [b, a]) }
        default:
            let (a, b) = (values, other.values)
            var merged: [Int32] = []
            merged.reserveCapacity(a.count + b.count)
            var (i, j) = (0, 0)
            while i < a.count || j < b.count {
                if j == b.count || (i < a.count && a[i] < b[j]) {
                    merged.append(a[i])
                    i += 1
                } else {
                    if i < a.count && a[i] == b[j] { i += 1 }
                    merged.append(b[j])
                    j += 1
                }
            }
            storage = merged.count == 1 ? .one(merged[0]) : .many(merged)
        }
    }

    func isDisjoint(with other: NumberSet) -> Bool {
        switch (storage, other.storage) {
        case (.empty, _), (_, .empty): return true
        case (.one(let a), .one(let b)): return a != b
        default:
            let (a, b) = (values, other.values)
            var (i, j) = (0, 0)
            while i < a.count && j < b.count {
                if a[i] == b[j] { return false }
                if a[i] < b[j] { i += 1 } else { j += 1 }
            }
            return true
        }
    }

    func allSatisfy(_ predicate: (Int32) -> Bool) -> Bool {
        switch storage {
        case .empty: true
        case .one(let value): predicate(value)
        case .many(let values): values.allSatisfy(predicate)
        }
    }
}
