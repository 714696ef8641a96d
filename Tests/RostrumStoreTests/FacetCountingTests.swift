import GRDB
import Testing
@testable import RostrumStore

/// Large searches count their facets on another thread while the page is read; the facets must be
/// exactly those counted in place.
@Suite("Facet counting on another thread")
struct FacetCountingTests {
    @Test func countingElsewhereGivesTheSameFacets() async throws {
        let store = try #require(try await Samples.store(.sqlite) as? SQLiteStore)
        let index = store.quoteIndex
        let (inPlace, elsewhere, total) = try await store.read { db in
            let columns = try index.columns(db)
            let slots = columns.existing.slots
            let here = try FacetCounting(slots, columns, parallelFrom: .max).wait().facets(db, index: index, columns: columns)
            let there = try FacetCounting(slots, columns, parallelFrom: 0).wait().facets(db, index: index, columns: columns)
            return (here, there, slots.count)
        }
        #expect(total > 200)
        #expect(!inPlace.speakers.isEmpty && !inPlace.topics.isEmpty && !inPlace.years.isEmpty)
        #expect(inPlace == elsewhere)
    }
}
