import Testing
import RostrumExtraction

@Suite("Countries mentioned in text")
struct CountryTests {
    let tagger = TopicTagger()

    @Test("names and adjectives in English, in order of first mention")
    func english() {
        #expect(tagger.countries(in: "Russian and Chinese companies signed the deal before the US delegation arrived.") == ["RU", "CN", "US"])
        #expect(tagger.countries(in: "Trade with the U.S. is larger than with the People's Republic of China.") == ["US", "CN"])
        #expect(tagger.countries(in: "Japan buys LNG; China buys coal; Japan also buys grain.") == ["JP", "CN"])
        #expect(tagger.countries(in: "The United States of America and the Russian Federation") == ["US", "RU"])
        #expect(tagger.countries(in: "A third of the soybeans are American, the rest Brazilian and Argentine.") == ["US", "BR", "AR"])
        #expect(tagger.countries(in: "Flights from the UAE and Saudi Arabia to Kazakhstan") == ["AE", "SA", "KZ"])
    }

    @Test("the pronoun 'us' is not the United States")
    func pronounUs() {
        #expect(tagger.countries(in: "Let us be frank: it took us 20 years.").isEmpty)
        #expect(tagger.countries(in: "Give us a chance, and the US market will follow.") == ["US"])
        #expect(tagger.countries(in: "Us first, they say.").isEmpty)
        #expect(tagger.countries(in: "Exports to the USA grew.") == ["US"])
    }

    @Test("lower-case words that spell a country are not countries")
    func lowerCase() {
        #expect(tagger.countries(in: "We served roast turkey and fine china.").isEmpty)
        #expect(tagger.countries(in: "Turkey and China are both investing.") == ["TR", "CN"])
    }

    @Test("compound and longer names win over the shorter ones inside them")
    func longestName() {
        #expect(tagger.countries(in: "North Korea and South Korea") == ["KP", "KR"])
        #expect(tagger.countries(in: "Sino-Russian trade") == ["CN", "RU"])
        #expect(tagger.countries(in: "Russian-Chinese investment fund") == ["RU", "CN"])
        #expect(tagger.countries(in: "Russian Railways carried the containers.") == ["RU"])
        #expect(tagger.countries(in: "New Zealand dairy") == ["NZ"])
    }

    @Test("phrases that only look like countries are ignored")
    func ignored() {
        #expect(tagger.countries(in: "Ports of the Indian Ocean and Latin American markets").isEmpty)
        #expect(tagger.countries(in: "Indian investors came to the Indian Ocean forum.") == ["IN"])
        #expect(tagger.countries(in: "Рынки Латинской Америки и Южной Америки").isEmpty)
    }

    @Test("Russian names, cases and adjectives")
    func russian() {
        #expect(tagger.countries(in: "«Россия и Китай имеют лучшие шансы», — сказал он.") == ["RU", "CN"])
        #expect(tagger.countries(in: "Российско-китайский инвестиционный фонд вложил средства в проекты в Китае.") == ["RU", "CN"])
        #expect(tagger.countries(in: "Товарооборот КНР и США превысил 500 млрд долларов.") == ["CN", "US"])
        #expect(tagger.countries(in: "Треть сои — американская, остальное — из Бразилии.") == ["US", "BR"])
        #expect(tagger.countries(in: "Поставки из РФ в Японию и Южную Корею") == ["RU", "JP", "KR"])
        #expect(tagger.countries(in: "Китайских туристов в России стало больше, чем в Таиланде.") == ["CN", "RU", "TH"])
        #expect(tagger.countries(in: "Объединенные Арабские Эмираты и Казахстан") == ["AE", "KZ"])
    }

    @Test("the bundled gazetteer covers the G20, BRICS and the CIS")
    func coverage() throws {
        let codes = Set(try Gazetteer.bundled().countries.map(\.code))
        #expect(codes.count >= 80)
        let expected = [
            "AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB",
            "US", "BY", "KZ", "KG", "TJ", "UZ", "AM", "AZ", "EG", "ET", "IR", "AE", "VN", "TH", "MY", "SG", "MN",
        ]
        for code in expected {
            #expect(codes.contains(code), "missing \(code)")
        }
    }
}
