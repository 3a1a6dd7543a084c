/// A positional argument of a command: `<query>`, `[<id>...]`.
struct PositionalSpec: Sendable, Hashable {
    var name: String
    var help: String
    /// May be left out.
    var isOptional: Bool
    /// Takes all remaining positionals (one or more; zero or more if optional).
    var isVariadic: Bool

    init(_ name: String, help: String, optional: Bool = false, variadic: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = optional
        self.isVariadic = variadic
    }

    /// How usage lines show it: `<id>`, `[<id>]`, `<id>...`, `[<id>...]`.
    var usageText: String {
        let core = "<\(name)>" + (isVariadic ? "..." : "")
        return isOptional ? "[\(core)]" : core
    }
}
