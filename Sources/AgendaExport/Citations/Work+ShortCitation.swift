import AgendaParser

extension Work {
    /// A label for lists and graphs: `Holtzman 2023`, `Bai & Jones 2022`,
    /// `Christiano et al. 2018a`, `Frontier Model Forum 2023`; the year as written.
    public var shortCitation: String {
        let families = PersonName.authors(of: self).map(\.familyName)
        let who: String
        switch families.count {
        case 0: who = ExportEntry.clean(title ?? titleZh).map { String($0.prefix(40)) } ?? key
        case 1: who = hasUnnamedAuthors ? "\(families[0]) et al." : families[0]
        case 2: who = hasUnnamedAuthors ? "\(families[0]) et al." : "\(families[0]) & \(families[1])"
        default: who = "\(families[0]) et al."
        }
        guard let year = ExportEntry.clean(year) else { return who }
        return "\(who) \(year)"
    }
}
