import Foundation
import Testing
import RostrumModel
import RostrumStore

/// Totals, facets and filters stay exact while documents are added, replaced and deleted between searches.
@Suite("Store conformance: search after writes")
struct StoreSearchAfterWritesTests {
    @Test(arguments: StoreFactory.all)
    func facetsFollowInsertionsReplacementsAndDeletions(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        func search(_ q: String) async throws -> SearchResults {
            try await store.search(SearchQuery(parsing: q), limit: 10, offset: 0, sort: .relevance)
        }
        let petrov = Speaker(name: "Ivan Petrov", organization: "Gazprom")
        let he = Speaker(name: "He Zhenwei", organization: "COSCO")
        _ = try await store.ingest(document(title: "Gas", date: "2018-09-11", quotes: [("Gas exports to China will grow.", petrov)],
                                            topics: ["energy"], countries: ["CN"]), raw: "gas 1", source: "gas.txt")
        let first = try await search("china")
        #expect(first.total == 1)
        #expect(first.facets.speakers == [FacetCount(value: "Ivan Petrov", count: 1)])
        #expect(first.facets.years == [FacetCount(value: "2018", count: 1)])

        // A second session: counted by the next search.
        let ports = try await store.ingest(batch: [IngestItem(
            document: document(title: "Ports", date: "2019-09-05", quotes: [("China is our largest partner in port traffic.", he),
                                                                            ("China buys more grain every year.", petrov)],
                               topics: ["transport"], countries: ["CN", "RU"]),
            raw: "ports 1", source: "ports.txt")])
        let portsID = try #require(try ports.first?.get().sessionID)
        let second = try await search("china")
        #expect(second.total == 3)
        #expect(second.facets.speakers == [FacetCount(value: "Ivan Petrov", count: 2), FacetCount(value: "He Zhenwei", count: 1)])
        #expect(second.facets.countries == [FacetCount(value: "CN", count: 3), FacetCount(value: "RU", count: 2)])
        #expect(second.facets.topics == [FacetCount(value: "transport", count: 2), FacetCount(value: "energy", count: 1)])
        #expect(try await search("china year:2019 org:cosco").total == 1)
        #expect(try await search("country:RU").total == 2)

        // The first session replaced by a version without China.
        _ = try await store.ingest(document(title: "Gas", date: "2018-09-11", quotes: [("Gas exports to Europe will fall.", petrov)],
                                            topics: ["energy"], countries: ["DE"]), raw: "gas 2", source: "gas.txt")
        let third = try await search("china")
        #expect(third.total == 2)
        #expect(third.facets.years == [FacetCount(value: "2019", count: 2)])
        #expect(try await search("country:DE").total == 1)
        #expect(try await search("topic:energy").facets.countries == [FacetCount(value: "DE", count: 1)])

        // Deleting a session takes its quotes out of totals, filters and facets.
        #expect(try await store.delete(sessionID: portsID))
        let fourth = try await search("china")
        #expect(fourth.total == 0 && fourth.facets.speakers.isEmpty)
        #expect(try await search("country:CN").total == 0)
        let all = try await search("year:1900..2100")
        #expect(all.total == 1 && all.facets.speakers == [FacetCount(value: "Ivan Petrov", count: 1)])
        #expect(try await store.searchSessions(SearchQuery(parsing: "gas"), limit: 10, offset: 0, sort: .relevance).total == 1)
    }
}
