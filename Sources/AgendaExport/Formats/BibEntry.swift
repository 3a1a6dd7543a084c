import AgendaParser

/// One `@type{key, field = {value}, …}` entry; fields with no value are left out.
struct BibEntry {
    var type: String
    var key: String
    /// `isMacro` values are written bare (`month = may`), the rest in braces.
    var fields: [(name: String, value: String?, isMacro: Bool)] = []

    init(type: String, key: String) {
        self.type = type
        self.key = key
    }

    /// Adds a field whose value is already in TeX form.
    mutating func add(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        fields.append((name, value, false))
    }

    /// Adds a field whose value is a string macro (`may`), written without braces.
    mutating func add(_ name: String, macro: String?) {
        guard let macro, !macro.isEmpty else { return }
        fields.append((name, macro, true))
    }

    func write<Target: TextOutputStream>(to target: inout Target) {
        target.write("@\(type){\(key)")
        for field in fields {
            guard let value = field.value else { continue }
            target.write(field.isMacro ? ",\n  \(field.name) = \(value)" : ",\n  \(field.name) = {\(value)}")
        }
        target.write("\n}\n")
    }
}

/// The comment that opens BibTeX and BibLaTeX exports.
enum BibHeader {
    static func write<Target: TextOutputStream>(count: Int, format: String, to target: inout Target) {
        target.write("% \(format) exported by agenda: \(count) \(count == 1 ? "work" : "works"), sorted by key.\n")
        target.write("% Encoding: UTF-8. CJK text is kept as UTF-8: biber (biblatex) reads it natively;\n")
        target.write("% with classic BibTeX use a UTF-8 engine (XeLaTeX, LuaLaTeX) or bibtexu.\n")
    }
}

/// What BibTeX and BibLaTeX share: the header, then one entry per work in key order;
/// each dialect only says how a work becomes an entry.
protocol BibFormat: CitationExporter {
    static var formatName: String { get }
    func bibEntry(_ entry: ExportEntry) -> BibEntry
}

extension BibFormat {
    public func write<Target: TextOutputStream>(_ works: [Work], to target: inout Target) {
        let entries = ExportEntry.prepare(works)
        BibHeader.write(count: entries.count, format: Self.formatName, to: &target)
        // Each entry is made and written on its own, in parallel, then all in key order.
        let texts = entries.concurrentMap { entry in
            var text = "\n"
            bibEntry(entry).write(to: &text)
            return text
        }
        for text in texts { target.write(text) }
    }
}
