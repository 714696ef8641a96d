import Foundation
import Testing
@testable import RostrumExtraction

@Suite("User taxonomies and gazetteers, and their errors")
struct LexiconFileTests {
    static let shipping = """
        { "version": 1, "topics": [
          { "id": "shipbuilding", "labels": { "en": "Shipbuilding", "ru": "Судостроение" },
            "triggers": { "en": { "strong": ["shipyard{,s}", "hull{,s}"], "weak": ["vessel{,s}"] },
                          "ru": { "strong": ["верф{ь,и,ей,ях}", "судостроени{е,я,ю}"], "weak": ["судн{о,а,ов}"] } } },
          { "id": "fisheries", "labels": { "en": "Fisheries" },
            "triggers": { "en": { "strong": ["fishing quota{,s}", "pollock"] } } } ] }
        """

    @Test("a user taxonomy replaces the default one")
    func userTaxonomy() throws {
        let taxonomy = try TopicTaxonomy(json: Self.shipping, source: "shipping.json")
        let tagger = TopicTagger(taxonomy: taxonomy, gazetteer: .empty)
        #expect(tagger.topics(in: "The shipyards in Bolshoy Kamen laid two hulls for new pollock trawlers.") == ["shipbuilding", "fisheries"])
        #expect(tagger.topics(in: "«Верфи загружены заказами до 2027 года», — сказал он.") == ["shipbuilding"])
        // Default topics are gone: trade turnover means nothing to this taxonomy.
        #expect(tagger.topics(in: "Our trade turnover reached $80 billion.").isEmpty)
        #expect(tagger.countries(in: "China and Russia").isEmpty)
        #expect(taxonomy.label(of: "fisheries", language: "ru") == "Fisheries")
    }

    @Test("a user gazetteer replaces the default one")
    func userGazetteer() throws {
        let json = """
            { "countries": [ { "code": "CN", "names": { "en": ["China", "Chinese"], "ru": ["Кита{й,я,е}"] } },
                             { "code": "HK", "names": { "en": ["Hong Kong"] } } ],
              "ignore": { "en": ["Chinese Taipei"] } }
            """
        let gazetteer = try Gazetteer(json: Data(json.utf8), source: "places.json")
        let tagger = TopicTagger(taxonomy: .empty, gazetteer: gazetteer)
        #expect(tagger.countries(in: "Hong Kong investors, Chinese Taipei and Russian banks") == ["HK"])
        #expect(tagger.countries(in: "Инвесторы из Китая") == ["CN"])
        #expect(tagger.topics(in: "Our trade turnover reached $80 billion.").isEmpty)
    }

    @Test("text that is not JSON")
    func notJSON() {
        let error = #expect(throws: LexiconError.self) {
            try TopicTaxonomy(json: "{ \"topics\": [ { \"id\": \"trade\", ", source: "mine.json")
        }
        #expect(error?.source == "mine.json")
        #expect(error?.description.contains("not valid JSON") == true)
    }

    @Test("a missing field is named with its path")
    func missingField() {
        let json = """
            { "topics": [ { "id": "trade", "labels": { "en": "Trade" }, "triggers": { "en": { "strong": ["trade"] } } },
                          { "labels": { "en": "Energy" }, "triggers": { "en": { "strong": ["oil"] } } } ] }
            """
        let error = #expect(throws: LexiconError.self) { try TopicTaxonomy(json: json, source: "mine.json") }
        #expect(error?.field == "topics[1].id")
        #expect(error?.description == "mine.json: topics[1].id: required field is missing")
    }

    @Test("a field of the wrong type is named with its path")
    func wrongType() {
        let json = """
            { "topics": [ { "id": "trade", "labels": { "en": "Trade" }, "triggers": { "en": { "strong": "trade" } } } ] }
            """
        let error = #expect(throws: LexiconError.self) { try TopicTaxonomy(json: json) }
        #expect(error?.field == "topics[0].triggers.en.strong")
        #expect(error?.reason.contains("list") == true)
    }

    @Test("a malformed trigger pattern is named with its index and topic")
    func badPattern() {
        let json = """
            { "topics": [ { "id": "trade", "labels": { "ru": "Торговля" },
                "triggers": { "ru": { "strong": ["товарооборот"], "weak": ["товар{,ы", "рынок"] } } } ] }
            """
        let error = #expect(throws: LexiconError.self) { try TopicTaxonomy(json: json, source: "mine.json") }
        #expect(error?.field == "topics[0].triggers.ru.weak[0]")
        #expect(error?.reason.contains("unbalanced") == true)
        #expect(error?.reason.contains("trade") == true)
    }

    @Test("duplicate ids, empty topics and bad country codes are refused")
    func semanticErrors() {
        let duplicate = """
            { "topics": [ { "id": "trade", "labels": { "en": "Trade" }, "triggers": { "en": { "weak": ["goods"] } } },
                          { "id": "trade", "labels": { "en": "Trade" }, "triggers": { "en": { "weak": ["sales"] } } } ] }
            """
        let first = #expect(throws: LexiconError.self) { try TopicTaxonomy(json: duplicate) }
        #expect(first?.field == "topics[1].id")

        let silent = """
            { "topics": [ { "id": "trade", "labels": { "en": "Trade" }, "triggers": {} } ] }
            """
        let second = #expect(throws: LexiconError.self) { try TopicTaxonomy(json: silent) }
        #expect(second?.field == "topics[0].triggers")

        let empty = #expect(throws: LexiconError.self) { try TopicTaxonomy(json: "{ \"topics\": [] }") }
        #expect(empty?.field == "topics")

        let country = """
            { "countries": [ { "code": "CHN", "names": { "en": ["China"] } } ] }
            """
        let third = #expect(throws: LexiconError.self) { try Gazetteer(json: country, source: "places.json") }
        #expect(third?.description.hasPrefix("places.json: countries[0].code:") == true)
    }

    @Test("the bundled files load and are complete")
    func bundled() throws {
        let taxonomy = try TopicTaxonomy.bundled()
        #expect(taxonomy.topics.count >= 18)
        for topic in taxonomy.topics {
            #expect(topic.labels["en"] != nil && topic.labels["ru"] != nil, "labels of \(topic.id)")
            for language in ["en", "ru"] {
                let triggers = topic.triggers[language]
                let count = (triggers?.strong.count ?? 0) + (triggers?.weak.count ?? 0)
                #expect(count >= 15, "\(topic.id) has \(count) \(language) triggers")
            }
        }
        _ = try Gazetteer.bundled()
        _ = try TopicTagger.bundled()
    }

    @Test("brace patterns: equal groups vary together, unequal groups combine")
    func patterns() throws {
        #expect(try PhrasePattern.expand("export{,s,ed}").get() == ["export", "exports", "exported"])
        #expect(try PhrasePattern.expand("сельск{ое,ого} хозяйств{о,а}").get() == ["сельское хозяйство", "сельского хозяйства"])
        #expect(try PhrasePattern.expand("{big,large} port{,s,ы}").get().count == 6)
        #expect(try PhrasePattern.expand("trade").get() == ["trade"])
        #expect(throws: PatternError.self) { try PhrasePattern.expand("trade}").get() }
        #expect(throws: PatternError.self) { try PhrasePattern.expand("{a{b}}").get() }
    }
}
