import Foundation
import RostrumModel
import Testing
@testable import RostrumStore
import RostrumTestSupport

/// The bitsets and per-value slot postings behind search filters, and filters combined over a
/// small corpus compared with the quotes' own facts.
struct SlotSetTests {
    @Test func bitsetOperationsAgreeWithSets() {
        var a = SlotBits(wordCount: 3)
        for slot in [0, 5, 63, 64, 130, 191] { a.insert(slot) }
        var b = SlotBits(wordCount: 1)
        for slot in [5, 63, 200] { b.insert(slot) }
        #expect(a.slots == [0, 5, 63, 64, 130, 191] && a.count == 6)
        #expect(b.words.count == 4 && b.contains(200) && !b.contains(199) && !b.contains(10_000))
        var both = a
        both.formIntersection(b)
        #expect(both.slots == [5, 63])
        var either = a
        either.formUnion(b)
        #expect(either.slots == [0, 5, 63, 64, 130, 191, 200])
        var rest = a
        rest.subtract(b)
        rest.remove(130)
        #expect(rest.slots == [0, 64, 191])
    }

    @Test func postingsTurnIntoBitsetsAndStillAnswerTheSame() {
        // Value 1 holds every third slot of 30,000 (a bitset once past 1/32), value 2 a few slots (a list).
        var postings = SlotPostings()
        var expected: [Int: [Int32]] = [1: [], 2: []]
        for slot in 0..<30_000 {
            if slot % 3 == 0 {
                postings.add(slot, value: 1, slotCount: slot + 1)
                expected[1, default: []].append(Int32(slot))
            }
            if slot % 5_000 == 7 {
                postings.add(slot, value: 2, slotCount: slot + 1)
                postings.add(slot, value: 2, slotCount: slot + 1)  // a second topic row of the same quote
                expected[2, default: []].append(Int32(slot))
            }
        }
        let words = SlotBits.wordCount(30_000)
        #expect(postings.union([1], wordCount: words).slots == expected[1])
        #expect(postings.union([2], wordCount: words).slots == expected[2])
        #expect(postings.union([2, 1, 2, 9], wordCount: words).slots == Array(Set(expected[1, default: []] + expected[2, default: []])).sorted())
        #expect(postings.union([9], wordCount: words).slots.isEmpty)
    }

    @Test func combinedFiltersAndExclusionsMatchTheQuotesFacts() async throws {
        let dir = try TestScratch.directory("rostrum-slots")
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let wang = Speaker(name: "Wang Lei", organization: "China Merchants Port")
        let orlova = Speaker(name: "Anna Orlova", organization: "Far East Development Corporation")
        let figure = Figure(surface: "12%", value: 12, unit: "percent", kind: .change)
        _ = try await store.ingest(document(title: "Ports of the Far East", date: "2017-09-06", quotes: [
            ("Container traffic through Vladivostok grew by 12% last year.", wang),
            ("Tourism in Primorye depends on ferries and on the port.", orlova),
        ], topics: ["transport_logistics"], countries: ["CN", "RU"], figures: [figure]), raw: "a", source: "a.txt")
        _ = try await store.ingest(document(title: "Soybean trade", date: "2019-09-05", language: .ru, quotes: [
            ("Экспорт сои в Китай вырос, а порт Владивосток расширяется.", wang),
            ("Туризм тоже растёт.", nil),
        ], topics: ["trade", "agriculture_food"], countries: ["CN"]), raw: "b", source: "b.txt")
        func texts(_ query: String) async throws -> [String] {
            try await store.search(try SearchQuery(parsing: query), limit: 10, offset: 0, sort: .date).hits.map(\.text).sorted()
        }
        #expect(try await texts("country:CN year:2017").count == 2)
        #expect(try await texts("country:RU lang:ru").isEmpty)
        #expect(try await texts("topic:trade has:speaker") == ["Экспорт сои в Китай вырос, а порт Владивосток расширяется."])
        #expect(try await texts("has:figures speaker:Wang") == ["Container traffic through Vladivostok grew by 12% last year."])
        #expect(try await texts("has:speaker -tourism year:2016..2019").count == 2)
        #expect(try await texts("year:2016..2019 -туризм").count == 3)
        let facets = try await store.search(try SearchQuery(parsing: "country:CN"), limit: 1, offset: 0, sort: .relevance).facets
        #expect(facets.speakers.map(\.value) == ["Wang Lei", "Anna Orlova"] && facets.speakers.map(\.count) == [2, 1])
        #expect(facets.years.map(\.value) == ["2017", "2019"] && facets.countries.first == FacetCount(value: "CN", count: 4))
        #expect(facets.topics.map(\.count) == [2, 2, 2])
    }
}
