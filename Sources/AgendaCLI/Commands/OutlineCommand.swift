import AgendaParser

/// `agenda outline <document>`: one document's heading tree.
enum OutlineCommand: AgendaCommand {
    static let spec = CommandSpec(
        name: "outline",
        abstract: "Draw one document's heading tree with line numbers.",
        options: [SharedOptions.json],
        positionals: [PositionalSpec("document", help: "File name, or an unambiguous part of it or of its title.")],
        examples: [.init("agenda outline xiong", "The survey's sections.")],
        aliases: ["toc"])

    static func run(_ invocation: Invocation) throws {
        let corpus = try invocation.corpus(.core)
        let document = try invocation.lookup(
            invocation.command.positional("document") ?? "", Lookups.document, in: corpus.documents, what: "document")
        if invocation.wantsJSON {
            invocation.console.write(try JSONOutput.encode(document.outline.map(HeadingView.init)))
            return
        }
        let root = TreeNode(
            "\(document.name) — \(document.title)", labelStyle: .bold, children: OutlineTree.nodes(document.outline))
        invocation.console.write(TreeRenderer().string(root, terminal: invocation.terminal))
    }
}

/// Nests headings by level: each heading owns the deeper ones that follow it.
enum OutlineTree {
    static func nodes(_ headings: [Heading]) -> [TreeNode] {
        var index = 0
        return children(headings, &index, deeperThan: 0)
    }

    private static func children(_ headings: [Heading], _ index: inout Int, deeperThan level: Int) -> [TreeNode] {
        var nodes: [TreeNode] = []
        while index < headings.count, headings[index].level > level {
            let heading = headings[index]
            index += 1
            let below = children(headings, &index, deeperThan: heading.level)
            nodes.append(TreeNode("\(heading.displayTitle)  :\(heading.source.line)", children: below))
        }
        return nodes
    }
}
