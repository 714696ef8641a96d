import Testing
@testable import RostrumStore

@Suite("Query parser")
struct QueryParserTests {
    @Test func wordsPhrasesPrefixExclusionAndOr() throws {
        let q = try SearchQuery(parsing: #"trade "container traffic" invest* -tourism gas OR oil"#)
        #expect(q.required == [[.word("trade")], [.phrase("container traffic")], [.prefix("invest")], [.word("gas"), .word("oil")]])
        #expect(q.excluded == [.word("tourism")])
    }

    @Test func filters() throws {
        let q = try SearchQuery(parsing: #"soybeans speaker:"He Zhenwei" org:Rosneft topic:Agriculture event:"Eastern Economic Forum" year:2016..2019 lang:ru kind:problem country:cn has:figures"#)
        #expect(q.filters.speakers == ["He Zhenwei"])
        #expect(q.filters.organizations == ["Rosneft"])
        #expect(q.filters.topics == ["agriculture"])
        #expect(q.filters.events == ["Eastern Economic Forum"])
        #expect(q.filters.years == [2016...2019])
        #expect(q.filters.languages == [.ru])
        #expect(q.filters.kinds == [.problem])
        #expect(q.filters.countries == ["CN"])
        #expect(q.filters.hasFigures)
        #expect(try SearchQuery(parsing: "year:2018").filters.years == [2018...2018])
        // Open ranges: from a year on, up to a year.
        #expect(try SearchQuery(parsing: "year:2021..").filters.years == [2021...9999])
        #expect(try SearchQuery(parsing: "year:..2017").filters.years == [1000...2017])
        #expect(throws: QueryError.self) { try SearchQuery(parsing: "year:..") }
        #expect(try SearchQuery(parsing: "country:CN OR country:RU").filters.countries == ["CN", "RU"])
    }

    @Test func russianQuotesAndNot() throws {
        let q = try SearchQuery(parsing: "«Дальний Восток» NOT туризм")
        #expect(q.required == [[.phrase("Дальний Восток")]])
        #expect(q.excluded == [.word("туризм")])
    }

    @Test(arguments: [
        (#"trade "container"#, 6), ("colour:red", 0), ("speaker:", 0), ("OR gas", 0), ("gas OR", 4),
        ("year:2019..2016", 0), ("year:nineteen", 0), ("lang:fr", 0), ("kind:bad", 0), ("country:China", 0),
        ("-", 0), ("-tourism", 0), ("", 0), ("in*vest", 2), ("a*", 0), ("(gas OR oil)", 0), ("has:pictures", 0),
        ("-speaker:Putin", 1),
    ])
    func malformedQueriesAreErrors(query: String, position: Int) {
        #expect(throws: QueryError.self) { try SearchQuery(parsing: query) }
        do {
            _ = try SearchQuery(parsing: query)
        } catch {
            #expect(error.position == position, "\(query): \(error)")
            #expect(!error.message.isEmpty)
        }
    }
}
