/// Field values for BibTeX and BibLaTeX: LaTeX special characters escaped, UTF-8 kept
/// (biber reads UTF-8 natively; BibTeX needs a UTF-8 engine such as XeLaTeX or LuaLaTeX).
enum TeXText {
    /// `& % $ # _ { } ~ ^ \` escaped so LaTeX prints them as written.
    static func escape(_ text: String) -> String {
        // & % $ # _ { } ~ ^ \
        let isSpecial = { (byte: UInt8) in
            switch byte {
            case 0x26, 0x25, 0x24, 0x23, 0x5F, 0x7B, 0x7D, 0x7E, 0x5E, 0x5C: true
            default: false
            }
        }
        if !text.utf8.contains(where: isSpecial) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&", "%", "$", "#", "_", "{", "}":
                output.unicodeScalars.append("\\")
                output.unicodeScalars.append(scalar)
            case "~": output += "\\textasciitilde{}"
            case "^": output += "\\textasciicircum{}"
            case "\\": output += "\\textbackslash{}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A title with words whose capitals must survive sentence-casing styles
    /// (`GPT-4`, `TruthfulQA`, `AI`) wrapped in braces.
    ///
    /// Chinese is written without spaces, so CJK characters end a word as a space
    /// does: `AI对齐到底有多难？` is `{AI}对齐到底有多难？`, the acronym protected, not
    /// the whole phrase up to the `？` (CJK has no case for a style to change).
    static func title(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            scriptRuns(word).map { run in run.isCJK ? escape(String(run.text)) : protected(run.text) }.joined()
        }.joined(separator: " ")
    }

    /// One word (no CJK in it) escaped, in braces when its capitals need them.
    private static func protected(_ word: Substring) -> String {
        guard needsProtection(word) else { return escape(String(word)) }
        // Braces go round the word itself, not the punctuation beside it: `{TeX}:`, `({ARCHES})`.
        let scalars = Array(word.unicodeScalars)
        let isWordScalar = { (scalar: Unicode.Scalar) in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        let start = scalars.firstIndex(where: isWordScalar) ?? 0
        let end = (scalars.lastIndex(where: isWordScalar) ?? scalars.count - 1) + 1
        func text(_ range: Range<Int>) -> String { escape(String(String.UnicodeScalarView(scalars[range]))) }
        return text(0..<start) + "{" + text(start..<end) + "}" + text(end..<scalars.count)
    }

    /// `word` cut where it changes between CJK and other text: `AI对齐` → `AI`, `对齐`.
    static func scriptRuns(_ word: Substring) -> [(text: Substring, isCJK: Bool)] {
        var runs: [(text: Substring, isCJK: Bool)] = []
        let scalars = word.unicodeScalars
        var start = scalars.startIndex
        var index = scalars.startIndex
        var runIsCJK: Bool?
        while index < scalars.endIndex {
            let isCJK = Script.isCJK(scalars[index])
            if let current = runIsCJK, current != isCJK {
                runs.append((word[start..<index], current))
                start = index
            }
            runIsCJK = isCJK
            index = scalars.index(after: index)
        }
        if let current = runIsCJK { runs.append((word[start...], current)) }
        return runs
    }

    /// True when a capital letter follows the word's first letter.
    static func needsProtection(_ word: Substring) -> Bool {
        var seenLetter = false
        for scalar in word.unicodeScalars {
            let isLetter: Bool
            let isUpper: Bool
            if scalar.isASCII {
                isUpper = ("A"..."Z").contains(scalar)
                isLetter = isUpper || ("a"..."z").contains(scalar)
            } else {
                isLetter = scalar.properties.isAlphabetic
                isUpper = isLetter && scalar.properties.isUppercase
            }
            guard isLetter else { continue }
            if seenLetter && isUpper { return true }
            seenLetter = true
        }
        return false
    }

    /// Authors joined with ` and `: `Family, Given` for people, `{Name}` for names kept whole.
    /// `Last, First and …`; `and others` when the corpus names only the first authors.
    static func names(_ names: [PersonName], others: Bool = false) -> String {
        let listed = names.map { name in
            switch name {
            case .literal(let literal):
                return "{\(escape(literal))}"
            case .person(let family, let given, let particle, let suffix):
                var last = escape(family)
                if let particle { last = "\(escape(particle)) \(last)" }
                guard let given else { return last }
                if let suffix { return "\(last), \(escape(suffix)), \(escape(given))" }
                return "\(last), \(escape(given))"
            }
        }
        return (listed + (others ? ["others"] : [])).joined(separator: " and ")
    }

    /// URLs, DOIs and eprint ids are verbatim fields: only characters that would
    /// break the entry's braces or spacing are percent-encoded.
    static func verbatim(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "{": output += "%7B"
            case "}": output += "%7D"
            case " ": output += "%20"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
