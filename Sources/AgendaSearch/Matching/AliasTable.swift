import AgendaParser

/// The names of every concept (term, English name, aliases), keyed so that a
/// query can be recognised as one of them.
///
/// Expansion rule: a query (or one keyword of it) is expanded only when it
/// *equals* a name of a concept after normalisation, ignoring spaces, `-`,
/// `_` and `·` (`in context learning` = `In-Context Learning`). It then also
/// matches every other name of that concept. A query that is merely part of a
/// name (`reward` of `reward hacking`) is not expanded, so the added names
/// are always true equivalents the parser has justified.
struct AliasTable: Equatable, Sendable {
    /// Name key → indices of the concepts with that name.
    private var conceptsByKey: [String: [Int]] = [:]
    /// Each concept's names, as written, term first.
    private var namesByConcept: [[String]] = []

    init(concepts: [Concept]) {
        for (index, concept) in concepts.enumerated() {
            let names = concept.names.filter { !AliasTable.key($0).isEmpty }
            namesByConcept.append(names)
            for name in names {
                let key = AliasTable.key(name)
                if conceptsByKey[key]?.contains(index) != true { conceptsByKey[key, default: []].append(index) }
            }
        }
    }

    /// The key two names share when they are the same name.
    static func key(_ name: String) -> String {
        var normaliser = Normaliser()
        var scalars: [UInt32] = []
        normaliser.normalise(name, into: &scalars)
        return String(scalars: scalars.filter { ![0x20, 0x2D, 0x5F, 0xB7, 0x30FB].contains($0) })
    }

    /// The concepts one of whose names is `text`, or nil.
    func concepts(named text: String) -> [Int]? {
        conceptsByKey[AliasTable.key(text)]
    }

    /// All names of `concepts`, without repeats, in order.
    func names(of concepts: [Int]) -> [String] {
        var seen = Set<String>()
        return concepts.flatMap { namesByConcept[$0] }.filter { seen.insert($0).inserted }
    }

    /// The concepts' terms, for explanations: `奖励劫持` or `奖励劫持, 奖励破解`.
    func label(of concepts: [Int]) -> String {
        concepts.compactMap { namesByConcept[$0].first }.joined(separator: ", ")
    }

    /// Every concept's names, for suggestions.
    var allNames: [[String]] { namesByConcept }
}

extension AliasTable: BinaryCodable {
    package func encode(to writer: inout BinaryWriter) {
        writer.write(namesByConcept.count)
        for names in namesByConcept { writer.write(names) }
        writer.write(conceptsByKey.count)
        for key in conceptsByKey.keys.sorted() {
            writer.write(key)
            writer.write(conceptsByKey[key] ?? [])
        }
    }

    package init(from reader: inout BinaryReader) throws {
        for _ in 0..<(try reader.readCount()) { namesByConcept.append(try reader.read([String].self)) }
        for _ in 0..<(try reader.readCount()) {
            let key = try reader.read(String.self)
            let concepts = try reader.read([Int].self)
            guard concepts.allSatisfy({ $0 < namesByConcept.count }) else {
                throw BinaryCodingError.invalid("alias table")
            }
            conceptsByKey[key] = concepts
        }
    }
}
