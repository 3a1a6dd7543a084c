import Testing

@testable import AgendaCLI

@Test func scratch() {
    let t = TableRenderer(columns: [TableColumn("名称"), TableColumn("N", alignment: .right, style: .cyan)])
    print(t.string([["欺骗", "1"], ["x", "22"]], terminal: Terminal(width: 40, colorEnabled: true)).debugDescription)
}
