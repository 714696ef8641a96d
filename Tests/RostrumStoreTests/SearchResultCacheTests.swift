import Foundation
import GRDB
import Testing
import RostrumModel
@testable import RostrumStore
import RostrumTestSupport

/// The search result cache: answers equal to computed ones for every page and sort, emptied by
/// every write, bounded by entries and bytes; and the packed facet rows it relies on.
@Suite("Search result cache")
struct SearchResultCacheTests {
    private static func path() throws -> String {
        let dir = try TestScratch.directory("rostrum-cache")
        return dir.appendingPathComponent("test.sqlite").path
    }

    @Test func pagesSortsAndQueriesAreNotConfused() async throws {
        let file = try Self.path()
        let cached = try SQLiteStore(path: file)
        for item in Samples.items { _ = try await cached.ingest(item.document, raw: item.raw, source: item.path) }
        let computed = try SQLiteStore(path: file, searchCache: .disabled)
        let cases: [(String, Int, Int, SearchSort)] = [
            ("trade", 5, 0, .relevance), ("trade", 5, 5, .relevance), ("trade", 5, 0, .date), ("Trade", 5, 0, .relevance),
            ("trade -china", 5, 0, .relevance), ("\"Far East\"", 4, 2, .date), ("invest*", 10, 0, .relevance),
            ("инвестиции", 5, 0, .relevance), ("lang:ru", 5, 0, .relevance), ("lang:ru", 5, 10, .relevance), ("kind:problem country:CN", 5, 0, .date),
        ]
        // Twice over, so the second round is answered from the cache.
        for _ in 0..<2 {
            for (text, limit, offset, sort) in cases {
                let query = try SearchQuery(parsing: text)
                let a = try await cached.search(query, limit: limit, offset: offset, sort: sort)
                let b = try await computed.search(query, limit: limit, offset: offset, sort: sort)
                #expect(a == b, "\(text) limit \(limit) offset \(offset) \(sort)")
                let sa = try await cached.searchSessions(query, limit: limit, offset: offset, sort: sort)
                let sb = try await computed.searchSessions(query, limit: limit, offset: offset, sort: sort)
                #expect(sa == sb, "sessions: \(text) limit \(limit) offset \(offset) \(sort)")
            }
        }
        // Quotes and sessions for each case; "Trade" shares both entries with "trade".
        #expect(cached.searchCache.count == cases.count * 2 - 2)
        #expect(computed.searchCache.count == 0)
        let page1 = try await cached.search(SearchQuery(parsing: "trade"), limit: 5, offset: 0, sort: .relevance)
        let page2 = try await cached.search(SearchQuery(parsing: "trade"), limit: 5, offset: 5, sort: .relevance)
        #expect(page1.total == page2.total && Set(page1.hits.map(\.quoteID)).isDisjoint(with: page2.hits.map(\.quoteID)))
    }

    @Test func ingestAndDeleteEmptyTheCache() async throws {
        let store = try SQLiteStore(path: try Self.path())
        let query = try SearchQuery(parsing: "grain")
        func search() async throws -> SearchResults { try await store.search(query, limit: 10, offset: 0, sort: .relevance) }
        let petrov = Speaker(name: "Ivan Petrov", organization: "Rusagro")
        _ = try await store.ingest(document(title: "Grain", quotes: [("Grain exports to China doubled this year.", petrov)], countries: ["CN"]),
                                   raw: "grain 1", source: "grain.txt")
        #expect(try await search().total == 1)
        #expect(try await search().total == 1)
        #expect(store.searchCache.count == 1)

        let outcome = try await store.ingest(document(title: "Ports", date: "2017-09-06",
                                                      quotes: [("Grain terminals in Zarubino will take ships next year.", nil)], countries: ["RU"]),
                                             raw: "ports 1", source: "ports.txt")
        let after = try await search()
        #expect(after.total == 2)
        #expect(after.facets.countries == [FacetCount(value: "CN", count: 1), FacetCount(value: "RU", count: 1)])

        #expect(try await store.delete(sessionID: outcome.sessionID))
        let deleted = try await search()
        #expect(deleted.total == 1 && deleted.hits.map(\.text) == ["Grain exports to China doubled this year."])
        #expect(deleted.facets.countries == [FacetCount(value: "CN", count: 1)])
        #expect(try await store.searchSessions(query, limit: 10, offset: 0, sort: .relevance).total == 1)
    }

    @Test func writesFromAnotherStoreOnTheSameFileAreSeen() async throws {
        let file = try Self.path()
        let reader = try SQLiteStore(path: file)
        let writer = try SQLiteStore(path: file, searchCache: .disabled)
        let query = try SearchQuery(parsing: "tanker")
        _ = try await writer.ingest(document(title: "Shipping", quotes: [("Every tanker on the route is ice class.", nil)]), raw: "a", source: "a.txt")
        #expect(try await reader.search(query, limit: 10, offset: 0, sort: .relevance).total == 1)
        _ = try await writer.ingest(document(title: "Arctic", quotes: [("A second tanker fleet is being built.", nil)]), raw: "b", source: "b.txt")
        #expect(try await reader.search(query, limit: 10, offset: 0, sort: .relevance).total == 2)
    }

    private static func results(_ text: String) -> SearchResultCache.Value {
        .quotes(SearchResults(total: 1, hits: [SearchHit(quoteID: 1, sessionID: 1, sessionTitle: "Title", event: nil, date: nil, text: text,
                                                         snippet: text, speaker: nil, topics: [], score: 1)], facets: SearchFacets()))
    }

    private static func key(_ text: String, offset: Int = 0, sort: SearchSort = .relevance) -> SearchResultCache.Key {
        SearchResultCache.Key(positive: text, negative: nil, filters: SearchFilters(), limit: 10, offset: offset, sort: sort, sessions: false)
    }

    private static func text(_ value: SearchResultCache.Value?) -> String? {
        if case .quotes(let r)? = value { return r.hits.first?.text }
        return nil
    }

    @Test func leastRecentlyUsedGoesFirstWithinEntryAndByteLimits() {
        let stamp = SearchResultCache.Stamp(generation: 3, deletions: 0)
        let cache = SearchResultCache(limits: SearchCacheLimits(entries: 2, bytes: 1 << 20))
        cache.store(Self.results("a"), for: Self.key("a"), stamp: stamp)
        cache.store(Self.results("b"), for: Self.key("b"), stamp: stamp)
        #expect(Self.text(cache.value(for: Self.key("a"), stamp: stamp)) == "a")  // a is now the newest
        cache.store(Self.results("c"), for: Self.key("c"), stamp: stamp)
        #expect(cache.value(for: Self.key("b"), stamp: stamp) == nil)
        #expect(Self.text(cache.value(for: Self.key("a"), stamp: stamp)) == "a")
        #expect(Self.text(cache.value(for: Self.key("c"), stamp: stamp)) == "c")
        #expect(cache.value(for: Self.key("a", offset: 10), stamp: stamp) == nil)
        #expect(cache.value(for: Self.key("a", sort: .date), stamp: stamp) == nil)

        // Bytes: a long result pushes out the others; one larger than the whole budget is not kept.
        let small = SearchResultCache(limits: SearchCacheLimits(entries: 100, bytes: 2_000))
        small.store(Self.results("a"), for: Self.key("a"), stamp: stamp)
        small.store(Self.results("b"), for: Self.key("b"), stamp: stamp)
        small.store(Self.results(String(repeating: "x", count: 700)), for: Self.key("x"), stamp: stamp)
        #expect(small.value(for: Self.key("a"), stamp: stamp) == nil)
        #expect(small.value(for: Self.key("x"), stamp: stamp) != nil)
        #expect(small.bytes <= 2_000)
        small.store(Self.results(String(repeating: "y", count: 5_000)), for: Self.key("y"), stamp: stamp)
        #expect(small.value(for: Self.key("y"), stamp: stamp) == nil)
    }

    @Test func anotherStoreStateEmptiesTheCacheAndOlderAnswersAreDropped() {
        let cache = SearchResultCache(limits: .standard)
        let old = SearchResultCache.Stamp(generation: 3, deletions: 0)
        let new = SearchResultCache.Stamp(generation: 4, deletions: 1)
        cache.store(Self.results("a"), for: Self.key("a"), stamp: old)
        #expect(cache.value(for: Self.key("a"), stamp: new) == nil)
        cache.store(Self.results("b"), for: Self.key("b"), stamp: new)
        #expect(cache.count == 1)
        cache.store(Self.results("a"), for: Self.key("a"), stamp: old)  // computed before the write: not kept
        #expect(cache.value(for: Self.key("a"), stamp: old) == nil)
        #expect(Self.text(cache.value(for: Self.key("b"), stamp: new)) == "b")
        let off = SearchResultCache(limits: .disabled)
        off.store(Self.results("a"), for: Self.key("a"), stamp: old)
        #expect(off.value(for: Self.key("a"), stamp: old) == nil && off.count == 0)
    }

    @Test func packedFacetRowsMatchTheColumnsAfterAppends() async throws {
        let store = try SQLiteStore(path: try Self.path())
        let he = Speaker(name: "He Zhenwei", organization: "COSCO")
        _ = try await store.ingest(document(title: "Ports", date: "2018-09-11", quotes: [("Port traffic grew.", he), ("Rail too.", nil)],
                                            topics: ["transport"], countries: ["CN", "RU"]), raw: "1", source: "1.txt")
        let first = try await store.pool.read { db in try store.quoteIndex.columns(db) }
        _ = try await store.ingest(document(title: "Energy", date: "2019-09-05", language: .ru, quotes: [("Газ пойдёт в Китай.", he)],
                                            topics: ["energy", "trade"], countries: []), raw: "2", source: "2.txt")
        let columns = try await store.pool.read { db in try store.quoteIndex.columns(db) }
        #expect(first.count == 2 && columns.count == 3)
        #expect(columns.rows.count == columns.count)
        func topics(_ slot: Int) -> [String] {
            let code = Int(columns.rows[slot].tags)
            return columns.tags.values[code].topics.map { columns.topicNames.names[Int($0)] }.sorted()
        }
        func countries(_ slot: Int) -> [String] {
            let code = Int(columns.rows[slot].tags)
            return columns.tags.values[code].countries.map { columns.countryNames.names[Int($0)] }.sorted()
        }
        let last = columns.count - 1
        #expect(topics(0) == ["transport"] && countries(0) == ["CN", "RU"])
        #expect(topics(last) == ["energy", "trade"] && countries(last).isEmpty)
        let setting = columns.settings.values[Int(columns.rows[last].setting)]
        #expect(setting.year == 2019 && columns.date(ofSlot: last) == 20190905 && columns.date(ofSlot: 0) == 20180911)
        let he0 = columns.speakers.values[Int(columns.rows[0].speaker)], he2 = columns.speakers.values[Int(columns.rows[last].speaker)]
        #expect(he0.person == he2.person && he0.person != 0 && columns.speakers.values[Int(columns.rows[1].speaker)].person == 0)
        // The filter postings grew with the appended quote.
        let words = columns.wordCount
        let russian = try #require(columns.languageNames.existingCode("ru"))
        #expect(columns.languageSlots.union([russian], wordCount: words).slots == [2])
        let transport = try #require(columns.topicNames.existingCode("transport"))
        #expect(columns.topicSlots.union([transport], wordCount: words).slots == [0, 1])
        #expect(columns.personSlots.union([Int(he0.person)], wordCount: words).slots == [0, 2])
        #expect(columns.withSpeaker.slots == [0, 2] && columns.existing.slots == [0, 1, 2])
    }
}
