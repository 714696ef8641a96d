import Foundation
import Testing
import RostrumModel
import RostrumStore

/// `Store.ingest(batch:)`: outcomes in order, idempotency within and across batches, and a failing
/// document that does not take the rest of its batch with it.
@Suite("Store conformance: batched ingest")
struct StoreBatchConformanceTests {
    private func item(_ title: String, _ text: String, speaker: String, raw: String, source: String?) -> IngestItem {
        IngestItem(document: document(title: title, quotes: [(text, Speaker(name: speaker, position: "Minister", organization: "Ministry of Energy"))]),
                   raw: raw, source: source)
    }

    @Test(arguments: StoreFactory.all)
    func outcomesInOrderWithDuplicatesAndReplacementsInsideTheBatch(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let batch = [
            item("Gas supplies", "Gas supplies to Asia will double by 2030.", speaker: "Ivan Petrov", raw: "one", source: "a.txt"),
            item("Port traffic", "Container traffic through the port grew by a third.", speaker: "He Zhenwei", raw: "two", source: "b.txt"),
            // The same content again, from another file: stored once.
            item("Gas supplies", "Gas supplies to Asia will double by 2030.", speaker: "Ivan Petrov", raw: "one", source: "copy.txt"),
            // A new version of b.txt replaces the one stored earlier in this batch.
            item("Port traffic", "Container traffic through the port fell last winter.", speaker: "He Zhenwei", raw: "two, edited", source: "b.txt"),
        ]
        let outcomes = try await store.ingest(batch: batch).map { try $0.get() }
        #expect(outcomes.count == 4)
        guard outcomes.count == 4, case .inserted(let first) = outcomes[0], case .inserted(let second) = outcomes[1] else {
            Issue.record("expected two insertions first, got \(outcomes)")
            return
        }
        #expect(outcomes[2] == .unchanged(first))
        guard case .replaced(let third, let old) = outcomes[3] else { Issue.record("expected a replacement, got \(outcomes[3])"); return }
        #expect(old == second && third != second)
        #expect(try await store.session(id: second) == nil)
        #expect(try await store.session(id: third)?.document.title == "Port traffic")
        let stats = try await store.stats()
        #expect(stats.sessions == 2 && stats.quotes == 2 && stats.people == 2)
        #expect(try await store.search(SearchQuery(parsing: "winter"), limit: 10, offset: 0, sort: .relevance).total == 1)
        #expect(try await store.search(SearchQuery(parsing: "grew"), limit: 10, offset: 0, sort: .relevance).total == 0)

        // What is stored, again: nothing changes, across batches as within one.
        let again = try await store.ingest(batch: [batch[0], batch[2], batch[3]]).map { try $0.get() }
        #expect(again == [.unchanged(first), .unchanged(first), .unchanged(third)])
        #expect(try await store.stats().sessions == 2)
        // A single ingest agrees with the batches.
        #expect(try await store.ingest(batch[0].document, raw: "one", source: "a.txt") == .unchanged(first))
    }

    @Test(arguments: StoreFactory.all)
    func aFailingDocumentDoesNotLoseTheOthers(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        // The broken document introduces a person and an organisation that a later document of
        // the batch names too: they must exist for the later one although the broken one rolled back.
        var broken = document(title: "Broken", event: "Eastern Economic Forum 2018", quotes: [
            ("Freight rates doubled.", Speaker(name: "Olga Sidorova", organization: "Far East Shipping")),
            ("Soybeans matter.", Speaker(name: "Ivan Petrov")),
        ])
        broken.sections[0].quotes[1].figures = [Figure(surface: "?", value: .nan, unit: nil, kind: .level)]
        let later = document(title: "Shipping", event: "Eastern Economic Forum 2018", quotes: [
            ("Freight rates are falling again.", Speaker(name: "Olga Sidorova", organization: "Far East Shipping")),
        ])
        let batch = [
            item("Gas supplies", "Gas supplies to Asia will double by 2030.", speaker: "Ivan Petrov", raw: "one", source: "a.txt"),
            IngestItem(document: broken, raw: "broken", source: "broken.txt"),
            IngestItem(document: later, raw: "later", source: "later.txt"),
        ]
        let outcomes = try await store.ingest(batch: batch)
        #expect(outcomes.count == 3)
        guard outcomes.count == 3 else { return }
        if case .failure = outcomes[1] {} else { Issue.record("the broken document must fail, got \(outcomes[1])") }
        guard case .success(.inserted(let laterID)) = outcomes[2], case .success(.inserted) = outcomes[0] else {
            Issue.record("the other documents must be stored: \(outcomes)")
            return
        }
        let stats = try await store.stats()
        #expect(stats.sessions == 2 && stats.quotes == 2 && stats.figures == 0)
        #expect(stats.people == 2 && stats.organizations == 2 && stats.events == 2)
        #expect(try await store.search(SearchQuery(parsing: "soybeans"), limit: 10, offset: 0, sort: .relevance).total == 0)
        let freight = try await store.search(SearchQuery(parsing: "freight org:shipping event:eastern"), limit: 10, offset: 0, sort: .relevance)
        #expect(freight.total == 1)
        #expect(freight.hits.first?.sessionID == laterID)
        #expect(freight.hits.first?.speaker?.organization == "Far East Shipping")
        #expect(try await store.speakers(matching: "Sidorova", limit: 5).map(\.quotes) == [1])
        // The broken document, repaired, goes in afterwards.
        broken.sections[0].quotes[1].figures = []
        let repaired = try await store.ingest(batch: [IngestItem(document: broken, raw: "broken", source: "broken.txt")])
        #expect(repaired.count == 1 && (try? repaired[0].get())?.sessionID ?? 0 > laterID)
        #expect(try await store.speakers(matching: "Sidorova", limit: 5).map(\.quotes) == [2])
    }

    @Test(arguments: StoreFactory.all)
    func anEmptyBatchStoresNothing(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        #expect(try await store.ingest(batch: []).isEmpty)
        #expect(try await store.stats().sessions == 0)
    }
}
