/// What the columns of a challenge table hold. The first is the title, unless
/// it is headed as the English one and a later column as the Chinese; one other
/// may be the English title, and the rest describe the challenge:
///
/// `| 挑战 | 介绍 |` — title, description.
/// `| 挑战 | Challenge | 描述 |` — title, English title, description.
/// `| Challenge | 挑战 | 描述 |` — English title, title, description.
///
/// The English column is told by its header (`Challenge`, `English`, `英文` …) or,
/// in a table of three or more columns whose titles are Chinese, by a second
/// column of Latin-script text only (unless its header names a description).
struct ChallengeTableColumns: Equatable {
    /// The column of titles.
    var title = 0
    /// The column of English titles, if the table has one.
    var english: Int?

    static let englishHeaders: Set<String> = [
        "challenge", "challenges", "english", "english title", "english name", "英文", "英文名", "英文名称", "英文标题",
    ]
    /// Headers of a column of Chinese titles after an English one.
    static let chineseHeaders: Set<String> = ["挑战", "中文", "中文名", "中文名称", "中文标题", "标题"]
    static let descriptionHeaders: Set<String> = [
        "介绍", "描述", "简介", "说明", "概述", "description", "summary", "overview", "details",
    ]

    init(_ table: Table) {
        let headers = table.header.cells.map { Self.plain($0).lowercased() }
        if let first = headers.first, Self.englishHeaders.contains(first),
            let chinese = headers.indices.dropFirst().first(where: { Self.chineseHeaders.contains(headers[$0]) })
        {
            title = chinese
            english = 0
        } else if let column = headers.indices.dropFirst().first(where: { Self.englishHeaders.contains(headers[$0]) }) {
            english = column
        } else if headers.count >= 3, !Self.descriptionHeaders.contains(headers[1]), Self.holdsEnglishTitles(table) {
            english = 1
        }
    }

    /// The row's title (empty when the row has none).
    func title(of row: Table.Row) -> String {
        title < row.cells.count ? Self.plain(row.cells[title]) : ""
    }

    /// The row's English title, if the table has an English column and the cell is not empty.
    func englishTitle(of row: Table.Row) -> String? {
        guard let english, english < row.cells.count else { return nil }
        let title = Self.plain(row.cells[english])
        return title.isEmpty ? nil : title
    }

    /// The row's description: every column but the title and the English title, joined.
    func description(of row: Table.Row) -> String {
        let cells = row.cells.indices.filter { $0 != title && $0 != english }.map { row.cells[$0] }
        return Self.plain(cells.joined(separator: " "))
    }

    /// Every row with a title has a Chinese title and, in the second column, Latin text only.
    private static func holdsEnglishTitles(_ table: Table) -> Bool {
        let rows = table.rows.filter { !plain($0.cells.first ?? "").isEmpty }
        return !rows.isEmpty
            && rows.allSatisfy { row in
                let title = plain(row.cells[0])
                let second = row.cells.count > 1 ? plain(row.cells[1]) : ""
                return title.unicodeScalars.contains(where: \.isHan)
                    && second.unicodeScalars.contains(where: CitationLexicon.isLatinLetter)
                    && !second.unicodeScalars.contains(where: \.isWideScript)
            }
    }

    private static func plain(_ cell: String) -> String {
        InlineMarkup.plain(cell).trimmingSpaces()
    }
}
