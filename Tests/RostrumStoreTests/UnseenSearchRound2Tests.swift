import Foundation
import RostrumExtraction
import RostrumModel
import Testing
@testable import RostrumStore

/// Seven more session documents written for the search red team's second round (rare earths,
/// electric vehicles, timber, AI regulation, space launches, insurance, satellite internet;
/// English and Russian; plain text, Markdown, an HTML page and speaker-turn transcripts; SPIEF
/// 2021/2023 and EEF 2024 named in either language), searched as an analyst would: compounds in
/// every spelling, a person's name typed in one script finding the other, a person who changed
/// jobs between forums, namesakes kept apart, sessions mode with facets, date order, paging past
/// the end, exclusions that look at what the quote says, kind: in Russian, Cyrillic prefixes.
@Suite("Search on unseen documents, round 2")
struct UnseenSearchRound2Tests {
    typealias Item = FixtureSessions.Item

    static let items = FixtureSessions.items(in: "unseen-search-2")

    static func store() async throws -> any Store {
        try await FixtureSessions.store(items)
    }

    func search(_ store: any Store, _ text: String, limit: Int = 50, offset: Int = 0, sort: SearchSort = .relevance) async throws -> SearchResults {
        try await store.search(SearchQuery(parsing: text), limit: limit, offset: offset, sort: sort)
    }

    func names(_ results: SearchResults) -> Set<String> {
        Set(results.hits.compactMap { $0.speaker?.name })
    }

    @Test func allDocumentsAreRead() {
        #expect(Self.items.count == 7)
        #expect(Self.items.allSatisfy { $0.document.allQuotes.count >= 5 })
    }

    /// A hyphenated compound, the same word joined and the two halves spaced find the same quotes.
    @Test(arguments: [
        ["e-mail", "email", "\"e mail\""],
        ["co-production", "coproduction"],
        ["co-invest", "coinvest"],
        ["онлайн-страхование", "онлайн страхование", "онлайнстрахование", "\"онлайн страхование\""],
    ])
    func compoundSpellings(_ forms: [String]) async throws {
        let store = try await Self.store()
        var totals: [Int] = []
        for form in forms { totals.append(try await search(store, form).total) }
        #expect(totals[0] > 0, "\(forms[0]) finds nothing")
        #expect(Set(totals).count == 1, "\(zip(forms, totals).map { "\($0): \($1)" })")
    }

    /// A name typed in one script finds the quotes the person gave under the other spelling.
    @Test(arguments: [
        (["Volkov", "Волков", "Alexey Volkov", "Алексей Волков"], 9, ["Alexey Volkov", "Aleksei Volkov", "Алексей Волков"]),
        (["Gromova", "Громова"], 8, ["Yuliya Gromova", "Yulia Gromova", "Юлия Громова"]),
        (["Lihua", "Лихуа"], 5, ["Wang Lihua", "Ван Лихуа"]),
        (["Li Na", "Ли На"], 7, ["Li Na", "Na Li", "Ли На"]),
    ])
    func nameWordsAcrossScripts(_ queries: [String], _ expected: Int, _ spellings: [String]) async throws {
        let store = try await Self.store()
        for query in queries {
            let results = try await search(store, query)
            #expect(results.total == expected, "\(query): \(results.total)")
            #expect(names(results) == Set(spellings), "\(query): \(names(results))")
        }
    }

    /// Namesakes stay apart: a surname search finds both, but they are two people in the facets,
    /// and Sergei Petrov is not among Maria Petrova's hits.
    @Test func namesakesStayApart() async throws {
        let store = try await Self.store()
        let kuznetsova = try await search(store, "Kuznetsova")
        let people = Set(kuznetsova.facets.speakers.map(\.value))
        #expect(people.count == 2)
        #expect(people.contains("Elena Kuznetsova"))
        let petrova = try await search(store, "Petrova")
        #expect(names(petrova).isSubset(of: ["Maria Petrova", "Мария Петрова"]))
        #expect(petrova.total == 7)
        let zhao = try await search(store, "speaker:\"Zhao Ming\"")
        #expect(names(zhao) == ["Zhao Ming"])
        let liMing = try await search(store, "speaker:\"Li Ming\"")
        #expect(liMing.total == 3)
    }

    /// A person who changed jobs between forums carries the position held at each session.
    @Test func positionHeldAtThatSession() async throws {
        let store = try await Self.store()
        let before = try await search(store, "speaker:\"Alexey Volkov\" year:2023 lang:en")
        #expect(before.total == 3)
        #expect(before.hits.allSatisfy { $0.speaker?.position == "Deputy Minister of Industry and Trade" })
        let after = try await search(store, "speaker:\"Алексей Волков\" year:2024")
        #expect(after.total == 3)
        #expect(after.hits.allSatisfy { $0.speaker?.position == "President" && $0.speaker?.organization == "Far Eastern Timber & Pulp Company" })
        let bank = try await search(store, "speaker:Кузнецова year:2021")
        #expect(bank.hits.allSatisfy { $0.speaker?.position == "директор департамента страхового рынка" })
        let json = after.jsonValue.rendered(pretty: false)
        #expect(json.contains("\"speaker\":{\"name\":\"Aleksei Volkov\",\"position\":\"President\",\"organization\":\"Far Eastern Timber & Pulp Company\"}"))
    }

    /// The events facet and the stats count a forum edition once, whichever language named it.
    @Test func forumEditionsCountedOnce() async throws {
        let store = try await Self.store()
        let results = try await search(store, "2030")
        #expect(results.total == 9)
        #expect(results.facets.events.map(\.count) == [5, 4])
        #expect(results.facets.events.map(\.value) == ["St. Petersburg International Economic Forum 2023", "Eastern Economic Forum 2024"])
        let stats = try await store.stats()
        #expect(stats.events == 3)
    }

    /// An exclusion drops the quotes that say the word, not every quote of a session whose title
    /// holds it («зарядка» is in the title of the electric-vehicle session).
    @Test func exclusionLooksAtTheQuote() async throws {
        let store = try await Self.store()
        let all = try await search(store, "электромобили").total
        let without = try await search(store, "электромобили -зарядка")
        #expect(all == 11)
        #expect(without.total == 10)
        #expect(without.hits.allSatisfy { !$0.text.lowercased().contains("зарядка") })
        // By speaker: the quotes Volkov gave are gone.
        let notVolkov = try await search(store, "rare earth -Volkov")
        #expect(notVolkov.total > 0)
        #expect(names(notVolkov).isDisjoint(with: ["Alexey Volkov", "Aleksei Volkov", "Алексей Волков"]))
        let notVolkovRU = try await search(store, "электромобили -Volkov")
        #expect(notVolkovRU.total == 8)
        #expect(!names(notVolkovRU).contains("Алексей Волков"))
    }

    /// Sessions mode: one hit per session, the facets of the matching quotes, date order, paging.
    @Test func sessionsModeFacetsAndPaging() async throws {
        let store = try await Self.store()
        let sessions = try await store.searchSessions(SearchQuery(parsing: "Volkov"), limit: 10, offset: 0, sort: .relevance)
        #expect(sessions.total == 3)
        #expect(Set(sessions.hits.map(\.sessionID)).count == sessions.hits.count)
        #expect(sessions.facets.events.count == 2)
        #expect(sessions.facets.speakers.first?.count == 9)
        let json = sessions.jsonValue.rendered(pretty: false)
        #expect(json.contains("\"facets\":{\"speakers\""))
        let byDate = try await store.searchSessions(SearchQuery(parsing: "2030"), limit: 10, offset: 0, sort: .date)
        let dates = byDate.hits.compactMap(\.date)
        #expect(dates == dates.sorted(by: >))
        let past = try await store.searchSessions(SearchQuery(parsing: "2030"), limit: 10, offset: 50, sort: .relevance)
        #expect(past.total == 6 && past.hits.isEmpty)
        let quotesPast = try await search(store, "2030", limit: 10, offset: 50)
        #expect(quotesPast.total == 9 && quotesPast.hits.isEmpty && !quotesPast.facets.years.isEmpty)
        let quotesByDate = try await search(store, "2030", sort: .date)
        let quoteDates = quotesByDate.hits.compactMap(\.date)
        #expect(quoteDates == quoteDates.sorted(by: >))
    }

    /// kind: in Russian and in the plural, as group labels write it.
    @Test func kindInRussian() async throws {
        let store = try await Self.store()
        let problem = try await search(store, "kind:problem").total
        #expect(problem > 0)
        let russian = try await search(store, "kind:проблемы").total
        let plural = try await search(store, "kind:problems").total
        #expect(russian == problem)
        #expect(plural == problem)
        let solutionsRU = try await search(store, "kind:решения lang:ru").total
        let solutionsEN = try await search(store, "kind:solution lang:ru").total
        #expect(solutionsRU == solutionsEN && solutionsRU > 0)
        #expect(throws: QueryError.self) { try SearchQuery(parsing: "kind:money") }
    }

    /// A Cyrillic prefix whose stem loses a fleeting vowel still finds the words that begin with it.
    @Test func cyrillicPrefixes() async throws {
        let store = try await Self.store()
        let smith = try await search(store, "кузнец*").total
        let forty = try await search(store, "Сорок*").total
        #expect(smith == 6)
        #expect(forty == 3)
        let insurers = try await search(store, "страховщик*")
        #expect(insurers.total == 3)
    }

    /// Regression guards for what already worked: inflected Russian highlighted, figures as
    /// words, countries named by an adjective, OR between one filter's values, malformed queries.
    @Test func regressionGuards() async throws {
        let store = try await Self.store()
        let cars = try await search(store, "электромобиль")
        #expect(cars.hits.contains { $0.snippet.contains("<mark>электромобилей</mark>") })
        let roubles = try await search(store, "\"2,3 млрд рублей\"")
        #expect(roubles.total == 3)
        let dollars = try await search(store, "$2.3 billion")
        #expect(dollars.total == 2)
        let partners = try await search(store, "партнёры country:CN")
        #expect(partners.hits.contains { $0.text.hasPrefix("Китайские партнёры") })
        let exporters = try await search(store, "exporters country:IN")
        #expect(exporters.hits.contains { $0.text.hasPrefix("Indian exporters face") })
        let forums = try await search(store, "event:EEF OR event:SPIEF")
        #expect(forums.total == 78)
        let english = try await search(store, "event:\"St. Petersburg International Economic Forum 2023\"").total
        let russianName = try await search(store, "event:\"Петербургский международный экономический форум 2023\"").total
        #expect(english == russianName && english == 35)
        // The page's <script> element is not text; a quote that writes "<script>" is, and keeps it.
        let tracking = try await search(store, "lumberjack")
        #expect(tracking.total == 0)
        let injection = try await search(store, "stolen")
        #expect(injection.hits.first?.text.contains("<script>alert('stolen')</script>") == true)
        for bad in ["\"rare earth", "year:2025..2020", "speaker:", "timber OR", "tim*ber"] {
            #expect(throws: QueryError.self, "\(bad)") { try SearchQuery(parsing: bad) }
        }
    }
}
