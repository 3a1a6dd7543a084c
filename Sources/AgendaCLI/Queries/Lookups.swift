import AgendaParser

/// The matchers for what commands take as arguments.
enum Lookups {
    static let challenge = NameMatcher<Challenge>(
        keys: { [$0.id] },
        names: { [$0.title] + ($0.titleEn.map { [$0] } ?? []) },
        label: { "\($0.id) \($0.title)" + ($0.titleEn.map { " / \($0)" } ?? "") },
        fullNames: { challenge in
            ["\(challenge.agenda)/\(challenge.id)"]
                + ([challenge.title] + (challenge.titleEn.map { [$0] } ?? [])).map { "\(challenge.id) \($0)" }
        })

    static let category = NameMatcher<Category>(
        keys: { [$0.id] },
        names: { [$0.name] + ($0.nameEn.map { [$0] } ?? []) },
        label: { "\($0.id) \($0.name)" + ($0.nameEn.map { " / \($0)" } ?? "") },
        fullNames: { category in
            ["\(category.agenda)/\(category.id)"]
                + ([category.name] + (category.nameEn.map { [$0] } ?? [])).map { "\(category.id) \($0)" }
        })

    static let agenda = NameMatcher<Agenda>(
        keys: { [$0.id] },
        names: { [$0.name] + ($0.title.map { [$0] } ?? []) },
        label: { "\($0.id) (\($0.name))" })

    static let document = NameMatcher<Document>(
        keys: { [$0.name, fileStem($0.name)] },
        names: { [$0.title] },
        label: { $0.name })
}

/// `paper.md` → `paper`.
func fileStem(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
}

extension Invocation {
    /// Resolves a user's argument with `matcher`, turning misses into a one-line failure.
    func lookup<Item>(_ query: String, _ matcher: NameMatcher<Item>, in items: [Item], what: String) throws -> Item {
        switch matcher.resolve(query, in: items) {
        case .found(let item):
            return item
        case .ambiguous(let candidates):
            let shown = candidates.prefix(5).map(matcher.label).joined(separator: "; ")
            throw CommandFailure.notFound(
                "'\(query)' matches \(candidates.count) \(English.plural(what)): \(shown)\(candidates.count > 5 ? "; …" : ""); be more specific"
            )
        case .none(let suggestions):
            let hint =
                suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
            throw CommandFailure.notFound("no \(what) matches '\(query)'\(hint)")
        }
    }
}
