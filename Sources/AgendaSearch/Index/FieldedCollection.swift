/// Texts grouped into ranked units: each passage is a unit of one body text;
/// a concept, challenge or work is a unit of several field texts (names,
/// title, definition, …) stored one after another.
struct FieldedCollection: Hashable, Codable, Sendable {
    var texts: TextCollection
    /// Field of each text; empty when every text is `.body`.
    var fields: [SearchField]
    /// Unit `u` owns texts `unitStarts[u]..<unitStarts[u + 1]`; empty when each text is its own unit.
    var unitStarts: [Int32]
    /// Unit of each text; empty when each text is its own unit.
    var owners: [Int32]
    /// Each text as written, for hits; empty for passages (their text is in the corpus).
    var originals: [String]
    /// Average length of each field's texts, for BM25.
    var averageLengths: [SearchField: Double]

    init(
        texts: TextCollection, fields: [SearchField], unitStarts: [Int32], owners: [Int32], originals: [String],
        averageLengths: [SearchField: Double]
    ) {
        self.texts = texts
        self.fields = fields
        self.unitStarts = unitStarts
        self.owners = owners
        self.originals = originals
        self.averageLengths = averageLengths
    }

    /// One unit per text, all `.body` (passages).
    init(bodies: [String]) {
        texts = TextCollection(texts: bodies)
        fields = []
        unitStarts = []
        owners = []
        originals = []
        averageLengths = [.body: texts.averageLength()]
    }

    /// Units made of fields; empty field texts are left out.
    init(units: [[(field: SearchField, text: String)]]) {
        var builder = TextCollectionBuilder()
        fields = []
        unitStarts = [0]
        owners = []
        originals = []
        for (unit, unitFields) in units.enumerated() {
            for (field, text) in unitFields where !text.isEmpty {
                builder.add(text)
                fields.append(field)
                owners.append(Int32(unit))
                originals.append(text)
            }
            unitStarts.append(Int32(fields.count))
        }
        texts = builder.finish()
        averageLengths = [:]
        for field in Set(fields) {
            averageLengths[field] = texts.averageLength { fields[$0] == field }
        }
    }

    var unitCount: Int { unitStarts.isEmpty ? texts.count : unitStarts.count - 1 }

    func field(of text: Int) -> SearchField { fields.isEmpty ? .body : fields[text] }

    func unit(of text: Int) -> Int { owners.isEmpty ? text : Int(owners[text]) }

    func texts(of unit: Int) -> Range<Int> {
        unitStarts.isEmpty ? unit..<(unit + 1) : Int(unitStarts[unit])..<Int(unitStarts[unit + 1])
    }
}
