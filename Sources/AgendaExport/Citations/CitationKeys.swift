import AgendaParser
import Foundation

/// Makes citation keys safe for every format and unique within one export.
///
/// The citation extractor already gives ASCII keys with `a`/`b` on clashes; this
/// is the guard for hand-made or merged models: letters are folded to ASCII
/// (`Müller` → `Muller`), characters BibTeX or pandoc would misread are dropped,
/// and a key met again gets `-2`, `-3` … (a form the extractor never makes).
struct CitationKeys {
    private var used: Set<String> = []

    /// A unique key for `base`, which `sanitize` has already cleaned.
    mutating func assign(_ base: String) -> String {
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// ASCII letters, digits and `_ - : .` (what BibTeX keys and pandoc `@key` both accept).
    static func sanitize(_ key: String) -> String {
        let isSafe = key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                true
            default: false
            }
        }
        if isSafe && !key.isEmpty { return key }
        let folded =
            key.applyingTransform(.toLatin, reverse: false)?
            .folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil) ?? key
        var output = ""
        for scalar in folded.unicodeScalars where scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ":", ".":
                output.unicodeScalars.append(scalar)
            default:
                continue
            }
        }
        while let first = output.unicodeScalars.first, "-:.".unicodeScalars.contains(first) {
            output.unicodeScalars.removeFirst()
        }
        while let last = output.unicodeScalars.last, "-:.".unicodeScalars.contains(last) {
            output.unicodeScalars.removeLast()
        }
        return output.isEmpty ? "work" : output
    }

    /// Export order before keys are made unique: key, then title, year and first mention,
    /// so two works with one key always get the same suffixes.
    static func precedes(_ leftKey: String, _ left: Work, _ rightKey: String, _ right: Work) -> Bool {
        if leftKey != rightKey { return leftKey.utf8.lexicographicallyPrecedes(rightKey.utf8) }
        return precedes(left, right)
    }

    private static func precedes(_ lhs: Work, _ rhs: Work) -> Bool {
        let leftTitle = lhs.title ?? lhs.titleZh ?? ""
        let rightTitle = rhs.title ?? rhs.titleZh ?? ""
        if leftTitle != rightTitle { return leftTitle.utf8.lexicographicallyPrecedes(rightTitle.utf8) }
        if (lhs.year ?? "") != (rhs.year ?? "") { return (lhs.year ?? "") < (rhs.year ?? "") }
        let leftSource = lhs.mentions.map(\.source).min()
        let rightSource = rhs.mentions.map(\.source).min()
        switch (leftSource, rightSource) {
        case (let l?, let r?): return l < r
        case (nil, _?): return true
        default: return false
        }
    }
}
