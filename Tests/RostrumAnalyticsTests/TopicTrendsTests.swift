import Testing
import RostrumAnalytics
import RostrumStore

@Suite("Topic trends")
struct TopicTrendsTests {
    private let counts = [
        TopicEventCount(topic: "trade", event: "Eastern Economic Forum 2017", year: 2017, quotes: 10, eventQuotes: 40),
        TopicEventCount(topic: "arctic", event: "Eastern Economic Forum 2017", year: 2017, quotes: 4, eventQuotes: 40),
        TopicEventCount(topic: "trade", event: "Eastern Economic Forum 2019", year: 2019, quotes: 10, eventQuotes: 80),
        TopicEventCount(topic: "arctic", event: "Eastern Economic Forum 2019", year: 2019, quotes: 24, eventQuotes: 80),
        TopicEventCount(topic: "tourism", event: "Eastern Economic Forum 2019", year: 2019, quotes: 8, eventQuotes: 80),
    ]

    @Test func sharesNotCountsDecideWhatRose() throws {
        let trends = TopicTrends(counts: counts)
        let shifts = trends.compare("Eastern Economic Forum 2017", "Eastern Economic Forum 2019")
        #expect(shifts.map(\.topic) == ["arctic", "tourism", "trade"])
        // Trade kept its 10 quotes but fell from a quarter to an eighth of the forum.
        let trade = try #require(shifts.last)
        #expect(trade.quotesBefore == 10 && trade.quotesAfter == 10)
        #expect(abs(trade.points - (-12.5)) < 1e-9)
        #expect(abs((shifts.first?.points ?? 0) - 20) < 1e-9)
    }

    @Test func eventNamesMayBeAbbreviatedWhenUnambiguous() throws {
        let trends = TopicTrends(counts: counts)
        #expect(trends.events == ["Eastern Economic Forum 2017", "Eastern Economic Forum 2019"])
        #expect(try trends.event(named: "2019") == "Eastern Economic Forum 2019")
        #expect(try trends.event(named: "eastern economic forum 2017") == "Eastern Economic Forum 2017")
        #expect(throws: TrendError.self) { try trends.event(named: "Forum") }
        #expect(throws: TrendError.noSuchEvent("Davos", known: trends.events)) { try trends.event(named: "Davos") }
    }
}
