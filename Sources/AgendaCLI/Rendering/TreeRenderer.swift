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
/// Roots start at column 0; labels and details are sanitised here.
struct TreeRenderer: Sendable {
    static let branch = "├── "
    static let lastBranch = "└── "
    static let pipe = "│   "
    static let blank = "    "

    init() {}

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
        var lines: [String] = []
        for root in roots {
            append(root, ancestry: "", first: "", continuation: "", terminal: terminal, into: &lines)
        }
        return lines
    }

    /// Appends `node` and its subtree. `ancestry` is the drawn prefix of the
    /// node's parent levels; `first` / `continuation` its own connector for
    /// the label's first and following lines.
    private func append(
        _ node: TreeNode, ancestry: String, first: String, continuation: String,
        terminal: Terminal, into lines: inout [String]
    ) {
        let measure = terminal.displayWidth
        let prefixWidth = measure.columns(ancestry) + measure.columns(first)
        var text = StyledText(TerminalText.sanitize(node.label), style: node.labelStyle)
        if let detail = node.detail.map(TerminalText.sanitize), !detail.isEmpty {
            text = text + StyledText("  ") + StyledText(detail, style: .dim)
        }
        let wrapped = TextWrapper(width: max(terminal.width - prefixWidth, 2), measure: measure).wrap(text)
        for (index, line) in wrapped.enumerated() {
            let connector = index == 0 ? first : continuation
            let prefix = terminal.styled(ancestry + connector, .dim)
            lines.append(trimmed(prefix + line.rendered(colorEnabled: terminal.colorEnabled)))
        }
        let childAncestry = ancestry + continuation
        for (index, child) in node.children.enumerated() {
            let isLast = index == node.children.count - 1
            append(
                child, ancestry: childAncestry,
                first: isLast ? Self.lastBranch : Self.branch,
                continuation: isLast ? Self.blank : Self.pipe,
                terminal: terminal, into: &lines)
        }
    }

    /// Drops trailing spaces (an empty label behind `│   `).
    private func trimmed(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
