import Testing
import RostrumAnalytics
import RostrumModel

@Suite("Targets against what was reported later")
struct TargetTests {
    private func tradeIndicator(_ observations: [Observation]) throws -> Indicator {
        let indicators = IndicatorBuilder(matcher: try bundledMatcher()).indicators(from: observations)
        return try #require(indicators.first { $0.id == "trade-turnover.any.USD.level" })
    }

    private let target2020 = observation(10, quote: "The target of $100 billion of trade turnover by 2020 is absolutely reachable.", surface: "$100 billion",
                                         value: 100e9, unit: "USD", kind: .target, year: 2020, date: "2017-09-06")

    @Test func metWhenALevelUpToTheYearReachesIt() throws {
        let indicator = try tradeIndicator([
            target2020,
            observation(11, quote: "Last year our trade turnover was $69.6 billion.", surface: "$69.6 billion", value: 69.6e9, unit: "USD", kind: .level, year: 2016, date: "2017-09-06"),
            observation(12, quote: "In 2018 trade turnover exceeded $107 billion.", surface: "$107 billion", value: 107e9, unit: "USD", kind: .level, year: 2018,
                        qualifier: .moreThan, date: "2019-09-05"),
        ])
        let assessment = try #require(TargetEvaluator(asOfYear: 2026).assess(indicator).first)
        #expect(assessment.status == .met)
        #expect(assessment.evidence.map(\.figureID) == [12])
        #expect(assessment.explanation.contains("$107 billion") && assessment.explanation.contains("2018"))
    }

    @Test func missedWhenTheYearPassedBelowTheTarget() throws {
        let indicator = try tradeIndicator([
            target2020,
            observation(11, quote: "Last year our trade turnover was $69.6 billion.", surface: "$69.6 billion", value: 69.6e9, unit: "USD", kind: .level, year: 2016, date: "2017-09-06"),
            observation(13, quote: "Товарооборот в 2020 году составил 88 млрд долларов.", surface: "88 млрд долларов", value: 88e9, unit: "USD", kind: .level, year: 2020, date: "2021-09-03"),
        ])
        let assessment = try #require(TargetEvaluator(asOfYear: 2026).assess(indicator).first)
        #expect(assessment.status == .missed)
        #expect(assessment.evidence.first?.figureID == 13)
    }

    @Test func aFutureYearIsJudgedByTheTrend() throws {
        let reports = [
            target2020,
            observation(11, quote: "Last year our trade turnover was $69.6 billion.", surface: "$69.6 billion", value: 69.6e9, unit: "USD", kind: .level, year: 2016, date: "2017-09-06"),
            observation(12, quote: "Trade turnover reached $84 billion last year.", surface: "$84 billion", value: 84e9, unit: "USD", kind: .level, year: 2017, date: "2018-09-11"),
        ]
        // 69.6 → 84 in one year projects past 100 by 2020: on track, as of 2018.
        let onTrack = try #require(TargetEvaluator(asOfYear: 2018).assess(try tradeIndicator(reports)).first)
        #expect(onTrack.status == .onTrack)
        #expect((onTrack.projected ?? 0) > 100e9)
        // A flat trend is off track.
        var flat = reports
        flat[2] = observation(12, quote: "Trade turnover reached $70 billion last year.", surface: "$70 billion", value: 70e9, unit: "USD", kind: .level, year: 2017, date: "2018-09-11")
        #expect(try TargetEvaluator(asOfYear: 2018).assess(try tradeIndicator(flat)).first?.status == .offTrack)
    }

    @Test func noDataWhenNothingWasReportedForTheYear() throws {
        let indicator = try tradeIndicator([
            target2020,
            observation(11, quote: "Last year our trade turnover was $69.6 billion.", surface: "$69.6 billion", value: 69.6e9, unit: "USD", kind: .level, year: 2016, date: "2017-09-06"),
        ])
        let assessment = try #require(TargetEvaluator(asOfYear: 2026).assess(indicator).first)
        #expect(assessment.status == .noData)
        #expect(assessment.explanation.contains("2020"))
    }

    @Test func aReductionTargetIsMetByGoingBelowIt() throws {
        let observations = [
            observation(1, quote: "Inflation was 12% last year.", surface: "12%", value: 12, unit: "percent", kind: .level, year: 2015, date: "2016-09-02"),
            observation(2, quote: "Our goal is to bring inflation to 4% by 2017.", surface: "4%", value: 4, unit: "percent", kind: .target, year: 2017, date: "2016-09-02"),
            observation(3, quote: "Inflation fell to 2.5% in 2017, below the target.", surface: "2.5%", value: 2.5, unit: "percent", kind: .level, year: 2017, date: "2018-09-11"),
        ]
        let indicator = try #require(IndicatorBuilder(matcher: try bundledMatcher()).indicators(from: observations).first { $0.id == "inflation.any.percent.level" })
        #expect(TargetEvaluator(asOfYear: 2026).assess(indicator).first?.status == .met)
    }
}

@Suite("Conflicting figures")
struct ConflictTests {
    private func indicator(_ observations: [Observation]) throws -> Indicator {
        try #require(IndicatorBuilder(matcher: try bundledMatcher()).indicators(from: observations).first)
    }

    @Test func twoSourcesDisagreeingOnOneYearAreFlagged() throws {
        let trade = try indicator([
            observation(1, quote: "In 2018 our trade turnover was $107 billion.", surface: "$107 billion", value: 107e9, unit: "USD", kind: .level, year: 2018, date: "2019-09-05"),
            observation(2, quote: "Товарооборот в 2018 году составил 95 млрд долларов.", surface: "95 млрд долларов", value: 95e9, unit: "USD", kind: .level, year: 2018,
                        date: "2019-06-07", speaker: "Иван Петров"),
            observation(3, quote: "Trade turnover in 2018 was $108 billion, a record.", surface: "$108 billion", value: 108e9, unit: "USD", kind: .level, year: 2018, date: "2019-09-05"),
        ])
        let conflicts = ConflictFinder().conflicts(in: trade)
        let conflict = try #require(conflicts.first)
        #expect(conflicts.count == 1 && conflict.year == 2018)
        #expect(conflict.observations.map(\.figureID) == [2, 1, 3], "95 contradicts both 107 and 108, which agree within rounding")
        #expect(abs(conflict.spread - (108.0 / 95 - 1)) < 1e-9)
    }

    @Test func qualifiersAndRoundingAreNotConflicts() throws {
        let trade = try indicator([
            observation(1, quote: "In 2018 our trade turnover was more than $100 billion.", surface: "more than $100 billion", value: 100e9, unit: "USD", kind: .level,
                        year: 2018, qualifier: .moreThan, date: "2019-09-05"),
            observation(2, quote: "Trade turnover in 2018 was $107 billion.", surface: "$107 billion", value: 107e9, unit: "USD", kind: .level, year: 2018, date: "2019-09-05"),
            observation(3, quote: "Trade turnover in 2018 was about $105 billion.", surface: "about $105 billion", value: 105e9, unit: "USD", kind: .level, year: 2018,
                        qualifier: .about, date: "2019-09-05"),
            observation(4, quote: "Trade turnover in 2017 was $84 billion.", surface: "$84 billion", value: 84e9, unit: "USD", kind: .level, year: 2017, date: "2018-09-05"),
        ])
        #expect(ConflictFinder().conflicts(in: trade).isEmpty)
    }

    @Test func reversedAndNegativeBoundsAreNotACrash() throws {
        // "almost -5%" gives a lower bound above the value, and a range may be written high to low.
        var almost = observation(1, quote: "In 2018 our trade turnover was almost $100 billion.", surface: "almost $100 billion", value: -100e9, unit: "USD",
                                 kind: .level, year: 2018, qualifier: .almost, date: "2019-09-05")
        almost.figure.valueMax = nil
        var reversed = observation(2, quote: "Trade turnover in 2018 was $120 billion.", surface: "$120–110 billion", value: 120e9, unit: "USD", kind: .level,
                                   year: 2018, date: "2019-09-05")
        reversed.figure.valueMax = 110e9
        let trade = try indicator([almost, reversed])
        #expect(ConflictFinder().conflicts(in: trade).first?.observations.map(\.figureID) == [1, 2])
    }
}
