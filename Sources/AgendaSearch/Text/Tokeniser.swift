/// Splits normalised text into index terms by script.
///
/// A run of word characters (Latin letters, digits and other alphabetic
/// scripts) is one word: `llm`, `rlhf`, `base64`; a `.` between digits stays
/// inside it (`2.4.5`). A run of CJK characters yields one unigram per
/// character and one bigram per adjacent pair. Every other character
/// separates, and so does every change of script (`llm智能体` → `llm`, `智能`,
/// `能体`, …). Positions count words and CJK characters; a bigram has the
/// position of its first character.
enum Tokeniser {
    enum Kind: String, Hashable, Sendable {
        case word
        case bigram
        case unigram
    }

    /// One term found in `scalars[start..<end]`.
    struct Event {
        var kind: Kind
        var start: Int
        var end: Int
        var position: Int
    }

    /// Calls `visit` for every term of `scalars`, in text order (a CJK run's
    /// unigram before the bigram that starts at it); returns the number of positions.
    @discardableResult
    static func scan(_ scalars: [UInt32], _ visit: (Event) -> Void) -> Int {
        var position = 0
        var index = 0
        let count = scalars.count
        while index < count {
            switch ScriptClass(scalars[index]) {
            case .word:
                var end = index + 1
                while end < count {
                    let value = scalars[end]
                    if ScriptClass(value) == .word {
                        end += 1
                    } else if value == 0x2E, end + 1 < count, ScriptClass.isDigit(scalars[end - 1]),
                        ScriptClass.isDigit(scalars[end + 1])
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                visit(Event(kind: .word, start: index, end: end, position: position))
                position += 1
                index = end
            case .cjk:
                var end = index + 1
                while end < count && ScriptClass.isCJK(scalars[end]) { end += 1 }
                for at in index..<end {
                    let atPosition = position + at - index
                    visit(Event(kind: .unigram, start: at, end: at + 1, position: atPosition))
                    if at + 1 < end {
                        visit(Event(kind: .bigram, start: at, end: at + 2, position: atPosition))
                    }
                }
                position += end - index
                index = end
            case .separator:
                index += 1
            }
        }
        return position
    }
}

/// A term with its text, for explanations and tests.
struct Token: Hashable, Sendable, CustomStringConvertible {
    var kind: Tokeniser.Kind
    var text: String
    var position: Int

    var description: String { "\(text)@\(position)" }

    /// The terms of `text` after normalisation.
    static func tokens(of text: String) -> [Token] {
        var normaliser = Normaliser()
        var scalars: [UInt32] = []
        normaliser.normalise(text, into: &scalars)
        var result: [Token] = []
        Tokeniser.scan(scalars) { event in
            let text = String(scalars: scalars[event.start..<event.end])
            result.append(Token(kind: event.kind, text: text, position: event.position))
        }
        return result
    }
}
