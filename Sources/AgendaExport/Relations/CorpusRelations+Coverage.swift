import AgendaParser

extension CorpusRelations {
    /// The challenge × document matrix; see `CoverageMatrix` for what counts.
    public func coverage() -> CoverageMatrix {
        let documents = corpus.documents.filter { $0.role == .corpus }.map(\.name)
        let included = Set(documents)
        let text = FoldedPassages(corpus.passages)
        var seenChallenges = Set<String>()
        // A concept on more than one line in fifty (大语言模型, AI代理) says nothing about where a
        // particular challenge is treated; only rarer, specific concepts count as evidence.
        let lineCount = Set(
            corpus.passages.flatMap { passage in
                passage.lines.lineNumbers.map { SourceLocation(document: passage.lines.document, line: $0) }
            }
        ).count
        let specificLimit = max(10, lineCount / 50)
        let challenges = corpus.challenges.filter { seenChallenges.insert($0.id).inserted }
        // Each challenge's titles, and where each occurs. A large corpus has all of them
        // found in one pass over the text; a small one scans once per title (building
        // the automaton would cost more).
        let titles = challenges.map { challenge in
            ([challenge.title] + (challenge.titleEn.map { [$0] } ?? [])).compactMap { title in
                TextMatcher(title).map { (title: title, matcher: $0) }
            }
        }
        let matchers = titles.flatMap { $0.map(\.matcher) }
        let found =
            text.bytes.count < 1 << 20
            ? matchers.map { $0.offsets(in: text.bytes) } : MultiTextMatcher(matchers).offsets(in: text.bytes)
        var nextFound = found.makeIterator()
        let titleOffsets = titles.map { list in
            list.map { title in (title: title.title, offsets: nextFound.next() ?? []) }
        }
        let cells = Array(challenges.indices).concurrentMap { number -> [CoverageCell] in
            let challenge = challenges[number]
            var evidence = Set<CoverageEvidence>()
            evidence.insert(CoverageEvidence(basis: .statement, source: challenge.source))
            for place in challenge.discussedAt {
                evidence.insert(CoverageEvidence(basis: .sectionReference, source: place))
            }
            for (title, offsets) in titleOffsets[number] {
                for offset in offsets {
                    guard let source = text.source(atOffset: offset, in: corpus.passages) else { continue }
                    evidence.insert(CoverageEvidence(basis: .title, source: source, term: title))
                }
            }
            for match in concepts(involvedIn: challenge.id) where match.concept.occurrences.count <= specificLimit {
                for place in match.concept.occurrences {
                    evidence.insert(CoverageEvidence(basis: .concept, source: place, term: match.concept.term))
                }
            }
            let byDocument = Dictionary(grouping: evidence.filter { included.contains($0.source.document) }) {
                $0.source.document
            }
            return documents.compactMap { document in
                byDocument[document].map {
                    CoverageCell(challenge: challenge.id, document: document, evidence: $0.sorted())
                }
            }
        }.flatMap { $0 }
        return CoverageMatrix(challenges: corpus.challenges.map(\.id).uniqued(), documents: documents, cells: cells)
    }
}

/// Every passage's folded text in one buffer, separated by newlines (which no
/// title contains), so one scan per title covers the corpus.
private struct FoldedPassages {
    var bytes: [UInt8] = []
    /// Where each passage starts in `bytes`, ascending.
    var starts: [Int] = []

    init(_ passages: [Passage]) {
        bytes.reserveCapacity(passages.reduce(0) { $0 + $1.text.utf8.count + 1 })
        starts.reserveCapacity(passages.count)
        for passage in passages {
            starts.append(bytes.count)
            var text = passage.text
            text.withUTF8 { utf8 in
                for byte in utf8 { bytes.append(TextMatcher.folded(byte)) }
            }
            bytes.append(0x0A)
        }
    }

    func source(atOffset offset: Int, in passages: [Passage]) -> SourceLocation? {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        return passages[low - 1].lines.source(atUTF8Offset: offset - starts[low - 1])
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
