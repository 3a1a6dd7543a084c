/// Merges citation facts that name the same work into `Work`s, by evidence of
/// decreasing strength:
///
/// 1. the same arXiv id, DOI, normalised URL, English title or Chinese title;
/// 2. the same first author and year (`2023a` fits `2023`, not `2023b`), preferring
///    a reference-list entry, whose complete author list must fit the citation
///    (`Christiano, 2018` is not `Christiano, Shlegeris and Amodei 2018`);
/// 3. no year, and the author has exactly one other work (`[Adams](doi)` ↔
///    `(Adams et al., 2014)`).
///
/// Merges on weak evidence across documents are reported, as are works that no
/// source describes beyond author and year.
struct WorkResolver {
    private var facts: [CitationFact]
    /// Whether the weak merges and the works without a full reference are reported;
    /// a parse that keeps no diagnostics skips making them.
    private let diagnosing: Bool

    init(facts: [CitationFact], diagnosing: Bool = true) {
        self.facts = facts
        self.diagnosing = diagnosing
    }

    /// A weak merge to report once keys are known.
    private struct MergeNote {
        var reason: MergeReason
        var mention: Mention
        var other: SourceLocation
        var fact: Int
    }

    /// The works, in key order. The facts are let go once the works are assembled
    /// (a caller that hands over its only copy frees them then).
    consuming func resolve() -> (works: [Work], diagnostics: [Diagnostic]) {
        var clusters = WorkClusters(facts: facts, trackingDocuments: diagnosing)
        var notes: [MergeNote] = []
        var diagnostics: [Diagnostic] = []
        mergeByIdentifiers(&clusters)
        mergeByAuthorYear(&clusters, notes: &notes, diagnostics: &diagnostics)
        mergeByAuthorOnly(&clusters, notes: &notes)

        let roots = clusters.roots()
        clusters.discardSummaries()
        var works: [Work] = []
        do {
            let (members, reasons, facts) = (clusters.members, clusters.reasons, self.facts)
            works = roots.concurrentMap { root in
                WorkAssembler.work(from: members[root], of: facts, reasons: reasons[root])
            }
        }
        self.facts = []
        CitationKey.assign(&works)
        var keyOfRoot: [Int: String] = [:]
        for (root, work) in zip(roots, works) { keyOfRoot[root] = work.key }

        guard diagnosing else {
            works.sort { $0.key < $1.key }
            return (works, [])
        }
        for note in notes {
            let key = keyOfRoot[clusters.find(note.fact)] ?? ""
            diagnostics.append(
                note.reason == .authorOnly
                    ? CitationDiagnostics.authorOnlyMerge(
                        text: note.mention.text, other: note.other, key: key, at: note.mention.source)
                    : CitationDiagnostics.authorYearMerge(
                        text: note.mention.text, other: note.other, key: key, at: note.mention.source))
        }
        for work in works
        where work.title == nil && work.titleZh == nil && work.url == nil && work.arxiv == nil && work.doi == nil {
            guard let first = work.mentions.first else { continue }
            diagnostics.append(CitationDiagnostics.unresolved(key: work.key, text: first.text, at: first.source))
        }
        works.sort { $0.key < $1.key }
        return (works, diagnostics)
    }

    // MARK: - Identifiers

    private func mergeByIdentifiers(_ clusters: inout WorkClusters) {
        let keys = clusters.keys
        let kinds: [(MergeReason, [Int32])] = [
            (.arxiv, keys.arxiv), (.doi, keys.doi), (.url, keys.url), (.title, keys.title), (.title, keys.titleZh),
        ]
        for (reason, numbers) in kinds {
            // The first fact with each number; -1 until one is seen.
            var first = [Int](repeating: -1, count: Int(numbers.max() ?? -1) + 1)
            for (index, number) in numbers.enumerated() where number >= 0 {
                let earlier = first[Int(number)]
                guard earlier >= 0 else {
                    first[Int(number)] = index
                    continue
                }
                let (first, second) = (clusters.find(earlier), clusters.find(index))
                if !conflict(clusters.summaries[first], clusters.summaries[second], weak: false) {
                    clusters.union(earlier, index, reason: reason)
                }
            }
        }
    }

    /// The first mention of a group, from the fact that holds it.
    private func firstMention(_ summary: WorkClusters.Summary) -> Mention {
        let fact = facts[summary.firstMention.fact]
        return summary.firstMention.mention.map { fact.mentions[$0] }
            ?? Mention(source: fact.source, text: "", kind: .reference)
    }

    // MARK: - Author and year

    private func mergeByAuthorYear(
        _ clusters: inout WorkClusters, notes: inout [MergeNote], diagnostics: inout [Diagnostic]
    ) {
        struct AuthorYear: Hashable {
            var author: Int32
            var year: Int
        }
        var groups: [AuthorYear: [Int]] = [:]
        var order: [AuthorYear] = []
        for root in clusters.roots() {
            let summary = clusters.summaries[root]
            guard let author = summary.firstAuthor, author != clusters.keys.emptyAuthor, let year = summary.yearNumber
            else { continue }
            let key = AuthorYear(author: author, year: year)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(root)
        }
        for key in order {
            let group = groups[key]!
            let anchors = group.filter { clusters.summaries[$0].hasReference }
            var loose = LooseGroups()
            // Citations that fit alike (the same `Fit.Citation`) are matched once: a group of
            // n citations would otherwise compare each with every anchor and earlier one.
            // A merge that changes what a group offers, or a new loose group, forgets answers.
            var answers: [Fit.Citation: Fit.Answer] = [:]
            for candidate in group where !clusters.summaries[candidate].hasReference {
                let mine = clusters.summary(of: candidate)
                let citation = Fit.Citation(mine)
                var answer = answers[citation] ?? Fit.Answer()
                if answer.anchors == nil {
                    // Summaries are read in place (`summary(of:)` would copy each one's sets).
                    answer.anchors = anchors.filter { anchor in
                        let root = clusters.find(anchor)
                        return fitsReference(mine, clusters.summaries[root])
                    }
                }
                let fits = answer.anchors!
                if fits.count == 1 {
                    let anchor = clusters.summary(of: fits[0])
                    if diagnosing, mine.documents.isDisjoint(with: anchor.documents) {
                        notes.append(
                            MergeNote(
                                reason: .authorYear, mention: firstMention(mine), other: firstMention(anchor).source,
                                fact: candidate))
                    }
                    answers[citation] = answer
                    merge(fits[0], candidate, &clusters, answers: &answers)
                    continue
                }
                if fits.count > 1 {
                    answers[citation] = answer
                    if diagnosing {
                        diagnostics.append(
                            CitationDiagnostics.ambiguous(
                                text: firstMention(mine).text, candidates: fits.count, at: firstMention(mine).source))
                    }
                    continue
                }
                // No reference entry fits: join an earlier citation of the same author and year.
                if answer.loose == nil {
                    answer.loose =
                        loose.first(forArxiv: mine.arxiv) { earlier in
                            let root = clusters.find(earlier)
                            return fitsCitation(mine, clusters.summaries[root])
                        } ?? -1
                }
                answers[citation] = answer
                if let other = answer.loose, other >= 0 {
                    let theirs = clusters.summary(of: other)
                    if diagnosing, mine.documents.isDisjoint(with: theirs.documents) {
                        notes.append(
                            MergeNote(
                                reason: .authorYear, mention: firstMention(mine), other: firstMention(theirs).source,
                                fact: candidate))
                    }
                    let arxiv = clusters.summary(of: other).arxiv
                    merge(other, candidate, &clusters, answers: &answers)
                    loose.noteMerge(arxivBefore: arxiv, after: clusters.summary(of: other).arxiv)
                } else {
                    loose.append(candidate, arxiv: mine.arxiv)
                    // A citation that fitted no loose group may fit this one.
                    answers = answers.filter { $0.value.loose != -1 }
                }
            }
        }
    }

    /// The groups of one author and year that no reference entry fitted, in order, with
    /// their positions by arXiv id: a citation with an arXiv id fits only groups with the
    /// same one or none, so looking for the first that fits reads those alone. (Merges never
    /// join two ids, see `conflict`; if one ever did, every group is read again.)
    private struct LooseGroups {
        private var groups: [Int] = []
        private var withoutArxiv: [Int] = []
        private var byArxiv: [Int32: [Int]] = [:]
        private var indexed = true

        mutating func append(_ group: Int, arxiv: NumberSet) {
            let position = groups.count
            groups.append(group)
            if arxiv.isEmpty { withoutArxiv.append(position) }
            for id in arxiv.values { byArxiv[id, default: []].append(position) }
        }

        /// A merge into a group with an arXiv id that gave it another makes the index unsound.
        mutating func noteMerge(arxivBefore before: NumberSet, after: NumberSet) {
            if !before.isEmpty && after != before { indexed = false }
        }

        /// The first group, in order, that `fits`, for a citation with the arXiv ids `arxiv`.
        func first(forArxiv arxiv: NumberSet, where fits: (Int) -> Bool) -> Int? {
            guard indexed, arxiv.count == 1 else { return groups.first(where: fits) }
            let (plain, same) = (withoutArxiv, byArxiv[arxiv.values[0]] ?? [])
            var (i, j) = (0, 0)
            while i < plain.count || j < same.count {
                let position: Int
                if j == same.count || (i < plain.count && plain[i] < same[j]) {
                    position = plain[i]
                    i += 1
                } else {
                    position = same[j]
                    j += 1
                }
                if fits(groups[position]) { return groups[position] }
            }
            return nil
        }
    }

    /// Joins `candidate` to the group of `target`, forgetting the answers if the group
    /// now offers a citation something else (see `Fit.Offer`).
    private func merge(
        _ target: Int, _ candidate: Int, _ clusters: inout WorkClusters, answers: inout [Fit.Citation: Fit.Answer]
    ) {
        let before = Fit.Offer(clusters.summary(of: target))
        clusters.union(target, candidate, reason: .authorYear)
        if Fit.Offer(clusters.summary(of: target)) != before { answers.removeAll() }
    }

    /// What decides whether a citation fits a group, in `mergeByAuthorYear`: a citation's
    /// part (`Citation`) and a group's (`Offer`) of the summaries' fields that
    /// `fitsReference` and `fitsCitation` read.
    private enum Fit {
        struct Citation: Hashable {
            var letters, citedCounts, arxiv, doi, titles, referenceDocuments: NumberSet
            var citedEtAl: Bool
            var yearNumber: Int?

            init(_ summary: WorkClusters.Summary) {
                (letters, citedCounts, arxiv, doi) = (summary.letters, summary.citedCounts, summary.arxiv, summary.doi)
                (titles, referenceDocuments) = (summary.titles, summary.referenceDocuments)
                (citedEtAl, yearNumber) = (summary.citedEtAl, summary.yearNumber)
            }
        }

        struct Offer: Equatable {
            var letters, arxiv, doi, titles, referenceDocuments: NumberSet
            var referenceAuthorCount: Int?
            var yearNumber: Int?

            init(_ summary: WorkClusters.Summary) {
                (letters, arxiv, doi, titles) = (summary.letters, summary.arxiv, summary.doi, summary.titles)
                (referenceDocuments, referenceAuthorCount) = (summary.referenceDocuments, summary.referenceAuthorCount)
                yearNumber = summary.yearNumber
            }
        }

        /// The anchors that fit (nil: not looked for yet) and the first loose group that fits
        /// (nil: not looked for yet; -1: none).
        struct Answer {
            var anchors: [Int]?
            var loose: Int?
        }
    }

    // MARK: - Author alone

    private func mergeByAuthorOnly(_ clusters: inout WorkClusters, notes: inout [MergeNote]) {
        let roots = clusters.roots()
        var dated: [Int32: [Int]] = [:]
        for root in roots {
            let summary = clusters.summaries[root]
            if let author = summary.firstAuthor, author != clusters.keys.emptyAuthor, summary.yearNumber != nil {
                dated[author, default: []].append(root)
            }
        }
        for root in roots {
            let mine = clusters.summaries[root]
            guard mine.yearNumber == nil, let author = mine.firstAuthor, let candidates = dated[author],
                candidates.count == 1
            else { continue }
            let fitting = candidates.filter { candidate in
                let root = clusters.find(candidate)
                return !conflict(mine, clusters.summaries[root], weak: true)
                    && (!clusters.summaries[root].hasReference
                        || authorsFit(mine, count: clusters.summaries[root].referenceAuthorCount))
            }
            guard fitting.count == 1 else { continue }
            if diagnosing {
                let theirs = clusters.summary(of: fitting[0])
                notes.append(
                    MergeNote(
                        reason: .authorOnly, mention: firstMention(mine), other: firstMention(theirs).source, fact: root
                    ))
            }
            clusters.union(fitting[0], root, reason: .authorOnly)
        }
    }

    // MARK: - Compatibility

    /// Evidence that two groups are different works. Identifiers always count; for
    /// weak merges, different titles or years count too.
    private func conflict(_ a: WorkClusters.Summary, _ b: WorkClusters.Summary, weak: Bool) -> Bool {
        if !a.arxiv.isEmpty, !b.arxiv.isEmpty, a.arxiv.isDisjoint(with: b.arxiv) { return true }
        if !a.doi.isEmpty, !b.doi.isEmpty, a.doi.isDisjoint(with: b.doi) { return true }
        // Two entries of one reference list are two works.
        if !a.referenceDocuments.isDisjoint(with: b.referenceDocuments) { return true }
        guard weak else { return false }
        if !a.titles.isEmpty, !b.titles.isEmpty, a.titles.isDisjoint(with: b.titles) { return true }
        if let x = a.yearNumber, let y = b.yearNumber, x != y { return true }
        return false
    }

    /// `2023a` fits `2023` and `2023a`, not `2023b`.
    private func lettersFit(_ a: WorkClusters.Summary, _ b: WorkClusters.Summary) -> Bool {
        var letters = a.letters
        letters.formUnion(b.letters)
        return letters.count <= 1
    }

    /// The citations' author lists fit a reference entry's complete list of `count` authors.
    private func authorsFit(_ citation: WorkClusters.Summary, count: Int?) -> Bool {
        guard let count else { return true }
        if citation.citedEtAl && count < 2 { return false }
        return citation.citedCounts.allSatisfy { $0 == count }
    }

    private func fitsReference(_ citation: WorkClusters.Summary, _ reference: WorkClusters.Summary) -> Bool {
        lettersFit(citation, reference) && !conflict(citation, reference, weak: true)
            && authorsFit(citation, count: reference.referenceAuthorCount)
    }

    private func fitsCitation(_ a: WorkClusters.Summary, _ b: WorkClusters.Summary) -> Bool {
        lettersFit(a, b) && !conflict(a, b, weak: true)
    }
}
