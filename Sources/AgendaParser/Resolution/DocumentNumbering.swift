/// Numbers for document names in name order, so that the numbers sort as the names
/// do and `(number, line)` pairs as `SourceLocation`s: what the resolution steps
/// compare and sort instead of the names.
struct DocumentNumbering {
    /// The distinct names, in order; a name's number is its index.
    let names: [String]
    /// The number of each name given, in the order given.
    let numbers: [Int32]

    /// Facts, pairs and passages come document by document, so a name is looked up
    /// only where it changes.
    ///
    /// `document` reads an element's document name in place: iterating a lazy map
    /// of the elements instead would copy each one (retaining all its fields).
    init<Element>(_ elements: [Element], document: (Element) -> String) {
        var names: [String] = []
        var appearance: [Int32] = []
        appearance.reserveCapacity(elements.count)
        var numberOfName: [String: Int32] = [:]
        var previous: (name: String, number: Int32)?
        for index in elements.indices {
            let name = document(elements[index])
            if let previous, previous.name == name {
                appearance.append(previous.number)
                continue
            }
            let number = numberOfName[name] ?? Int32(names.count)
            if number == names.count {
                names.append(name)
                numberOfName[name] = number
            }
            appearance.append(number)
            previous = (name, number)
        }
        // Renumbered in name order.
        let order = names.indices.sorted { names[$0] < names[$1] }
        var rank = [Int32](repeating: 0, count: names.count)
        for (position, index) in order.enumerated() { rank[index] = Int32(position) }
        self.names = order.map { names[$0] }
        numbers = appearance.map { rank[Int($0)] }
    }
}
