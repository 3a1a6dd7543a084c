/// A node of a tree to draw: a label, an optional dim detail, children.
struct TreeNode: Sendable, Hashable {
    var label: String
    /// Shown after the label, dim (e.g. a source location or a count).
    var detail: String?
    /// Applied to the label (e.g. `.bold` for a heading).
    var labelStyle: Style
    var children: [TreeNode]

    init(_ label: String, detail: String? = nil, labelStyle: Style = .plain, children: [TreeNode] = []) {
        self.label = label
        self.detail = detail
        self.labelStyle = labelStyle
        self.children = children
    }

    init(label: String, detail: String? = nil, children: [TreeNode] = []) {
        self.init(label, detail: detail, children: children)
    }
}
