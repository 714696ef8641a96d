import Foundation
import Testing
import RostrumAnalytics
import RostrumModel

@Suite("Indicators: which thing a figure measures")
struct IndicatorTests {
    @Test func theNearestPhraseBeforeTheFigureWins() throws {
        let matcher = try bundledMatcher()
        let quote = "Container traffic is up, but let me speak about trade: last year our trade turnover was $69.6 billion."
        let offset = quote.utf16.count - "$69.6 billion.".utf16.count
        #expect(matcher.indicator(forFigureAt: offset, in: quote, subject: nil, heading: nil)?.id == "trade-turnover")
    }

    @Test func russianInflectedFormsMatch() throws {
        let matcher = try bundledMatcher()
        let quote = "По итогам года объём товарооборота между нашими странами превысит 200 млрд долларов."
        let offset = quote.utf16.count - "200 млрд долларов.".utf16.count
        #expect(matcher.indicator(forFigureAt: offset, in: quote, subject: nil, heading: nil)?.id == "trade-turnover")
        let grain = "Мы рассчитываем, что экспорт зерна вырастет на 15%."
        #expect(matcher.indicator(forFigureAt: grain.utf16.count - 4, in: grain, subject: nil, heading: nil)?.id == "grain-exports")
    }

    @Test func theLongerPhraseWinsAtTheSamePlace() throws {
        let matcher = try bundledMatcher()
        let quote = "Agricultural exports reached $25 billion."
        #expect(matcher.indicator(forFigureAt: 29, in: quote, subject: nil, heading: nil)?.id == "agricultural-exports")
    }

    @Test func theHeadingIsTheLastResortAndUnknownStaysOut() throws {
        let matcher = try bundledMatcher()
        let quote = "The target of $100 billion is absolutely reachable."
        #expect(matcher.indicator(forFigureAt: 14, in: quote, subject: "target", heading: "Trade turnover is growing again")?.id == "trade-turnover")
        #expect(matcher.indicator(forFigureAt: 14, in: quote, subject: "target", heading: "Looking ahead") == nil)
    }

    @Test func anIndicatorIsNotMeasuredInUnitsItCannotHave() throws {
        let matcher = try bundledMatcher()
        // Tonnes next to the word "investment" measure the cargo, not the investment.
        let port = "The investment will let the port handle 30 million tonnes of cargo by 2025."
        let tonnes = port.utf16.count - "30 million tonnes of cargo by 2025.".utf16.count
        #expect(matcher.indicator(forFigureAt: tonnes, in: port, subject: nil, heading: nil, unit: "tonne")?.id == "cargo-traffic")
        let money = "Investment in the port reached $2 billion last year."
        let dollars = money.utf16.count - "$2 billion last year.".utf16.count
        #expect(matcher.indicator(forFigureAt: dollars, in: money, subject: nil, heading: nil, unit: "USD")?.id == "investment")
        #expect(matcher.indicator(forFigureAt: dollars, in: money, subject: nil, heading: nil, unit: "percent")?.id == "investment")
        // Inflation is a rate: "4 million" next to it is not inflation, and nothing else is named.
        let prices = "Inflation has slowed, and 4 million families feel it."
        let families = prices.utf16.count - "4 million families feel it.".utf16.count
        #expect(matcher.indicator(forFigureAt: families, in: prices, subject: nil, heading: nil, unit: "count") == nil)
        #expect(matcher.indicator(forFigureAt: families, in: prices, subject: nil, heading: nil, unit: "percent")?.id == "inflation")
        // A budget target in cubic metres under a budget heading is left out rather than misfiled.
        let gas = "We plan to supply 38 billion cubic metres by 2025."
        #expect(matcher.indicator(forFigureAt: 18, in: gas, subject: "target", heading: "The federal budget", unit: "cubic_metre")?.id != "budget")
        // A figure without a unit can still be any indicator.
        #expect(matcher.indicator(forFigureAt: dollars, in: money, subject: nil, heading: nil)?.id == "investment")
    }

    @Test func builderGroupsByIndicatorUnitAndMeasure() throws {
        let builder = IndicatorBuilder(matcher: try bundledMatcher())
        let observations = [
            observation(1, quote: "Last year our trade turnover was $69.6 billion.", surface: "$69.6 billion", value: 69.6e9, unit: "USD", kind: .level, year: 2016, date: "2017-09-06"),
            observation(2, quote: "Trade turnover grew by 2.2% last year.", surface: "2.2%", value: 2.2, unit: "percent", kind: .change, year: 2016, date: "2017-09-06"),
            observation(3, quote: "Товарооборот в 2018 году составил 107 млрд долларов.", surface: "107 млрд долларов", value: 107e9, unit: "USD", kind: .level, year: 2018, date: "2019-09-05"),
            observation(4, quote: "We aim at $200 billion of trade turnover by 2024.", surface: "$200 billion", value: 200e9, unit: "USD", kind: .target, year: 2024, date: "2019-09-05"),
            observation(5, quote: "The project will take 5 years.", surface: "5 years", value: 5, unit: "year", kind: .duration, year: nil, date: "2019-09-05"),
            observation(6, quote: "We talked for an hour about 40 proposals.", surface: "40 proposals", value: 40, unit: nil, kind: .count, year: nil, date: "2019-09-05"),
        ]
        let indicators = builder.indicators(from: observations)
        #expect(indicators.map(\.id) == ["trade-turnover.any.USD.level", "trade-turnover.any.percent.change"])
        let levels = try #require(indicators.first)
        #expect(levels.observations.map(\.figureID) == [1, 3, 4], "English and Russian reports and the target, by year")
        #expect(levels.targets.map(\.figureID) == [4])
        #expect(levels.years == 2016...2024)
    }

    @Test func tradeWithDifferentCountriesIsNotOneSeries() throws {
        let builder = IndicatorBuilder(matcher: try bundledMatcher())
        let indicators = builder.indicators(from: [
            observation(1, quote: "Russia–China trade turnover was $107 billion in 2018.", surface: "$107 billion", value: 107e9, unit: "USD", kind: .level,
                        year: 2018, date: "2019-09-05", countries: ["CN", "RU"]),
            observation(2, quote: "Trade turnover between Russia and Korea reached $24.8 billion in 2018.", surface: "$24.8 billion", value: 24.8e9, unit: "USD",
                        kind: .level, year: 2018, date: "2019-09-05", countries: ["KR", "RU"]),
            observation(3, quote: "China's trade turnover with us grew to $108 billion in 2018.", surface: "$108 billion", value: 108e9, unit: "USD", kind: .level,
                        year: 2018, date: "2019-09-05", countries: ["CN"]),
        ])
        #expect(Set(indicators.map(\.id)) == ["trade-turnover.CN.USD.level", "trade-turnover.KR.USD.level"])
        #expect(indicators.first { $0.scope == "CN" }?.observations.map(\.figureID) == [1, 3])
        #expect(indicators.allSatisfy { ConflictFinder().conflicts(in: $0).isEmpty }, "24.8 for Korea does not contradict 107 for China")
    }

    @Test func aReportMustNameItsIndicatorInItsOwnSentence() throws {
        let builder = IndicatorBuilder(matcher: try bundledMatcher())
        let quote = "Investment in the port is the priority. We have built 40 kilometres of new track."
        let report = observation(1, quote: quote, surface: "40 kilometres", value: 40, unit: "km", kind: .level, year: nil, date: "2019-09-05")
        #expect(builder.indicators(from: [report]).isEmpty)
    }

    @Test func aBrokenLexiconFileIsNamedWithTheField() {
        let data = Data(#"{"version": 1, "indicators": [{"id": "x", "en": "x", "ru": "x", "terms": []}]}"#.utf8)
        #expect(throws: IndicatorLexiconError(source: "mine.json", reason: "indicators[0].terms is empty")) {
            try IndicatorLexicon(data: data, source: "mine.json")
        }
        let missing = Data(#"{"version": 1, "indicators": [{"id": "x", "en": "x"}]}"#.utf8)
        do {
            _ = try IndicatorLexicon(data: missing, source: "mine.json")
            Issue.record("a definition without ru and terms was accepted")
        } catch {
            #expect(error.description.contains("mine.json") && error.description.contains("indicators[0]"))
        }
    }
}
