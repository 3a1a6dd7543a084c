/// Draws a tree with `├── `, `└── ` and `│   `, wrapping long labels.
///
/// ```
/// 对齐问题
/// ├── 欺骗性对齐：模型在训练中表现
/// │   良好，部署后追求其他目标
/// │   └── 内部优化器  paper.md:12
/// └── 奖励破解
/// ```
/// A wrapped label continues under its own text, behind `│   ` (more
/// siblings follow) or `    ` (last child), so no line exceeds the width.
/// Every label keeps at least `minimumLabelWidth` columns (half the width at
/// most): a tree too deep for that is drawn with 2-column connectors
/// (`├ `, `└ `, `│ `), and if even those do not fit, the outermost levels'
/// columns are left out. Roots start at column 0; labels and details are
/// sanitised here.
struct TreeRenderer: Sendable {
    /// The four connector pieces, all of one width.
    struct Glyphs: Sendable, Hashable {
        var branch: String
        var lastBranch: String
        var pipe: String
        var blank: String

        static let standard = Glyphs(branch: "├── ", lastBranch: "└── ", pipe: "│   ", blank: "    ")
        static let compact = Glyphs(branch: "├ ", lastBranch: "└ ", pipe: "│ ", blank: "  ")
    }

    /// Columns a label keeps however deep the tree (at most half the width).
    static let minimumLabelWidth = 16

    func render(_ root: TreeNode, terminal: Terminal, to output: inout some TextOutputStream) {
        render(forest: [root], terminal: terminal, to: &output)
    }

    /// Several roots, one after the other, each at column 0.
    func render(forest roots: [TreeNode], terminal: Terminal, to output: inout some TextOutputStream) {
        for line in lines(roots, terminal: terminal) {
            output.write(line)
            output.write("\n")
        }
    }

    func string(_ root: TreeNode, terminal: Terminal) -> String {
        var text = ""
        render(root, terminal: terminal, to: &text)
        return text
    }

    func lines(_ roots: [TreeNode], terminal: Terminal) -> [String] {
        let room = terminal.width - min(Self.minimumLabelWidth, terminal.width / 2)
        let depth = roots.map(Self.depth).max() ?? 0
        let standardWidth = terminal.displayWidth.columns(Glyphs.standard.branch)
        let glyphs = standardWidth * depth <= room ? Glyphs.standard : Glyphs.compact
        var drawing = Drawing(glyphs: glyphs, terminal: terminal, room: room)
        for root in roots {
            drawing.append(root, ancestry: [], first: "", continuation: "")
        }
        return drawing.lines
    }

    /// Levels below `node` (0 for a leaf).
    private static func depth(_ node: TreeNode) -> Int {
        node.children.isEmpty ? 0 : 1 + (node.children.map(depth).max() ?? 0)
    }

    /// The lines drawn so far and what drawing them needs.
    private struct Drawing {
        let glyphs: Glyphs
        let terminal: Terminal
        /// Columns the prefix of a line may take.
        let room: Int
        var lines: [String] = []

        /// Appends `node` and its subtree. `ancestry` holds the connector
        /// columns of the parent levels; `first` / `continuation` the node's
        /// own connector for the label's first and following lines.
        mutating func append(_ node: TreeNode, ancestry: [String], first: String, continuation: String) {
            let measure = terminal.displayWidth
            let visible = visibleAncestry(ancestry, connector: first)
            let prefixWidth = measure.columns(visible) + measure.columns(first)
            var text = StyledText(TerminalText.sanitize(node.label), style: node.labelStyle)
            if let detail = node.detail.map(TerminalText.sanitize), !detail.isEmpty {
                text = text + StyledText("  ") + StyledText(detail, style: .dim)
            }
            let wrapped = TextWrapper(width: max(terminal.width - prefixWidth, 2), measure: measure).wrap(text)
            for (index, line) in wrapped.enumerated() {
                let prefix = terminal.styled(visible + (index == 0 ? first : continuation), .dim)
                var drawn = prefix + line.rendered(colorEnabled: terminal.colorEnabled)
                while drawn.hasSuffix(" ") { drawn.removeLast() }  // an empty label behind `│   `
                lines.append(drawn)
            }
            let childAncestry = first.isEmpty ? ancestry : ancestry + [continuation]
            for (index, child) in node.children.enumerated() {
                let isLast = index == node.children.count - 1
                append(
                    child, ancestry: childAncestry, first: isLast ? glyphs.lastBranch : glyphs.branch,
                    continuation: isLast ? glyphs.blank : glyphs.pipe)
            }
        }

        /// The ancestry columns that fit in `room` next to `connector`, outermost dropped first.
        private func visibleAncestry(_ ancestry: [String], connector: String) -> String {
            let measure = terminal.displayWidth
            var kept = ancestry[...]
            var width = kept.reduce(0) { $0 + measure.columns($1) } + measure.columns(connector)
            while width > room, let outer = kept.first {
                width -= measure.columns(outer)
                kept = kept.dropFirst()
            }
            return kept.joined()
        }
    }
}
