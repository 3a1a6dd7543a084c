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

    init(facts: [CitationFact]) {
        self.parent = Array(facts.indices)
        self.members = facts.indices.map { [$0] }
        self.reasons = Array(repeating: [], count: facts.count)
        self.summaries = facts.map(Summary.init)
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
        return roots.sorted { (summaries[$0].firstSource, $0) < (summaries[$1].firstSource, $1) }
    }

    /// Lets the summaries go once merging is done (they are the clusters' largest part);
    /// `find`, `members` and `reasons` still work, `roots`, `summary(of:)` and `union` no longer.
    mutating func discardSummaries() { summaries = [] }

    /// What a group says about its work, for deciding merges.
    struct Summary {
        var firstAuthor: String?
        var yearNumber: String?
        var letters: Set<Unicode.Scalar> = []
        var hasReference: Bool
        /// The reference list's author count, when a reference entry is in the group.
        var referenceAuthorCount: Int?
        /// Some citation (not a reference) said "et al.".
        var citedEtAl = false
        /// Author counts of citations that listed all their authors (`Critch and Krueger` → 2).
        var citedCounts: Set<Int> = []
        var documents: Set<String>
        var referenceDocuments: Set<String> = []
        var arxiv: Set<String> = []
        var doi: Set<String> = []
        var titles: Set<String> = []
        var firstSource: SourceLocation
        var firstMention: Mention

        init(_ fact: CitationFact) {
            firstAuthor = fact.authors.first.map(WorkClusters.matchingName)
            yearNumber = fact.yearNumber
            if let letter = fact.yearLetter { letters.insert(letter) }
            hasReference = fact.isReference
            if fact.isReference {
                referenceAuthorCount = fact.authors.count
                referenceDocuments.insert(fact.document)
            } else if !fact.authors.isEmpty {
                if fact.etAl { citedEtAl = true } else { citedCounts.insert(fact.authors.count) }
            }
            documents = [fact.document]
            if let value = fact.arxiv { arxiv.insert(value) }
            if let value = fact.doi { doi.insert(value.lowercased()) }
            if let value = fact.title.flatMap(WorkClusters.matchingTitle) { titles.insert(value) }
            firstMention =
                fact.mentions.min { $0.source < $1.source } ?? Mention(source: fact.source, text: "", kind: .reference)
            firstSource = firstMention.source
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
            if other.firstSource < firstSource {
                firstSource = other.firstSource
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
