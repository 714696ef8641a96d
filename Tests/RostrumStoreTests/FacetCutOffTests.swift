import Testing
@testable import RostrumStore

/// Facets name only the ids that can place in the top 20: those counted at least as often as the
/// 20th most frequent one (ties at the cut-off are then ordered by name).
@Suite("Facet cut-off")
struct FacetCutOffTests {
    @Test func theCutOffIsTheTwentiethLargestCount() {
        // Index 0 ("none") is never counted; ids 1...30 have counts 30...1 in shuffled order.
        var counts = [Int32](repeating: 0, count: 31)
        counts[0] = 1_000
        for (id, count) in zip(1...30, (1...30).reversed().shuffled()) { counts[id] = Int32(count) }
        #expect(FacetCounter.cutOff(counts) == 11)
    }

    @Test func tiesAtTheCutOffKeepItsValue() {
        var counts = [Int32](repeating: 0, count: 40)
        for id in 1...18 { counts[id] = 50 }
        for id in 19...25 { counts[id] = 7 }
        #expect(FacetCounter.cutOff(counts) == 7)
    }

    @Test func withFewerThanTwentyCountedTheSmallestCountedIsTheCutOff() {
        var counts = [Int32](repeating: 0, count: 10)
        counts[3] = 4
        counts[7] = 2
        #expect(FacetCounter.cutOff(counts) == 2)
        #expect(FacetCounter.cutOff([5, 0, 0]) == 0)
        #expect(FacetCounter.cutOff([]) == 0)
    }
}
