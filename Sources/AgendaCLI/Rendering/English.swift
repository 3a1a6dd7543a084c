/// Number agreement in messages: `1 document`, `37 warnings`, `3 categories`.
enum English {
    /// `work` → `works`, `category` → `categories` (but `day` → `days`).
    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }

    /// `count` and the noun in the form that agrees with it.
    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(count == 1 ? noun : plural(noun))"
    }
}
