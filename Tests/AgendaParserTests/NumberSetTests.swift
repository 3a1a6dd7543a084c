import AgendaTestSupport
import Testing

@testable import AgendaParser

/// The small sets of numbers that work summaries merge: every operation agrees
/// with `Set`, whatever the sizes, and a set of one is the same however made.
@Suite struct NumberSetTests {
    static func make(_ values: [Int32]) -> NumberSet {
        var set = NumberSet()
        for value in values { set.insert(value) }
        return set
    }

    @Test func smallCases() {
        let empty = NumberSet()
        #expect(empty.isEmpty && empty.count == 0 && empty.values.isEmpty)
        let one = Self.make([7, 7])
        #expect(!one.isEmpty && one.count == 1 && one.values == [7])
        var merged = one
        merged.formUnion(Self.make([7]))
        #expect(merged == one)
        merged.formUnion(Self.make([3]))
        #expect(merged.values == [3, 7] && merged.count == 2)
        #expect(empty.isDisjoint(with: one) && one.isDisjoint(with: Self.make([8])))
        #expect(!one.isDisjoint(with: merged) && !merged.isDisjoint(with: one))
        #expect(empty.allSatisfy { _ in false } && one.allSatisfy { $0 == 7 } && !merged.allSatisfy { $0 == 7 })
    }

    @Test func randomOperationsAgreeWithSet() {
        var random = SeededRandom(seed: 42)
        for _ in 0..<500 {
            let a = (0..<random.next(below: 5)).map { _ in Int32(random.next(below: 8)) }
            let b = (0..<random.next(below: 5)).map { _ in Int32(random.next(below: 8)) }
            var union = Self.make(a)
            union.formUnion(Self.make(b))
            let expected = Set(a).union(b)
            #expect(union.values == expected.sorted() && union.count == expected.count)
            #expect(union == Self.make(expected.sorted()), "a set of the same values is equal however built")
            #expect(Self.make(a).isDisjoint(with: Self.make(b)) == Set(a).isDisjoint(with: b))
            #expect(Self.make(a).allSatisfy { $0 < 4 } == a.allSatisfy { $0 < 4 })
        }
    }
}
