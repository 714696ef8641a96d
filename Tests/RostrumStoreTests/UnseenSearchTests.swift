import Foundation
import RostrumExtraction
import RostrumModel
import Testing
@testable import RostrumStore

/// Eight session documents written for this suite and never seen by the extraction work (English
/// and Russian; a plain-text summary, Markdown, an HTML page and speaker-turn transcripts; three
/// forums in 2021–2023), searched as an analyst would: inflected forms, ё, diacritics, phrases,
/// prefixes, exclusions, OR, every filter, people across spellings (Aleksandr/Alexander, Cyrillic
/// and Latin, Chinese names in either order and in Palladius Cyrillic), and people who share a
/// surname staying apart.
@Suite("Search on unseen documents")
struct UnseenSearchTests {
    typealias Item = FixtureSessions.Item

    static let items = FixtureSessions.items(in: "unseen-search")

    static func store() async throws -> any Store {
        try await FixtureSessions.store(items)
    }

    func search(_ store: any Store, _ text: String, limit: Int = 50) async throws -> SearchResults {
        try await store.search(SearchQuery(parsing: text), limit: limit, offset: 0, sort: .relevance)
    }

    func speakers(_ results: SearchResults) -> Set<String> {
        Set(results.hits.compactMap { $0.speaker.map { PersonKey($0.name).value } })
    }

    @Test func allDocumentsAreRead() {
        #expect(Self.items.count == 8)
        #expect(Self.items.allSatisfy { $0.document.allQuotes.count >= 5 })
    }

    /// Every form of a Russian word finds the same quotes, including genitive plurals and
    /// nominatives with a fleeting vowel.
    @Test(arguments: [
        (["грузоперевозки", "грузоперевозок", "грузоперевозками"], 6),
        (["инвестиции", "инвестиций", "инвестициями"], 8),
        (["рынок", "рынка", "рынке"], 2),
        (["уровень", "уровне", "уровня"], 2),
        (["продавец", "продавцы", "продавцов"], 2),
        (["судостроители", "судостроителей"], 3),
    ])
    func russianForms(_ forms: [String], _ expected: Int) async throws {
        let store = try await Self.store()
        for form in forms {
            let results = try await search(store, form)
            #expect(results.total == expected, "\(form): \(results.total)")
        }
    }

    @Test func englishFormsYoCaseAndDiacritics() async throws {
        let store = try await Self.store()
        let investing = try await search(store, "investing").total
        #expect(investing >= 10)
        let lhs1 = try await search(store, "investment").total
        #expect(lhs1 == investing)
        let lhs2 = try await search(store, "invested").total
        #expect(lhs2 == investing)
        let lhs3 = try await search(store, "shipbuilders").total
        let rhs3 = try await search(store, "shipbuilding").total
        #expect(lhs3 == rhs3)
        let lhs4 = try await search(store, "объем").total
        #expect(lhs4 == 5)
        let lhs5 = try await search(store, "ОБЪЁМ").total
        #expect(lhs5 == 5)
        let lhs6 = try await search(store, "еще").total
        #expect(lhs6 == 2)
        let koln = try await search(store, "koln")
        #expect(koln.total == 1 && koln.hits[0].text.contains("Köln"))
        let lhs7 = try await search(store, "KÖLN").total
        #expect(lhs7 == 1)
        let lhs8 = try await search(store, "e-commerce").total
        #expect(lhs8 >= 5)
        let lhs9 = try await search(store, "\"cold-chain warehouses\"").total
        #expect(lhs9 == 1)
    }

    @Test func phrasesPrefixesExclusionsAndOr() async throws {
        let store = try await Self.store()
        let border = try await search(store, "\"border crossings\"")
        #expect(border.total == 3)
        #expect(speakers(border) == [PersonKey("Zhang Weiming").value])
        // A phrase in another case form.
        let lhs10 = try await search(store, "\"электронной декларации\"").total
        #expect(lhs10 == 1)
        // Prefixes, Latin and Cyrillic, and a whole word with a fleeting vowel as a prefix.
        let lhs11 = try await search(store, "invest*").total
        let rhs11 = try await search(store, "investment").total
        #expect(lhs11 >= rhs11)
        let lhs12 = try await search(store, "судострои*").total
        #expect(lhs12 >= 9)
        let lhs13 = try await search(store, "рынок*").total
        #expect(lhs13 == 2)
        let lhs14 = try await search(store, "продавец*").total
        #expect(lhs14 == 2)
        // OR across languages; an exclusion narrows.
        let lhs15 = try await search(store, "honey OR мёд").total
        #expect(lhs15 == 4)
        let containers = try await search(store, "containers").total
        let withoutRailway = try await search(store, "containers -railway")
        #expect(withoutRailway.total > 0 && withoutRailway.total < containers)
        #expect(withoutRailway.hits.allSatisfy { !$0.text.lowercased().contains("railway") })
        // Numbers and percentages.
        let percent = try await search(store, "27%")
        #expect(percent.total == 2)
        #expect(speakers(percent) == [PersonKey("Mikhail Orlov").value])
        let lhs16 = try await search(store, "2030").total
        #expect(lhs16 >= 5)
    }

    /// One person across spellings; two people with one surname stay two.
    @Test func peopleAcrossSpellings() async throws {
        let store = try await Self.store()
        for (a, b, quotes) in [("Aleksandr Voronin", "Александр Воронин", 7), ("Zhang Weiming", "Чжан Вэймин", 10),
                               ("Jianguo Wang", "Ван Цзяньго", 9), ("Natalya Kuznetsova", "Наталья Кузнецова", 10),
                               ("Sergey Orlov", "Сергей Орлов", 2), ("Olga Petrova", "Ольга Петрова", 3)] {
            let first = try await search(store, "speaker:\"\(a)\"")
            let second = try await search(store, "speaker:\"\(b)\"")
            #expect(first.total == quotes, "\(a): \(first.total)")
            #expect(second.total == quotes, "\(b): \(second.total)")
            #expect(first.facets.speakers.count == 1)
        }
        let lhs17 = try await search(store, "speaker:Чжан").total
        #expect(lhs17 == 10)
        let petrovas = try await store.speakers(matching: "Petrova", limit: 10)
        #expect(Set(petrovas.map(\.name)) == ["Elena Petrova", "Olga Petrova"])
        let orlovs = try await store.speakers(matching: "Орлов", limit: 10)
        #expect(orlovs.count == 2)
        let morozovs = try await store.speakers(matching: "Morozov", limit: 10) + store.speakers(matching: "Morozova", limit: 10)
        #expect(!morozovs.contains { Set($0.aliases + [$0.name]).isSuperset(of: ["Andrei Morozov", "Tatiana Morozova"]) })
        let zhang = try await store.speakers(matching: "Weiming", limit: 10)
        #expect(zhang.count == 1)
        #expect(zhang.first.map { Set($0.aliases + [$0.name]).isSuperset(of: ["Zhang Weiming", "Weiming Zhang", "Чжан Вэймин"]) } == true)
    }

    @Test func filtersAndFacets() async throws {
        let store = try await Self.store()
        // An event named in English finds the sessions Russian pages named in Russian, and back.
        let eef2021 = try await search(store, "event:\"Eastern Economic Forum 2021\"")
        let vef2021 = try await search(store, "event:\"Восточный экономический форум 2021\"")
        #expect(eef2021.total == vef2021.total)
        // The facet joins the two names of the edition into one entry counting every hit.
        #expect(eef2021.facets.events.count == 1)
        #expect(eef2021.facets.events.first?.count == eef2021.total)
        let lhs18 = try await search(store, "event:ВЭФ").total
        let rhs18 = try await search(store, "event:EEF").total
        #expect(lhs18 == rhs18)
        let lhs19 = try await search(store, "event:SPIEF year:2022").total
        let rhs19 = try await search(store, "year:2022").total
        #expect(lhs19 == rhs19)
        // A topic as a reader names it.
        let education = try await search(store, "topic:education")
        #expect(education.total > 0)
        let science = try await search(store, "topic:education_science").total
        #expect(education.total == science)
        // Filters together, and facet counts that add up to the total.
        let russian2022 = try await search(store, "year:2022 lang:ru")
        #expect(russian2022.total > 0)
        #expect(Set(russian2022.hits.map(\.sessionID)).count == 1)
        let range = try await search(store, "year:2021..2022").total
        let y2021 = try await search(store, "year:2021").total
        let y2022 = try await search(store, "year:2022").total
        #expect(range == y2021 + y2022)
        let investment = try await search(store, "инвестиции")
        #expect(investment.facets.years.map(\.count).reduce(0, +) == investment.total)
        #expect(investment.facets.kinds.map(\.count).reduce(0, +) == investment.total)
        let figures = try await search(store, "has:figures kind:problem")
        let problems = try await search(store, "kind:problem").total
        #expect(figures.total > 0 && figures.total < problems)
        let lhs20 = try await search(store, "country:IN").total
        #expect(lhs20 > 0)
    }

    @Test(arguments: ["\"unbalanced", "trade -", "-", "speaker:", "speaker:\"\"", "year:abc", "year:2022..2021", "foo:bar", "OR trade", "*", "lang:russian"])
    func malformedQueriesAreClearErrors(_ text: String) {
        #expect(throws: QueryError.self) { try SearchQuery(parsing: text) }
    }

    @Test func deleteAndIngestAgain() async throws {
        let store = try await Self.store()
        guard let film = Self.items.first(where: { $0.path.hasSuffix("film-coproduction-en.html") }) else {
            Issue.record("fixture missing")
            return
        }
        let before = try await search(store, "co-production")
        #expect(before.total > 0)
        let again = try await store.ingest(film.document, raw: film.raw, source: film.path)
        guard case .unchanged(let id) = again else {
            Issue.record("the same file again must be unchanged, got \(again)")
            return
        }
        let deleted = try await store.delete(sessionID: id)
        #expect(deleted)
        let lhs21 = try await search(store, "co-production").total
        #expect(lhs21 == 0)
        let lhs22 = try await search(store, "speaker:\"Priya Raman\"").total
        #expect(lhs22 == 0)
        // A changed version of a file replaces the old one.
        _ = try await store.ingest(film.document, raw: film.raw, source: film.path)
        let changedRaw = film.raw.replacingOccurrences(of: "cheapest investment a producer can make", with: "cheapest insurance a producer can buy")
        let changed = try ExtractionPipeline().extract(text: changedRaw, options: ExtractionOptions(source: film.path, fileExtension: "html"))
        let replaced = try await store.ingest(changed, raw: changedRaw, source: film.path)
        guard case .replaced = replaced else {
            Issue.record("a changed file must replace its old version, got \(replaced)")
            return
        }
        let lhs23 = try await search(store, "\"cheapest insurance\"").total
        #expect(lhs23 == 1)
        let lhs24 = try await search(store, "\"cheapest investment\"").total
        #expect(lhs24 == 0)
        let lhs25 = try await search(store, "co-production").total
        #expect(lhs25 == before.total)
    }
}
