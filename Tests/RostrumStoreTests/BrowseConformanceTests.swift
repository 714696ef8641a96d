import Foundation
import Testing
import RostrumModel
import RostrumStore

/// Profiles, listings, figures and tokens: what the server's pages and routes read, for every store.
@Suite("Store conformance: browsing and tokens")
struct BrowseConformanceTests {
    /// Two sessions two years apart in which one person changes position and organisation.
    private func twoForums(_ store: any Store) async throws -> (Int64, Int64) {
        let first = document(
            title: "Ports of the Far East", event: "Eastern Economic Forum 2017", date: "2017-09-06",
            quotes: [
                ("Container traffic through Vladivostok grew by 12% last year.", Speaker(name: "Zhang Wei", position: "Director", organization: "Port of Dalian")),
                ("We need a single window for customs.", Speaker(name: "Anna Petrova", position: "Deputy Minister", organization: "Ministry of Transport")),
            ],
            topics: ["transport"], countries: ["CN"],
            figures: [Figure(surface: "12%", value: 12, unit: "percent", kind: .change, year: 2016, subject: "container traffic")])
        let second = document(
            title: "Trade Targets", event: "Eastern Economic Forum 2019", date: "2019-09-05",
            quotes: [
                ("Trade turnover will reach $200 billion by 2024.", Speaker(name: "Zhang Wei", position: "Chairman", organization: "China Merchants Group")),
            ],
            topics: ["trade"],
            figures: [Figure(surface: "$200 billion", value: 200_000_000_000, unit: "USD", kind: .target, qualifier: nil, year: 2024, subject: "trade turnover")])
        guard case .inserted(let a) = try await store.ingest(first, raw: "first forum", source: "a"),
              case .inserted(let b) = try await store.ingest(second, raw: "second forum", source: "b")
        else { throw StoreError.database("test documents were not inserted") }
        return (a, b)
    }

    @Test(arguments: StoreFactory.all)
    func personProfileListsRolesOverTime(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let (a, b) = try await twoForums(store)
        let zhang = try #require(try await store.speakers(matching: "Zhang Wei", limit: 5).first)
        let profile = try #require(try await store.person(id: zhang.id))
        #expect(profile.person.name == "Zhang Wei")
        #expect(profile.person.quotes == 2 && profile.person.sessions == 2)
        #expect(profile.roles.map(\.sessionID) == [a, b])
        #expect(profile.roles.map(\.position) == ["Director", "Chairman"])
        #expect(profile.roles.map(\.organization) == ["Port of Dalian", "China Merchants Group"])
        #expect(profile.person.position == "Chairman", "the latest role is the current one")
        #expect(try await store.person(id: 999_999) == nil)

        // The person's quotes and their topic and event counts come from a search restricted to them.
        var query = SearchQuery()
        query.filters.personIDs = [zhang.id]
        let said = try await store.search(query, limit: 10, offset: 0, sort: .date)
        #expect(said.total == 2)
        #expect(Set(said.facets.topics.map(\.value)) == ["transport", "trade"])
        #expect(said.facets.events.count == 2)
    }

    @Test(arguments: StoreFactory.all)
    func organizationsAndTopics(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        _ = try await twoForums(store)
        let all = try await store.organizations(matching: "", limit: 10)
        #expect(all.count == 3)
        let ministry = try #require(try await store.organizations(matching: "transport ministry", limit: 10).first)
        #expect(ministry.name == "Ministry of Transport" && ministry.people == 1 && ministry.quotes == 1)
        #expect(try await store.organizations(matching: "nonexistent", limit: 10).isEmpty)

        let profile = try #require(try await store.organization(id: ministry.id))
        #expect(profile.people.map(\.name) == ["Anna Petrova"])
        #expect(profile.people.first?.position == "Deputy Minister")
        #expect(profile.sessions.map(\.title) == ["Ports of the Far East"])
        #expect(try await store.organization(id: 999_999) == nil)

        // A profile lists the latest sessions it is asked for; the summary counts them all.
        let later = ExtractedDocument(
            title: "Customs at the Border", language: .en, event: "Eastern Economic Forum 2020", date: "2020-09-03",
            sections: [Section(heading: "Customs", kind: .solution, quotes: [
                Quote(text: "Electronic declarations now clear a truck in forty minutes.",
                      speaker: Speaker(name: "Anna Petrova", position: "Deputy Minister", organization: "Ministry of Transport")),
            ])])
        _ = try await store.ingest(later, raw: "customs", source: "customs")
        let latest = try #require(try await store.organization(id: ministry.id, sessionLimit: 1))
        #expect(latest.sessions.map(\.title) == ["Customs at the Border"] && latest.organization.sessions == 2)
        #expect(try await store.organization(id: ministry.id)?.sessions.map(\.title) == ["Customs at the Border", "Ports of the Far East"])

        let topics = try await store.topics()
        #expect(topics.first == TopicSummary(topic: "transport", quotes: 2, sessions: 1, speakers: 2))
        #expect(topics.map(\.topic) == ["transport", "trade"])
    }

    @Test(arguments: StoreFactory.all)
    func figuresFilterBySubjectKindUnitYearAndPerson(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let (_, b) = try await twoForums(store)
        // Each quote of the first session carries the 12% figure (the helper gives figures to every quote).
        let all = try await store.figures(FigureFilter(), limit: 10, offset: 0)
        #expect(all.total == 3)
        #expect(all.figures.map(\.year) == [2016, 2016, 2024], "ordered by the year the figure is about")

        let targets = try await store.figures(FigureFilter(kind: .target), limit: 10, offset: 0)
        #expect(targets.total == 1)
        let target = try #require(targets.figures.first)
        #expect(target.figure.value == 200_000_000_000 && target.figure.unit == "USD")
        #expect(target.sessionID == b && target.speaker?.position == "Chairman")
        #expect(target.quoteText.contains("$200 billion"))

        #expect(try await store.figures(FigureFilter(subject: "Trade"), limit: 10, offset: 0).total == 1)
        #expect(try await store.figures(FigureFilter(subject: "container traf"), limit: 10, offset: 0).total == 2)
        #expect(try await store.figures(FigureFilter(subject: "turnover container"), limit: 10, offset: 0).total == 0)
        #expect(try await store.figures(FigureFilter(unit: "percent", years: 2015...2017), limit: 10, offset: 0).total == 2)
        #expect(try await store.figures(FigureFilter(years: 2020...2030), limit: 10, offset: 0).total == 1)
        let petrova = try #require(try await store.speakers(matching: "Petrova", limit: 1).first)
        #expect(try await store.figures(FigureFilter(personID: petrova.id), limit: 10, offset: 0).total == 1)
        let page = try await store.figures(FigureFilter(), limit: 1, offset: 2)
        #expect(page.total == 3 && page.figures.map(\.year) == [2024])
        // Keyset pages read every figure once, in id order.
        let first = try await store.figures(FigureFilter(afterID: 0), limit: 2, offset: 0).figures
        let rest = try await store.figures(FigureFilter(afterID: first.last?.id ?? 0), limit: 2, offset: 0).figures
        #expect(Set((first + rest).map(\.id)) == Set(all.figures.map(\.id)) && first.count == 2 && rest.count == 1)
        #expect(first.map(\.id) == first.map(\.id).sorted())
    }

    @Test(arguments: StoreFactory.all)
    func sessionCountMatchesTheListing(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        _ = try await twoForums(store)
        #expect(try await store.sessionCount(filter: SessionFilter()) == 2)
        #expect(try await store.sessionCount(filter: SessionFilter(year: 2019)) == 1)
        #expect(try await store.sessionCount(filter: SessionFilter(event: "eastern economic")) == 2)
        #expect(try await store.sessionCount(filter: SessionFilter(event: "davos")) == 0)
    }

    @Test(arguments: StoreFactory.all)
    func tokensAreStoredByHashAndRevokedByName(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let secret = TokenSecret.generate()
        #expect(secret.hasPrefix("rst_") && secret.count == 47)
        #expect(TokenSecret.generate() != secret)
        let token = try await store.createToken(name: "newsroom", secretHash: TokenSecret.hash(secret))
        #expect(token.isActive && token.name == "newsroom")
        #expect(try await store.activeToken(secretHash: TokenSecret.hash(secret))?.name == "newsroom")
        #expect(try await store.activeToken(secretHash: TokenSecret.hash(secret + "x")) == nil)
        await #expect(throws: StoreError.self) {
            try await store.createToken(name: "newsroom", secretHash: TokenSecret.hash(TokenSecret.generate()))
        }
        #expect(try await store.revokeToken(name: "newsroom"))
        #expect(try await store.revokeToken(name: "newsroom") == false)
        #expect(try await store.activeToken(secretHash: TokenSecret.hash(secret)) == nil)
        // A revoked name can be used again; the old row stays, revoked.
        _ = try await store.createToken(name: "newsroom", secretHash: TokenSecret.hash(TokenSecret.generate()))
        let tokens = try await store.tokens()
        #expect(tokens.map(\.name) == ["newsroom", "newsroom"])
        #expect(tokens.map(\.isActive) == [false, true])
    }
}

@Suite("Store conformance: topic counts per event")
struct TopicCountConformanceTests {
    @Test(arguments: StoreFactory.all)
    func quotesPerTopicPerEventWithTheEventTotal(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        _ = try await store.ingest(document(title: "Ports", event: "Forum A", date: "2017-09-06",
                                            quotes: [("Ports grow.", Speaker(name: "Zhang Wei")), ("Rails grow.", Speaker(name: "Anna Petrova"))],
                                            topics: ["transport"]), raw: "a", source: "a")
        _ = try await store.ingest(document(title: "Trade", event: "Forum B", date: "2019-09-05",
                                            quotes: [("Trade grows.", Speaker(name: "Zhang Wei"))], topics: ["trade", "transport"]), raw: "b", source: "b")
        let counts = try await store.topicEventCounts()
        #expect(counts == [
            TopicEventCount(topic: "transport", event: "Forum A", year: 2017, date: "2017-09-06", quotes: 2, eventQuotes: 2),
            TopicEventCount(topic: "trade", event: "Forum B", year: 2019, date: "2019-09-05", quotes: 1, eventQuotes: 1),
            TopicEventCount(topic: "transport", event: "Forum B", year: 2019, date: "2019-09-05", quotes: 1, eventQuotes: 1),
        ])
    }
}

@Suite("Store conformance: co-occurrences")
struct CooccurrenceConformanceTests {
    @Test(arguments: StoreFactory.all)
    func speakersWithTopicsAndOrganisationsWithCountries(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let zhang = Speaker(name: "Zhang Wei", position: "Director", organization: "Port of Dalian")
        _ = try await store.ingest(document(title: "Ports", quotes: [("Ports grow.", zhang), ("Rails grow too.", zhang)],
                                            topics: ["transport"], countries: ["CN"]), raw: "a", source: "a")
        _ = try await store.ingest(document(title: "Trade", quotes: [("Trade grows.", zhang)], topics: ["trade"], countries: ["CN", "KR"]),
                                   raw: "b", source: "b")
        let topics = try await store.cooccurrences(.speakerTopic, limit: 10)
        #expect(topics.map(\.value) == ["transport", "trade"])
        #expect(topics.map(\.quotes) == [2, 1])
        #expect(Set(topics.map(\.entityName)) == ["Zhang Wei"])
        let countries = try await store.cooccurrences(.organizationCountry, limit: 1)
        #expect(countries == [CooccurrencePair(entityID: countries.first?.entityID ?? 0, entityName: "Port of Dalian", value: "CN", quotes: 3)])
    }
}
