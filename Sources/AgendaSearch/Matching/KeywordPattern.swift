/// One normalised search string and the rules for where it may match.
///
/// CJK matches anywhere (`投毒` inside `数据投毒`). A pattern that begins with
/// a word character must begin at the start of a word (`icl` does not match
/// inside `article`). How it may end depends on its last word: one of four or
/// more characters may continue (prefix search: `mesa` finds `mesaoptimizer`,
/// `2022` finds `2022a`); a shorter one must end the word, or be followed only
/// by a plural `s`/`es` (`llm` finds `LLMs`, but `icl` not `ICLR`).
struct KeywordPattern: Hashable, Sendable {
    enum Ending: String, Hashable, Sendable, Codable {
        /// Ends in a CJK character or punctuation: no condition.
        case free
        /// The last word may continue.
        case prefix
        /// The last word ends here, or after a plural `s`/`es`.
        case wordOrPlural = "word-or-plural"
        /// The last word ends here (identifiers such as challenge ids).
        case word
    }

    /// The normalised text.
    var text: String
    var scalars: [UInt32]
    var bytes: [UInt8]
    var ending: Ending
    let startsWithWord: Bool
    let startsWithDigit: Bool
    let endsWithDigit: Bool

    /// Shortest final word that may match as a prefix.
    static let minimumPrefixLength = 4

    init(normalised scalars: [UInt32]) {
        self.scalars = scalars
        text = String(scalars: scalars)
        bytes = []
        bytes.appendUTF8(scalars)
        startsWithWord = scalars.first.map { ScriptClass($0) == .word } ?? false
        startsWithDigit = scalars.first.map(ScriptClass.isDigit) ?? false
        endsWithDigit = scalars.last.map(ScriptClass.isDigit) ?? false
        var wordLength = 0
        for value in scalars.reversed() {
            guard ScriptClass(value) == .word || (value == 0x2E && wordLength > 0) else { break }
            wordLength += 1
        }
        if wordLength == 0 {
            ending = .free
        } else {
            ending = wordLength >= KeywordPattern.minimumPrefixLength ? .prefix : .wordOrPlural
        }
    }

    /// Whether the pattern has anything the index can look up.
    var isSearchable: Bool {
        scalars.contains { ScriptClass($0) != .separator }
    }

    /// One index term to look up for a pattern.
    enum Lookup: Hashable, Sendable, CustomStringConvertible {
        case unigram(UInt32, position: Int)
        case bigram(UInt32, UInt32, position: Int)
        /// A word, or with `ending` `.prefix` every word it begins, or with
        /// `.wordOrPlural` also the word plus `s` and `es`.
        case word(String, ending: Ending, position: Int)

        var description: String {
            switch self {
            case .unigram(let value, let position): "\(String(scalars: [value]))@\(position)"
            case .bigram(let first, let second, let position): "\(String(scalars: [first, second]))@\(position)"
            case .word(let word, .prefix, let position): "\(word)*@\(position)"
            case .word(let word, .wordOrPlural, let position): "\(word)(s|es)@\(position)"
            case .word(let word, _, let position): "\(word)@\(position)"
            }
        }
    }

    /// The terms whose postings must all hold a text for it to be a candidate:
    /// every word, every CJK bigram, and the unigram of a lone CJK character.
    var lookups: [Lookup] {
        var result: [Lookup] = []
        var pendingUnigram: Lookup?
        var bigramEnd = -1
        Tokeniser.scan(scalars) { event in
            switch event.kind {
            case .unigram:
                if let lone = pendingUnigram { result.append(lone) }
                pendingUnigram =
                    event.start < bigramEnd ? nil : .unigram(scalars[event.start], position: event.position)
            case .bigram:
                pendingUnigram = nil
                bigramEnd = event.end
                result.append(.bigram(scalars[event.start], scalars[event.start + 1], position: event.position))
            case .word:
                if let lone = pendingUnigram { result.append(lone) }
                pendingUnigram = nil
                let isLast = event.end == scalars.count
                let word = String(scalars: scalars[event.start..<event.end])
                result.append(.word(word, ending: isLast ? ending : .word, position: event.position))
            }
        }
        if let lone = pendingUnigram { result.append(lone) }
        return result
    }

    /// The same pattern with a stricter ending, for identifier fields.
    func requiringWholeWord() -> KeywordPattern {
        var copy = self
        if copy.ending != .free { copy.ending = .word }
        return copy
    }
}
