import Foundation
import Testing
import RostrumModel
import RostrumStore

/// What every `Store` must do, written against `any Store` so that another implementation runs it unchanged.
@Suite("Store conformance")
struct StoreConformanceTests {
    @Test(arguments: StoreFactory.all)
    func ingestIsIdempotentByContentAndReplacesBySource(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let v1 = document(title: "Trade with China", quotes: [("Container traffic grew by 55% last year.", Speaker(name: "He Zhenwei"))])
        let first = try await store.ingest(v1, raw: "version one", source: "https://example.org/s/1")
        guard case .inserted(let id) = first else { Issue.record("expected inserted, got \(first)"); return }
        #expect(try await store.ingest(v1, raw: "version one", source: "https://example.org/s/1") == .unchanged(id))
        // The same content from elsewhere is still the same content.
        #expect(try await store.ingest(v1, raw: "version one", source: "/tmp/copy.txt") == .unchanged(id))

        let v2 = document(title: "Trade with China", quotes: [("Soybean imports reached 95 million tonnes.", Speaker(name: "He Zhenwei"))])
        let second = try await store.ingest(v2, raw: "version two", source: "https://example.org/s/1")
        guard case .replaced(let newID, let old) = second else { Issue.record("expected replaced, got \(second)"); return }
        #expect(old == id)
        #expect(try await store.session(id: id) == nil)
        #expect(try await store.session(id: newID)?.document == v2)
        #expect(try await store.stats().sessions == 1)
        #expect(try await store.search(SearchQuery(parsing: "container"), limit: 10, offset: 0, sort: .relevance).total == 0)
        #expect(try await store.search(SearchQuery(parsing: "soybeans"), limit: 10, offset: 0, sort: .relevance).total == 1)

        #expect(try await store.delete(sessionID: newID))
        #expect(try await store.delete(sessionID: newID) == false)
        let stats = try await store.stats()
        #expect(stats.sessions == 0 && stats.quotes == 0 && stats.people == 0 && stats.events == 0)
        #expect(try await store.search(SearchQuery(parsing: "soybeans"), limit: 10, offset: 0, sort: .relevance).total == 0)
    }

    @Test(arguments: StoreFactory.all)
    func onePersonAcrossSpellingsButNeverOnSurnameAlone(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let speakers: [(String, Speaker?)] = [
            ("Инвестиции в Арктику растут.", Speaker(name: "Алексей Чекунков", position: "министр")),
            ("Arctic investment is growing.", Speaker(name: "Alexey Chekunkov", position: "Minister")),
            ("We see more investors.", Speaker(name: "Aleksei Chekunkov")),
            ("Mine is another opinion.", Speaker(name: "Dmitry Chekunkov")),
            ("Soybeans matter.", Speaker(name: "He Zhenwei")),
            ("Soybeans matter a lot.", Speaker(name: "Zhenwei He")),
            ("Alexander speaks.", Speaker(name: "Alexander Ivanov")),
            ("Aleksandr speaks.", Speaker(name: "Александр Иванов")),
            ("Only the surname.", Speaker(name: "Chekunkov")),
        ]
        for (index, quote) in speakers.enumerated() {
            _ = try await store.ingest(document(title: "Session \(index)", quotes: [quote]), raw: "doc \(index)", source: nil)
        }
        let chekunkovs = try await store.speakers(matching: "Chekunkov", limit: 20)
        let alexey = chekunkovs.filter { $0.quotes == 3 }
        #expect(alexey.count == 1)
        #expect(Set(alexey.first.map { [$0.name] + $0.aliases } ?? []) == ["Алексей Чекунков", "Alexey Chekunkov", "Aleksei Chekunkov"])
        #expect(chekunkovs.count == 3, "Alexey, Dmitry and the bare surname stay three people: \(chekunkovs.map(\.name))")
        #expect(try await store.speakers(matching: "He Zhenwei", limit: 5).map(\.quotes) == [2])
        #expect(try await store.speakers(matching: "Иванов", limit: 5).map(\.quotes) == [2])
        // speaker: filters reach every spelling.
        let hits = try await store.search(SearchQuery(parsing: #"speaker:"Aleksey Chekunkov""#), limit: 10, offset: 0, sort: .relevance)
        #expect(hits.total == 3)
    }

    /// An organisation named in the case a sentence needs, with or without its legal form or a
    /// word for its kind, is one organisation: one facet, one profile, and an `org:` filter in
    /// any of its forms finds every quote; a different organisation stays apart.
    @Test(arguments: StoreFactory.all)
    func oneOrganizationAcrossItsForms(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let quotes: [(String, Speaker?)] = [
            ("Спрос на субстанции растёт.", Speaker(name: "Ирина Белова", position: "генеральный директор", organization: "компании «Восток Фарма»")),
            ("Мы локализуем производство субстанций.", Speaker(name: "Олег Смирнов", position: "директор по развитию", organization: "ООО «Восток Фарма»")),
            ("Субстанции везём из Китая.", Speaker(name: "Анна Ким", position: "аналитик", organization: "Восток Фарма")),
            ("Набор студентов вырос.", Speaker(name: "Пётр Орлов", position: "ректор", organization: "Дальневосточного федерального университета")),
            ("Студенты едут из Китая.", Speaker(name: "Мария Лин", position: "проректор", organization: "Дальневосточный федеральный университет")),
            ("Фармацевтический рынок растёт.", Speaker(name: "Илья Фомин", position: "директор", organization: "Восток Маркет")),
        ]
        for (index, quote) in quotes.enumerated() {
            _ = try await store.ingest(document(title: "Сессия \(index)", language: .ru, quotes: [quote]), raw: "документ \(index)", source: nil)
        }
        let pharma = try await store.organizations(matching: "Восток Фарма", limit: 10)
        #expect(pharma.map(\.quotes) == [3], "\(pharma.map(\.name))")
        #expect(pharma.first?.name == "ООО «Восток Фарма»", "the first spelling that is not in lower case names it")
        for filter in [#"org:"Восток Фарма""#, #"org:"компании «Восток Фарма»""#, "org:Фарма"] {
            let hits = try await store.search(SearchQuery(parsing: filter), limit: 10, offset: 0, sort: .relevance)
            #expect(hits.total == 3, "\(filter)")
        }
        let university = try await store.search(SearchQuery(parsing: #"org:"Дальневосточный федеральный университет""#), limit: 10, offset: 0, sort: .relevance)
        #expect(university.total == 2)
        let all = try await store.search(SearchQuery(parsing: "lang:ru"), limit: 10, offset: 0, sort: .relevance)
        #expect(all.facets.organizations.map(\.count).sorted(by: >) == [3, 2, 1], "\(all.facets.organizations)")
        #expect(try await store.stats().organizations == 3)
        // An org: filter typed in Latin letters finds the organisation written in Cyrillic.
        let latin = try await store.search(SearchQuery(parsing: "org:\"Vostok Pharma\""), limit: 10, offset: 0, sort: .relevance)
        #expect(latin.total == 3)
        #expect(try await store.search(SearchQuery(parsing: "org:Vostok"), limit: 10, offset: 0, sort: .relevance).total == 4)
    }

    @Test(arguments: StoreFactory.all)
    func russianAndEnglishMorphology(_ factory: StoreFactory) async throws {
        let store = try await Samples.store(factory)
        let russian = try await store.search(SearchQuery(parsing: "инвестиции"), limit: 50, offset: 0, sort: .relevance)
        #expect(russian.hits.contains { $0.text.contains("инвестиций") }, "«инвестиции» must find «инвестиций»")
        // Matches in the quote text are highlighted (others matched the speaker, heading or title).
        let inText = russian.hits.filter { hit in
            hit.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix("инвестици") && !$0.hasPrefix("инвестицион") }
        }
        #expect(!inText.isEmpty && inText.allSatisfy { $0.snippet.contains("<mark>") })
        #expect(russian.hits.first.map { $0.text.lowercased().contains("инвестиц") } == true, "the quote text outranks the heading")
        let english = try await store.search(SearchQuery(parsing: "investing"), limit: 50, offset: 0, sort: .relevance)
        #expect(english.hits.contains { $0.text.lowercased().contains("investment") }, "\"investing\" must find \"investment\"")
        #expect(english.hits.first.map { $0.score > 0 } == true)
    }

    @Test(arguments: StoreFactory.all)
    func phrasesPrefixesExclusionAndOr(_ factory: StoreFactory) async throws {
        let store = try await Samples.store(factory)
        func search(_ q: String) async throws -> SearchResults {
            try await store.search(SearchQuery(parsing: q), limit: 500, offset: 0, sort: .relevance)
        }
        let phrase = try await search(#""trade turnover""#)
        #expect(phrase.total > 0)
        let words = try await search("trade turnover")
        #expect(words.total > phrase.total)
        #expect(Set(words.hits.map(\.quoteID)).isSuperset(of: phrase.hits.map(\.quoteID)))
        let adjacent = phrase.hits.filter { $0.text.lowercased().contains("trade turnover") }
        #expect(!adjacent.isEmpty && adjacent.allSatisfy { $0.snippet.lowercased().contains("<mark>trade turnover</mark>") })
        // Both words in the text, but not as the phrase: found by the words, not by the phrase.
        let apart = words.hits.filter { let t = $0.text.lowercased(); return t.contains("turnover") && t.contains("trade") && !t.contains("trade turnover") && !t.contains("trade-turnover") }
        #expect(Set(phrase.hits.map(\.quoteID)).isDisjoint(with: apart.filter { !($0.sessionTitle ?? "").lowercased().contains("trade turnover") }.map(\.quoteID)))

        let prefix = try await search("invest*")
        #expect(prefix.total > 0)
        let prefixInText = prefix.hits.filter { $0.text.lowercased().contains("invest") }
        #expect(prefixInText.count > 5 && prefixInText.allSatisfy { $0.snippet.lowercased().contains("<mark>invest") })
        #expect(prefixInText.contains { $0.text.lowercased().contains("investor") } && prefixInText.contains { $0.text.lowercased().contains("investment") })

        let all = try await search("trade")
        let excluded = try await search("trade -china")
        #expect(excluded.total > 0 && excluded.total < all.total)
        #expect(excluded.hits.allSatisfy { !$0.text.lowercased().contains("china") })

        let gas = try await search("gas"), oil = try await search("oil"), either = try await search("gas OR oil")
        #expect(either.total >= max(gas.total, oil.total))
        #expect(either.total <= gas.total + oil.total)
        #expect(Set(either.hits.map(\.quoteID)).isSuperset(of: gas.hits.map(\.quoteID)))
    }

    @Test(arguments: StoreFactory.all)
    func everyFilterAndTheFacets(_ factory: StoreFactory) async throws {
        let store = try await Samples.store(factory)
        func search(_ q: String) async throws -> SearchResults {
            try await store.search(SearchQuery(parsing: q), limit: 1000, offset: 0, sort: .relevance)
        }
        let everything = try await search("year:1900..2100")
        #expect(everything.total == (try await store.stats().quotes) - 0 || everything.total > 0)
        // Facets count every hit: each quote has one kind, so the kinds add up to the total.
        #expect(everything.facets.kinds.reduce(0) { $0 + $1.count } == everything.total)
        #expect(everything.facets.years.reduce(0) { $0 + $1.count } == everything.total)
        #expect(Set(everything.facets.years.map(\.value)).isSuperset(of: ["2016", "2017", "2018", "2019"]))

        let ru = try await search("lang:ru")
        #expect(ru.total > 0 && ru.total < everything.total)
        #expect(ru.hits.allSatisfy { $0.text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } })

        let y2016 = try await search("year:2016")
        #expect(y2016.total > 0)
        #expect(y2016.hits.allSatisfy { $0.date?.hasPrefix("2016") == true })
        #expect(try await search("year:2016..2017").total > y2016.total)

        let problems = try await search("kind:problem")
        #expect(problems.total > 0)
        #expect(problems.facets.kinds.map(\.value) == ["problem"])

        let china = try await search("country:CN")
        #expect(china.total > 0)
        #expect(china.facets.countries.first { $0.value == "CN" }?.count == china.total)

        let figures = try await search("has:figures")
        #expect(figures.total > 0 && figures.total < everything.total)

        let topic = try #require(everything.facets.topics.first)
        #expect(try await search("topic:\(topic.value)").total == topic.count)

        let speaker = try #require(everything.facets.speakers.first)
        let bySpeaker = try await search(#"speaker:"\#(speaker.value)""#)
        #expect(bySpeaker.total >= speaker.count)
        #expect(bySpeaker.hits.allSatisfy { $0.speaker != nil })

        let org = try #require(everything.facets.organizations.first)
        #expect(try await search(#"org:"\#(org.value)""#).total >= org.count)

        let event = try #require(everything.facets.events.first)
        let byEvent = try await search(#"event:"\#(event.value)""#)
        #expect(byEvent.total >= event.count)
        #expect(byEvent.hits.allSatisfy { $0.event != nil })

        // Filters combine with words; speaker positions come with the hits.
        let combined = try await search("trade country:CN year:2016..2019")
        #expect(combined.total > 0 && combined.total <= china.total)
        #expect(combined.hits.contains { $0.speaker?.position != nil })
        // Paging returns distinct slices of one order.
        let page1 = try await store.search(SearchQuery(parsing: "trade"), limit: 3, offset: 0, sort: .relevance)
        let page2 = try await store.search(SearchQuery(parsing: "trade"), limit: 3, offset: 3, sort: .relevance)
        #expect(Set(page1.hits.map(\.quoteID)).isDisjoint(with: page2.hits.map(\.quoteID)))
        let byDate = try await store.search(SearchQuery(parsing: "trade"), limit: 100, offset: 0, sort: .date)
        #expect(byDate.hits.compactMap(\.date) == byDate.hits.compactMap(\.date).sorted(by: >))
        // Sessions mode: each session once, with how many of its quotes match.
        let sessions = try await store.searchSessions(SearchQuery(parsing: "trade"), limit: 100, offset: 0, sort: .relevance)
        #expect(sessions.total > 0)
        #expect(Set(sessions.hits.map(\.sessionID)).count == sessions.hits.count)
        #expect(sessions.hits.reduce(0) { $0 + $1.matches } == page1.total)
    }

    @Test(arguments: StoreFactory.all)
    func exportImportExportIsIdentical(_ factory: StoreFactory) async throws {
        let store = try await Samples.store(factory)
        let exported = try await store.exportAll()
        #expect(exported.count == Samples.items.count)
        let lines = exported.map(\.jsonLine)
        let copy = try factory.make()
        for (index, line) in lines.enumerated() {
            let outcome = try await copy.importRecord(ExportRecord(jsonLine: line, lineNumber: index + 1))
            guard case .inserted = outcome else { Issue.record("line \(index + 1): \(outcome)"); continue }
        }
        #expect(try await copy.exportAll().map(\.jsonLine) == lines)
        #expect(try await copy.stats().quotes == (try await store.stats().quotes))
        #expect(throws: StoreError.self) { try ExportRecord(jsonLine: "{\"raw\": 1}", lineNumber: 3) }
    }

    @Test(arguments: StoreFactory.all)
    func aFailedDocumentLeavesNothingBehind(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        // A figure without a value (NaN) fails the last insert of the document.
        var broken = document(title: "Broken", quotes: [
            ("Container traffic grew.", Speaker(name: "He Zhenwei")), ("Soybeans matter.", Speaker(name: "Ivan Petrov")),
        ])
        broken.sections[0].quotes[1].figures = [Figure(surface: "?", value: .nan, unit: nil, kind: .level)]
        await #expect(throws: (any Error).self) { try await store.ingest(broken, raw: "broken", source: "broken.txt") }
        let stats = try await store.stats()
        #expect(stats.sessions == 0 && stats.quotes == 0 && stats.people == 0 && stats.figures == 0)
        #expect(try await store.search(SearchQuery(parsing: "container"), limit: 10, offset: 0, sort: .relevance).total == 0)
        // The store still works afterwards.
        broken.sections[0].quotes[1].figures = []
        #expect(try await store.ingest(broken, raw: "broken", source: "broken.txt").sessionID > 0)
    }
}
