/// Works named by title: `《深度强化学习来自人类偏好》（Deep reinforcement learning from
/// human preferences）`, with a narrative author before it when there is one
/// (`Christiano等人发表了《…》`, `Kaplan等人的《…》`) and a year from a `YYYY年`
/// earlier in the sentence.
///
/// `《X》` without an English title is a work only with a cue in its sentence
/// (论文, 文章, 标题, 题为, 名为, 发表了, 著作, 书; 沙龙, 演讲, 讲座 for talks);
/// `发表于《Science》` names a venue, not a work.
extension CitationUnitReader {
    private static let venueVerbs = CitationLexicon.scalars([
        "发表于", "发表在", "刊于", "刊登于", "刊登在", "载于", "发布于", "收录于", "见于",
    ])
    private static let pronouns = CitationLexicon.scalars([
        "他们的", "他的", "她的", "它的", "其论文", "其文章", "该文", "该论文", "这篇", "此文",
    ])
    /// Words in a title's sentence that make `《X》` a work, and the kind they say it is.
    private static let cues = CitationLexicon.WordTable([
        ("沙龙", 0), ("演讲", 0), ("讲座", 0), ("讲话", 0), ("报告会", 0), ("演说", 0),
        ("博客", 1), ("博文", 1),
        ("一书", 2), ("书中", 2), ("这本书", 2), ("著作", 2), ("专著", 2),
        ("论文", 3), ("文章", 3), ("标题", 3), ("题为", 3), ("名为", 3), ("发表了", 3), ("发表的", 3),
    ])
    private static let cueKinds: [Work.Kind?] = [.speech, .blogPost, .book, nil]
    private static let publishVerb = Array("发表".unicodeScalars)
    static let cueWindow = 200

    private enum TitleReading {
        case work(position: Int, fact: CitationFact)
        /// `他们的论文标题是《…》`: the title of the work the previous sentence named.
        case backReference(sentence: Int, mention: Mention, title: String?, titleZh: String?)
    }

    /// Facts from titles and from untitled narratives (`Bengio等人发表了…`), in text order.
    func titledAndNarrativeFacts() -> [(position: Int, fact: CitationFact)] {
        var narratives = CitationNarrative.publications(in: unit, spans: spans)
        var results: [(position: Int, fact: CitationFact)] = []
        for title in spans.titles {
            switch readTitle(title) {
            case .work(let position, let fact)?:
                results.append((position, fact))
            case .backReference(let sentence, let mention, let english, let chinese)?:
                let previous = sentence > 0 ? spans.sentenceStart(of: sentence - 1) : -1
                if let index = narratives.lastIndex(where: {
                    $0.sentence == previous && $0.fact.title == nil && $0.fact.titleZh == nil
                }) {
                    narratives[index].fact.mentions.append(mention)
                    narratives[index].fact.title = english
                    narratives[index].fact.titleZh = chinese
                } else {
                    var fact = CitationFact(mention: mention)
                    fact.title = english
                    fact.titleZh = chinese
                    results.append((title.open, fact))
                }
            case nil:
                continue
            }
        }
        return results + narratives.map { ($0.position, $0.fact) }
    }

    private func readTitle(_ title: CitationSpans.Title) -> TitleReading? {
        let content = CitationAuthorYearGroup.trimmedRange(scalars, title.content)
        guard !content.isEmpty, content.count <= CitationSpans.maximumTitle else { return nil }
        let name = scalars.text(content)
        var end = title.close + 1
        let english = englishTitle(after: title.close, end: &end)
        if english == nil, precededByVenueVerb(title.open) { return nil }

        var author: CitationNarrative.Author?
        if title.open > 0, scalars[title.open - 1] == "的" {
            author = CitationNarrative.author(endingAt: title.open - 1, in: scalars, adverbs: false)
        }
        if author == nil, let verb = publishVerb(before: title.open) {
            author = CitationNarrative.author(endingAt: verb, in: scalars, adverbs: true)
        }
        let sentence = spans.sentenceStart(of: title.open)
        let sentenceEnd = spans.sentenceEnd(of: title.close, count: scalars.count)
        let before = max(sentence, title.open - Self.cueWindow)..<title.open
        let after = end..<max(end, min(sentenceEnd, end + Self.cueWindow))
        let cue = cue(in: before, after)
        guard english != nil || author != nil || cue.found else { return nil }

        let hasHan = name.unicodeScalars.contains { $0.isHan }
        let chinese = hasHan ? name : nil
        let original = hasHan ? english : name
        if author == nil, startsWithPronoun(sentence) {
            let mention = Mention(
                source: unit.source(at: title.open), text: scalars.text(title.open..<end), kind: .title)
            return .backReference(sentence: sentence, mention: mention, title: original, titleZh: chinese)
        }
        let start = author?.start ?? title.open
        let kind: Mention.Kind = author == nil ? .title : .narrative
        var fact = CitationFact(
            mention: Mention(source: unit.source(at: start), text: scalars.text(start..<end), kind: kind))
        fact.authors = author?.list.authors ?? []
        fact.etAl = author?.list.etAl ?? false
        fact.year = spans.yearBefore(start)
        fact.title = original
        fact.titleZh = chinese
        fact.kind = cue.kind
        return .work(position: start, fact: fact)
    }

    /// `（English title）` right after `》`; `end` moves past it. A citation there
    /// (`《X》(Smith, 2020)`) is not a title.
    private func englishTitle(after close: Int, end: inout Int) -> String? {
        var index = close + 1
        while index < scalars.count, scalars[index].isBlank { index += 1 }
        guard index < scalars.count, CitationLexicon.isOpenParen(scalars[index]) else { return nil }
        let limit = min(scalars.count, index + CitationSpans.maximumTitle)
        var closing = index + 1
        while closing < limit, !CitationLexicon.isCloseParen(scalars[closing]) {
            if CitationLexicon.isOpenParen(scalars[closing]) { return nil }
            closing += 1
        }
        guard closing < limit else { return nil }
        let inner = (index + 1)..<closing
        let letters = scalars[inner].filter(CitationLexicon.isLatinLetter).count
        guard letters >= 3, !scalars[inner].contains(where: \.isHan),
            CitationLexicon.yearToken(scalars[CitationAuthorYearGroup.trimmedRange(scalars, inner)]) == nil,
            CitationAuthorYearGroup.parse(scalars, range: inner).entries.isEmpty
        else { return nil }
        end = closing + 1
        return scalars.text(inner)
    }

    private func precededByVenueVerb(_ open: Int) -> Bool {
        var index = open
        while index > 0, scalars[index - 1].isBlank { index -= 1 }
        return Self.venueVerbs.contains { CitationLexicon.matches($0, in: scalars, endingAt: index) }
    }

    /// `发表` in the clause before `《`, not as `发表于`/`发表在` (a venue).
    private func publishVerb(before open: Int) -> Int? {
        var index = open - Self.publishVerb.count
        let limit = max(0, open - CitationNarrative.lookBehind)
        while index >= limit {
            if CitationLexicon.endsClause(scalars[index]) { return nil }
            if CitationLexicon.matches(Self.publishVerb, in: scalars, at: index) {
                let next = index + Self.publishVerb.count
                if next < open, scalars[next] == "于" || scalars[next] == "在" { return nil }
                return index
            }
            index -= 1
        }
        return nil
    }

    /// The most specific cue in either window: a talk, a blog post, a book, or just "a work".
    private func cue(in before: Range<Int>, _ after: Range<Int>) -> (found: Bool, kind: Work.Kind?) {
        let best = [
            Self.cues.smallestValue(in: scalars, range: before), Self.cues.smallestValue(in: scalars, range: after),
        ]
        .compactMap { $0 }.min()
        guard let best else { return (false, nil) }
        return (true, Self.cueKinds[best])
    }

    private func startsWithPronoun(_ sentence: Int) -> Bool {
        var index = sentence
        while index < scalars.count, scalars[index].isBlank { index += 1 }
        return Self.pronouns.contains { CitationLexicon.matches($0, in: scalars, at: index) }
    }
}
