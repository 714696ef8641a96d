import Foundation
import Testing
import RostrumModel
import RostrumStore

/// Figure indicator assignments and the profiles' connections, for every store.
@Suite("Store conformance: figure indicators and profile connections")
struct AssignmentConformanceTests {
    private let zhang = Speaker(name: "Zhang Wei", position: "Director", organization: "Port of Dalian")
    private let petrova = Speaker(name: "Anna Petrova", position: "Deputy Minister", organization: "Ministry of Transport")
    private let li = Speaker(name: "Li Na", position: "Analyst", organization: "Bank of China")

    /// Three sessions: Zhang and Petrova together twice, Zhang and Li once.
    private func forums(_ store: any Store) async throws -> [Int64] {
        let turnover = Figure(surface: "$107 billion", value: 107e9, unit: "USD", kind: .level, year: 2018, subject: "trade turnover", offset: 40)
        let traffic = Figure(surface: "12%", value: 12, unit: "percent", kind: .change, year: 2016, subject: "container traffic")
        let docs = [
            document(title: "Ports", event: "Eastern Economic Forum 2017", date: "2017-09-06",
                     quotes: [("Container traffic through Vladivostok grew by 12% last year.", zhang),
                              ("We need a single window for customs at every port.", petrova)],
                     countries: ["CN", "RU"], figures: [traffic]),
            document(title: "Trade", event: "Eastern Economic Forum 2019", date: "2019-09-05",
                     quotes: [("In 2018 trade turnover with China exceeded $107 billion.", zhang),
                              ("The ministry will open two more crossings on the Amur.", petrova)],
                     countries: ["CN"], figures: [turnover]),
            document(title: "Finance", event: "Eastern Economic Forum 2019", date: "2019-09-05",
                     quotes: [("Yuan settlements keep growing between our banks.", zhang), ("Korean banks are joining the scheme.", li)],
                     countries: ["KR"]),
        ]
        var ids: [Int64] = []
        for (index, doc) in docs.enumerated() {
            guard case .inserted(let id) = try await store.ingest(doc, raw: "forum \(index)", source: "s\(index)") else {
                throw StoreError.database("test document \(index) was not inserted")
            }
            ids.append(id)
        }
        return ids
    }

    @Test(arguments: StoreFactory.all)
    func pendingFiguresAreAssignedOnceAndCascadeWithTheirSession(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let sessions = try await forums(store)
        #expect(try await store.useIndicatorLexicon(stamp: 7) == false, "nothing to drop yet")
        #expect(try await store.pendingFigureCount() == 4)
        let first = try await store.pendingFigures(after: 0, limit: 3)
        #expect(first.count == 3 && first.map(\.id) == first.map(\.id).sorted())
        #expect(first.first?.quoteText.contains("Container traffic") == true)
        #expect(first.first?.heading == "Cooperation" && first.first?.countries == ["CN", "RU"])
        let before = try await store.revision()
        try await store.assignIndicators(first.map { FigureAssignment(figureID: $0.id, indicator: "container-traffic", scope: "CN") })
        #expect(try await store.revision() != before, "assignments move the revision on")
        // Keyset: only what is still pending, above the highest assigned id.
        let rest = try await store.pendingFigures(after: 0, limit: 10)
        #expect(rest.count == 1 && (rest.first?.id ?? 0) > (first.last?.id ?? 0))
        #expect(rest.first?.figure.subject == "trade turnover" && rest.first?.figure.offset == 40)
        try await store.assignIndicators(rest.map { FigureAssignment(figureID: $0.id, indicator: "trade-turnover", scope: "CN") })
        #expect(try await store.pendingFigureCount() == 0)
        #expect(try await store.pendingFigures(after: 0, limit: 10).isEmpty)

        let assigned = try await store.indicatorFigures()
        #expect(assigned.count == 4 && assigned.map(\.id) == assigned.map(\.id).sorted())
        let trade = try #require(assigned.first { $0.indicator == "trade-turnover" })
        #expect(trade.figure.value == 107e9 && trade.year == 2018 && trade.date == "2019-09-05" && trade.sessionID == sessions[1])
        #expect(trade.personID != nil)

        // Deleting a session deletes its figures' assignments; a new document's figures are pending.
        #expect(try await store.delete(sessionID: sessions[1]))
        #expect(try await store.indicatorFigures().allSatisfy { $0.indicator == "container-traffic" })
        #expect(try await store.indicatorFigures().count == 2)
        _ = try await store.ingest(document(title: "Again", quotes: [("Trade turnover reached $110 billion.", zhang)],
                                           figures: [Figure(surface: "$110 billion", value: 110e9, unit: "USD", kind: .level, year: 2019)]),
                                   raw: "again", source: "again")
        #expect(try await store.pendingFigureCount() == 1)

        // Another lexicon drops every assignment.
        #expect(try await store.useIndicatorLexicon(stamp: 8) == true)
        #expect(try await store.useIndicatorLexicon(stamp: 8) == false)
        #expect(try await store.pendingFigureCount() == 3)
        #expect(try await store.indicatorFigures().isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func citedIndicatorsCountBySeriesForPeopleAndOrganisations(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        _ = try await forums(store)
        let pending = try await store.pendingFigures(after: 0, limit: 10)
        try await store.assignIndicators(pending.map {
            FigureAssignment(figureID: $0.id, indicator: $0.figure.unit == "USD" ? "trade-turnover" : nil, scope: "CN")
        })
        let zhangID = try #require(try await store.speakers(matching: "Zhang Wei", limit: 1).first?.id)
        let cited = try await store.citedIndicators(.person(zhangID), limit: 10)
        #expect(cited == [CitedIndicator(indicator: "trade-turnover", scope: "CN", unit: "USD", kind: "level", figures: 1, firstYear: 2018, lastYear: 2018)])
        let ministry = try #require(try await store.organizations(matching: "Ministry of Transport", limit: 1).first?.id)
        #expect(try await store.citedIndicators(.organization(ministry), limit: 10).map(\.figures) == [1],
                "the helper gives the figure to every quote of the session, the ministry's too")
        let bank = try #require(try await store.organizations(matching: "Bank of China", limit: 1).first?.id)
        #expect(try await store.citedIndicators(.organization(bank), limit: 10).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func coSpeakersCoOrganizationsAndCountries(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        _ = try await forums(store)
        let zhangID = try #require(try await store.speakers(matching: "Zhang Wei", limit: 1).first?.id)
        let shared = try await store.coSpeakers(personID: zhangID, limit: 10)
        #expect(shared.map(\.name) == ["Anna Petrova", "Li Na"])
        #expect(shared.map(\.sessions) == [2, 1])
        #expect(try await store.coSpeakers(personID: zhangID, limit: 1).map(\.name) == ["Anna Petrova"])
        #expect(try await store.coSpeakers(personID: 999_999, limit: 10).isEmpty)

        let dalian = try #require(try await store.organizations(matching: "Port of Dalian", limit: 1).first?.id)
        let organizations = try await store.coOrganizations(organizationID: dalian, limit: 10)
        #expect(organizations.map(\.name) == ["Ministry of Transport", "Bank of China"])
        #expect(organizations.map(\.sessions) == [2, 1])

        let countries = try await store.countries(of: .person(zhangID), limit: 10)
        #expect(countries == [ValueCount(value: "CN", quotes: 2), ValueCount(value: "KR", quotes: 1), ValueCount(value: "RU", quotes: 1)])
        let bank = try #require(try await store.organizations(matching: "Bank of China", limit: 1).first?.id)
        #expect(try await store.countries(of: .organization(bank), limit: 10) == [ValueCount(value: "KR", quotes: 1)])
    }

    @Test(arguments: StoreFactory.all)
    func trendAndGraphCountsFollowDeletionsAndReplacements(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        guard case .inserted(let first) = try await store.ingest(
            document(title: "Ports", event: "Forum A", date: "2017-09-06", quotes: [("Ports grow.", zhang), ("Rails grow.", petrova)],
                     topics: ["transport"], countries: ["CN"]), raw: "a", source: "a")
        else { throw StoreError.database("not inserted") }
        _ = try await store.ingest(document(title: "Trade", event: "Forum A", date: "2017-09-07", quotes: [("Trade grows.", zhang)],
                                            topics: ["trade"], countries: ["KR"]), raw: "b", source: "b")
        #expect(try await store.topicEventCounts().map(\.eventQuotes) == [3, 3])
        #expect(try await store.cooccurrences(.speakerTopic, limit: 10).count == 3)
        #expect(try await store.delete(sessionID: first))
        #expect(try await store.topicEventCounts() == [
            TopicEventCount(topic: "trade", event: "Forum A", year: 2017, date: "2017-09-07", quotes: 1, eventQuotes: 1),
        ])
        let pairs = try await store.cooccurrences(.speakerTopic, limit: 10)
        #expect(pairs.map(\.entityName) == ["Zhang Wei"] && pairs.map(\.value) == ["trade"])
        #expect(try await store.cooccurrences(.organizationCountry, limit: 10).map(\.value) == ["KR"])
        // A new version of a source replaces the old one's counts.
        _ = try await store.ingest(document(title: "Trade", event: "Forum A", date: "2017-09-07", quotes: [("Trade grows fast.", zhang)],
                                            topics: ["trade", "finance"], countries: ["KR"]), raw: "b2", source: "b")
        #expect(try await store.topicEventCounts().map(\.quotes) == [1, 1])
        #expect(try await store.topicEventCounts().map(\.eventQuotes) == [1, 1])
    }
}
