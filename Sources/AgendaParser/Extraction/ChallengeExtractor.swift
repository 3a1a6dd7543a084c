/// Finds agendas, categories and challenges: challenge tables (a table whose
/// first header is 挑战/Challenge; `ChallengeTableColumns` reads the other
/// columns), bulleted lists under a category's source line, and prose-only
/// challenges from the curated index.
struct ChallengeExtractor {
    var documents: [ReadDocument]
    var index: CuratedIndex

    struct Output {
        var agendas: [Agenda] = []
        var categories: [Category] = []
        var challenges: [Challenge] = []
        var diagnostics: [Diagnostic] = []
    }

    static let tableHeaders: Set<String> = ["挑战", "challenge", "challenges", "挑战名称"]

    func extract() -> Output {
        var output = Output()
        let byName = Dictionary(documents.map { ($0.document.name, $0) }, uniquingKeysWith: { first, _ in first })
        output.agendas = agendas(byName)
        output.categories = categories()
        var challenges = tableChallenges(&output)
        challenges += indexedChallenges(adding: &challenges, byName: byName, output: &output)
        challenges += listChallenges(output.categories, byName: byName)
        output.challenges = order(challenges, agendas: output.agendas, categories: output.categories)
        return output
    }

    private func agendas(_ byName: [String: ReadDocument]) -> [Agenda] {
        index.agendas.compactMap { row in
            guard let id = row["id"] else { return nil }
            let documents = (row["documents"] ?? "").split(whereSeparator: { $0 == "," || $0 == "，" || $0 == ";" })
                .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            return Agenda(
                id: id, name: row["name"] ?? id, title: row["title"], documents: documents,
                source: row.source ?? row.location)
        }
    }

    private func categories() -> [Category] {
        index.categories.compactMap { row in
            guard let id = row["id"], let agenda = row["agenda"], let name = row["中文"] ?? row["chinese"] ?? row["name"]
            else { return nil }
            return Category(
                id: id, agenda: agenda, name: name, nameEn: row["english"], source: row.source ?? row.location)
        }
    }

    /// The agenda a document belongs to, by the index's `documents` column.
    private func agenda(of document: String, in agendas: [Agenda]) -> Agenda? {
        agendas.first { $0.documents.contains(document) }
    }

    /// A challenge table as read from its document, before it is given an agenda
    /// and ids: what every row says, worked out once per document in parallel.
    private struct FoundTable: Sendable {
        struct Row: Sendable {
            var offset: Int
            var title: String
            var titleEn: String?
            var summary: String
            var questions: [String]
            var line: Int
        }
        var document: Document
        var section: Heading?
        var headerLine: Int
        var rows: [Row]
    }

    /// The blocks of a corpus document that `tables(in:)` and `listChallenges` read when
    /// the curated index points elsewhere: numbered headings and tables (where a table's
    /// category starts), each with the list items right after it (its bulleted challenges).
    /// Both read these the same as they read all the blocks.
    static func blocksRead(in blocks: [Block]) -> [Block] {
        var kept: [Block] = []
        var keepingList = false
        for block in blocks {
            switch block.kind {
            case .heading(let heading) where heading.number != nil:
                keepingList = true
            case .table:
                keepingList = true
            case .listItem:
                guard keepingList else { continue }
            default:
                keepingList = false
                continue
            }
            kept.append(block)
        }
        return kept
    }

    /// The challenge tables of one document, in order, with their rows read.
    private static func tables(in read: ReadDocument) -> [FoundTable] {
        guard read.document.role == .corpus else { return [] }
        var found: [FoundTable] = []
        var section: Heading?
        for block in read.blocks {
            if case .heading(let heading) = block.kind, heading.number != nil { section = heading }
            guard case .table(let table) = block.kind,
                let first = table.header.cells.first,
                tableHeaders.contains(InlineMarkup.plain(first).lowercased())
            else { continue }
            let columns = ChallengeTableColumns(table)
            let rows = table.rows.enumerated().compactMap { offset, row -> FoundTable.Row? in
                let title = columns.title(of: row)
                guard !title.isEmpty else { return nil }
                let summary = columns.description(of: row)
                return FoundTable.Row(
                    offset: offset, title: title, titleEn: columns.englishTitle(of: row), summary: summary,
                    questions: SubQuestionSplitter.split(summary), line: row.line)
            }
            found.append(
                FoundTable(
                    document: read.document, section: section,
                    headerLine: table.header.line, rows: rows))
        }
        return found
    }

    /// Rows of challenge tables; ids are `<section>.<row>` (the index may rename them).
    private func tableChallenges(_ output: inout Output) -> [Challenge] {
        var result: [Challenge] = []
        for table in documents.concurrentMap(Self.tables).joined() {
            let document = table.document.name
            let owner =
                agenda(of: document, in: output.agendas) ?? implicitAgenda(for: table.document, output: &output)
            let section = table.section
            let number = section?.number ?? String(output.categories.filter { $0.agenda == owner.id }.count + 1)
            if !output.categories.contains(where: { $0.id == number && $0.agenda == owner.id }) {
                output.categories.append(
                    Category(
                        id: number, agenda: owner.id, name: section?.title ?? table.document.title, nameEn: nil,
                        source: section?.source ?? SourceLocation(document: document, line: table.headerLine)))
            }
            for row in table.rows {
                result.append(
                    Challenge(
                        id: "\(number).\(row.offset + 1)", agenda: owner.id, category: number, title: row.title,
                        titleEn: row.titleEn, summary: row.summary.isEmpty ? nil : row.summary,
                        questions: row.questions, source: SourceLocation(document: document, line: row.line),
                        discussedAt: []))
            }
        }
        return result
    }

    /// A document with a challenge table but no index entry forms its own agenda.
    private func implicitAgenda(for document: Document, output: inout Output) -> Agenda {
        let agenda = Agenda(
            id: document.name, name: document.title, title: document.title,
            documents: [document.name], source: SourceLocation(document: document.name, line: 1))
        output.agendas.append(agenda)
        return agenda
    }

    /// Index rows either name a table row (adding its id, and an English title that
    /// replaces the table's own) or state a prose-only challenge, which is returned.
    private func indexedChallenges(
        adding challenges: inout [Challenge], byName: [String: ReadDocument], output: inout Output
    ) -> [Challenge] {
        var prose: [Challenge] = []
        for row in index.challenges {
            guard let id = row["id"], let source = row.source else { continue }
            if let existing = challenges.firstIndex(where: { $0.source == source }) {
                challenges[existing].id = id
                challenges[existing].titleEn = row["english"] ?? challenges[existing].titleEn
                if let category = row["category"] { challenges[existing].category = category }
                continue
            }
            guard let category = row["category"], let owner = output.categories.first(where: { $0.id == category })
            else {
                output.diagnostics.append(
                    Diagnostic(
                        id: "index.unknown-category", source: row.location,
                        message: "challenge \(id) names an unknown category"))
                continue
            }
            guard let title = row["中文"] ?? row["chinese"] ?? row["english"] else { continue }
            let line = byName[source.document].flatMap {
                source.line <= $0.lines.count ? $0.lines[source.line - 1] : nil
            }
            let summary = line.flatMap { Self.clause(of: $0, containing: row["quote"]) }
            prose.append(
                Challenge(
                    id: id, agenda: owner.agenda, category: category, title: title, titleEn: row["english"],
                    summary: summary, questions: [], source: source, discussedAt: []))
        }
        return prose
    }

    /// The clause of `line` (between `，,;；。`) that holds `quote`, widened to whole clauses.
    static func clause(of line: String, containing quote: String?) -> String? {
        guard let quote, let range = line.range(of: quote) else { return nil }
        let stops: Set<Character> = ["，", ",", "；", ";", "。", ":", "："]
        var start = range.lowerBound
        while start > line.startIndex, !stops.contains(line[line.index(before: start)]) {
            start = line.index(before: start)
        }
        var end = range.upperBound
        while end < line.endIndex, !stops.contains(line[end]) { end = line.index(after: end) }
        return String(line[start..<end]).trimmingSpaces()
    }

    /// Top-level bullets right after a category's source line: one challenge each.
    private func listChallenges(_ categories: [Category], byName: [String: ReadDocument]) -> [Challenge] {
        var result: [Challenge] = []
        for category in categories {
            guard let read = byName[category.source.document], read.document.role == .corpus else { continue }
            guard
                let start = read.blocks.firstIndex(where: { block in
                    block.segments.contains { $0.line == category.source.line } && !block.isListItem
                })
            else { continue }
            var number = 0
            for block in read.blocks[(start + 1)...] {
                guard case .listItem(let depth) = block.kind else { break }
                guard depth == 0 else { continue }
                number += 1
                let (text, map) = block.plainText(document: read.document.name)
                let parts = ListChallenge(text: text)
                result.append(
                    Challenge(
                        id: "\(category.id)\(number)", agenda: category.agenda, category: category.id,
                        title: parts.title,
                        titleEn: parts.english, summary: text, questions: parts.questions,
                        source: map.source(atUTF8Offset: 0), discussedAt: []))
            }
        }
        return result
    }

    /// Agenda order, then category order, then ids compared number by number.
    private func order(_ challenges: [Challenge], agendas: [Agenda], categories: [Category]) -> [Challenge] {
        let agendaRank = Dictionary(agendas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let categoryRank = Dictionary(
            categories.enumerated().map { ("\($1.agenda)/\($1.id)", $0) }, uniquingKeysWith: { first, _ in first })
        // Each challenge's ranks and id parts once, not once per comparison.
        let keys = challenges.map { challenge in
            (
                agenda: agendaRank[challenge.agenda] ?? .max,
                category: categoryRank["\(challenge.agenda)/\(challenge.category)"] ?? .max,
                id: ChallengeID.components(challenge.id)
            )
        }
        return challenges.indices.sorted { a, b in
            let (left, right) = (keys[a], keys[b])
            if (left.agenda, left.category) != (right.agenda, right.category) {
                return (left.agenda, left.category) < (right.agenda, right.category)
            }
            return ChallengeID.precedes(left.id, right.id)
        }.map { challenges[$0] }
    }
}

extension Block {
    var isListItem: Bool {
        if case .listItem = kind { return true }
        return false
    }
}

/// Orders ids like `2.10` after `2.9` and `S10` after `S9`.
enum ChallengeID {
    static func precedes(_ a: String, _ b: String) -> Bool {
        precedes(components(a), components(b))
    }

    static func precedes(_ left: [String], _ right: [String]) -> Bool {
        for (x, y) in zip(left, right) where x != y {
            if let m = Int(x), let n = Int(y) { return m < n }
            return x < y
        }
        return left.count < right.count
    }

    /// `S10` → [S, 10]; `2.4` → [2, 4].
    static func components(_ id: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var currentIsDigit: Bool?
        for character in id {
            if character == "." {
                if !current.isEmpty { parts.append(current) }
                current = ""
                currentIsDigit = nil
                continue
            }
            let isDigit = character.isASCII && character.isNumber
            if let kind = currentIsDigit, kind != isDigit {
                parts.append(current)
                current = ""
            }
            current.append(character)
            currentIsDigit = isDigit
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
