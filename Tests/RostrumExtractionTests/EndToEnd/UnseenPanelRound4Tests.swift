import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// A session written after the pipeline, in the seed's shape: thematic headings under group
/// labels, a role with a comma of its own, reported speech that goes on with "He added that",
/// a known surname after the clause ("…, Ruksha noted."), a moderator's question that is no quote.
@Suite("Unseen panels, round 4")
struct UnseenPanelRound4Tests {
    @Test func englishSummaryWithTrailingSurnameAndPronounContinuation() throws {
        let doc = try extract(try fixture("northern-sea-route-en.txt"))
        #expect(doc.title == "Northern Sea Route: Cargo, Ports and Insurance")
        #expect(doc.event == "Eastern Economic Forum 2021")
        #expect(doc.date == "2021-09-03")
        #expect(doc.allQuotes.count == 7)
        let speakers = Set(doc.allQuotes.compactMap(\.speaker?.name))
        #expect(speakers == ["Vyacheslav Ruksha", "Lars Eriksen", "Natalia Gubanova"])
        // The moderator's question is narrative.
        #expect(doc.quote(containing: "year-round navigation") == nil)
        let eriksen = try #require(doc.quote(containing: "search-and-rescue"))
        #expect(eriksen.speaker?.organization == "Nordic Hull Mutual")
        let icebreakers = try #require(doc.quote(containing: "nuclear icebreakers"))
        #expect(icebreakers.speaker?.name == "Vyacheslav Ruksha")
        #expect(icebreakers.indirect)
        #expect(icebreakers.text == "Rosatom plans to commission three new nuclear icebreakers by 2027.")
        let count = try #require(icebreakers.figures.first)
        #expect(count.kind == .target && count.value == 3 && count.year == 2027)
        let investment = try #require(doc.quote(containing: "1.8 trillion"))
        #expect(investment.speaker?.name == "Vyacheslav Ruksha")
        #expect(investment.text.hasPrefix("investment in the route's infrastructure"))
        let money = try #require(investment.figures.first)
        #expect(money.value == 1.8e12 && money.unit == "RUB" && money.kind == .target && money.year == 2035)
        // Sections keep their kinds under the group labels.
        #expect(doc.sections.map(\.kind).contains(.problem))
        #expect(doc.sections.map(\.kind).contains(.solution))
    }
}
