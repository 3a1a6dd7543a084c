/// `agenda search` (wired to AgendaSearch below).
enum SearchCommand: AgendaCommand {
    static let spec = CommandSpec(name: "search", abstract: "Search concepts, challenges, works and passages.", positionals: [PositionalSpec("keyword", help: "Words to find.", variadic: true)])
    static func run(_ invocation: Invocation) throws { throw CommandFailure.failed("search is not wired yet") }
}
