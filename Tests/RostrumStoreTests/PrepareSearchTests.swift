import Foundation
import RostrumModel
import Testing

@testable import RostrumStore

/// `SQLiteStore.prepareSearch()` loads the search columns ahead of the first search; searches
/// after it, and after later writes, see exactly what they would without it.
@Suite("Search columns loaded ahead")
struct PrepareSearchTests {
    @Test func searchesAfterPreparingSeeEveryWrite() async throws {
        let store = try StoreFactory.sqlite.make() as? SQLiteStore
        let sqlite = try #require(store)
        let petrov = Speaker(name: "Ivan Petrov", organization: "Gazprom")
        _ = try await sqlite.ingest(document(title: "Gas", date: "2018-09-11", quotes: [("Gas exports to China will grow.", petrov)],
                                             topics: ["energy"], countries: ["CN"]), raw: "gas", source: "gas.txt")
        try await sqlite.prepareSearch()
        let query = try SearchQuery(parsing: "china")
        #expect(try await sqlite.search(query, limit: 10, offset: 0, sort: .relevance).total == 1)
        _ = try await sqlite.ingest(document(title: "Ports", date: "2019-09-05", quotes: [("China is our largest port partner.", petrov)],
                                             topics: ["transport"], countries: ["CN"]), raw: "ports", source: "ports.txt")
        try await sqlite.prepareSearch()
        let after = try await sqlite.search(query, limit: 10, offset: 0, sort: .date)
        #expect(after.total == 2 && Set(after.facets.years.map(\.value)) == ["2019", "2018"])
        #expect(after.hits.first?.date == "2019-09-05", "newest first")
    }
}
