import AgendaParser

/// Texts grouped into ranked units: each passage is a unit of one body text;
/// a concept, challenge or work is a unit of several field texts (names,
/// title, definition, …) stored one after another.
struct FieldedCollection: Equatable, Sendable {
    var texts: TextCollection
    /// Field of each text as its position in `SearchField.allCases`; empty when every text is `.body`.
    var fieldCodes: Column<UInt8>
    /// Unit `u` owns texts `unitStarts[u]..<unitStarts[u + 1]`; empty when each text is its own unit.
    var unitStarts: Column<Int32>
    /// Unit of each text; empty when each text is its own unit.
    var owners: Column<Int32>
    /// Each text as written, for hits; empty for passages (their text is in the corpus).
    var originals: StringColumn
    /// Average length of each field's texts, for BM25.
    var averageLengths: [SearchField: Double]

    init(
        texts: TextCollection, fieldCodes: Column<UInt8>, unitStarts: Column<Int32>, owners: Column<Int32>,
        originals: StringColumn, averageLengths: [SearchField: Double]
    ) {
        self.texts = texts
        self.fieldCodes = fieldCodes
        self.unitStarts = unitStarts
        self.owners = owners
        self.originals = originals
        self.averageLengths = averageLengths
    }

    /// One unit per text, all `.body` (passages).
    init(bodies: [String]) {
        self.init(bodies: TextCollection(texts: bodies))
    }

    /// One unit per text of `texts`, all `.body` (passages).
    init(bodies texts: consuming TextCollection) {
        self.texts = texts
        fieldCodes = Column()
        unitStarts = Column()
        owners = Column()
        originals = StringColumn()
        averageLengths = [.body: self.texts.averageLength()]
    }

    /// Units made of fields; empty field texts are left out.
    init(units: [[(field: SearchField, text: String)]]) {
        var builder = TextCollectionBuilder()
        var fields: [SearchField] = []
        var unitStarts: [Int32] = [0]
        var owners: [Int32] = []
        var originals: [String] = []
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
        fieldCodes = Column(fields.map(\.code))
        self.unitStarts = Column(unitStarts)
        self.owners = Column(owners)
        self.originals = StringColumn(originals)
        averageLengths = [:]
        for field in Set(fields) {
            averageLengths[field] = texts.averageLength { fields[$0] == field }
        }
    }

    var unitCount: Int { unitStarts.isEmpty ? texts.count : unitStarts.count - 1 }

    func field(of text: Int) -> SearchField { SearchField.byCode[fieldCode(of: text)] }

    /// The code of the field of `text` (see `fieldCodes`).
    func fieldCode(of text: Int) -> Int { fieldCodes.isEmpty ? SearchField.bodyCode : Int(fieldCodes[text]) }

    func unit(of text: Int) -> Int { owners.isEmpty ? text : Int(owners[text]) }

    func texts(of unit: Int) -> Range<Int> {
        unitStarts.isEmpty ? unit..<(unit + 1) : Int(unitStarts[unit])..<Int(unitStarts[unit + 1])
    }
}

extension SearchField {
    /// Every field by its code.
    static let byCode = allCases

    /// The field's position in `allCases`, as `FieldedCollection.fieldCodes` stores it.
    var code: UInt8 { SearchField.codes[self]! }

    private static let codes = Dictionary(uniqueKeysWithValues: byCode.enumerated().map { ($1, UInt8($0)) })
    static let bodyCode = Int(SearchField.body.code)
}
