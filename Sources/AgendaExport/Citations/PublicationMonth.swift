/// A work's month (1–12) in the forms the formats ask for.
enum PublicationMonth {
    private static let names = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// `jan` … `dec`: the month macros every BibTeX style defines.
    static func bibTeXMacro(_ month: Int) -> String {
        String(names[month - 1].prefix(3)).lowercased()
    }

    /// `May`.
    static func name(_ month: Int) -> String {
        names[month - 1]
    }

    /// `05`, as ISO 8601 (BibLaTeX `date`) and RIS `DA` write it.
    static func twoDigits(_ month: Int) -> String {
        month < 10 ? "0\(month)" : "\(month)"
    }

    /// The month if it is one, else nil: the model's value, checked once for every format.
    static func valid(_ month: Int?) -> Int? {
        month.flatMap { (1...12).contains($0) ? $0 : nil }
    }
}
