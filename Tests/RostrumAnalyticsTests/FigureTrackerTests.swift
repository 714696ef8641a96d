import Foundation
import Testing
import RostrumAnalytics
import RostrumModel
import RostrumStore
import RostrumTestSupport

@Suite("Figure tracker over a store")
struct FigureTrackerTests {
    private func session(_ title: String, date: String, quote: String, speaker: Speaker, figures: [Figure]) -> ExtractedDocument {
        let located = figures.map { figure -> Figure in
            var figure = figure
            if let range = quote.range(of: figure.surface) { figure.offset = quote.utf16.distance(from: quote.utf16.startIndex, to: range.lowerBound) }
            return figure
        }
        return ExtractedDocument(title: title, language: .en, event: "Eastern Economic Forum \(date.prefix(4))", date: date,
                                 sections: [Section(heading: "Trade", kind: .conclusion,
                                                    quotes: [Quote(text: quote, speaker: speaker, figures: located, countries: ["CN", "RU"])])])
    }

    @Test func aTargetSetInOneSessionIsJudgedByALaterOne() async throws {
        let dir = try TestScratch.directory("rostrum-tracker")
        let store = try SQLiteStore(path: dir.appendingPathComponent("t.sqlite").path)
        let wang = Speaker(name: "Wang Jianguo", position: "Vice Chairman", organization: "CCCME")
        _ = try await store.ingest(session("Trade Is Back", date: "2017-09-06",
                                           quote: "Last year our trade turnover with China was $69.6 billion. The target of $100 billion by 2020 is reachable.",
                                           speaker: wang,
                                           figures: [Figure(surface: "$69.6 billion", value: 69.6e9, unit: "USD", kind: .level, year: 2016),
                                                     Figure(surface: "$100 billion", value: 100e9, unit: "USD", kind: .target, year: 2020, subject: "target")]),
                                   raw: "2017", source: "a")
        let tracker = FigureTracker(store: store, lexicon: try IndicatorLexicon.bundled(), asOfYear: 2026)
        #expect(try await tracker.snapshot().targets.map(\.status) == [.noData])

        // A later session reports the level for 2018: the target is met, and the tracker sees the change.
        _ = try await store.ingest(session("A Record Year", date: "2019-09-05",
                                           quote: "In 2018 trade turnover between Russia and China exceeded $107 billion.",
                                           speaker: Speaker(name: "Zhang Wei", position: "Director"),
                                           figures: [Figure(surface: "$107 billion", value: 107e9, unit: "USD", kind: .level, qualifier: .moreThan, year: 2018)]),
                                   raw: "2019", source: "b")
        let snapshot = try await tracker.snapshot()
        let slim = try #require(snapshot.targets.first)
        #expect(slim.target.quoteText.isEmpty, "a snapshot holds figures without their quotes")
        let assessment = try #require(try await tracker.hydrated([slim]).first)
        #expect(assessment.target.quoteText.contains("$100 billion by 2020"))
        #expect(assessment.status == .met)
        #expect(assessment.indicatorID == "trade-turnover.CN.USD.level")
        #expect(assessment.evidence.first?.speaker?.name == "Zhang Wei")
        #expect(try await tracker.indicators(matching: "trade").map(\.id) == ["trade-turnover.CN.USD.level"])
        #expect(try await tracker.indicator(id: "trade-turnover.CN.USD.level")?.observations.count == 3)
    }

    private func temporaryStore() throws -> SQLiteStore {
        let dir = try TestScratch.directory("rostrum-indexer")
        return try SQLiteStore(path: dir.appendingPathComponent("t.sqlite").path)
    }

    @Test func theIndexerAssignsOnlyNewFiguresAndForgetsDeletedOnes() async throws {
        let store = try temporaryStore()
        let indexer = IndicatorIndexer(store: store, lexicon: try IndicatorLexicon.bundled())
        let wang = Speaker(name: "Wang Jianguo", position: "Vice Chairman", organization: "CCCME")
        guard case .inserted(let first) = try await store.ingest(
            session("Trade Is Back", date: "2017-09-06",
                    quote: "Last year our trade turnover with China was $69.6 billion. The ministry spent 40 days on the plan.", speaker: wang,
                    figures: [Figure(surface: "$69.6 billion", value: 69.6e9, unit: "USD", kind: .level, year: 2016),
                              Figure(surface: "40 days", value: 40, unit: "day", kind: .duration)]),
            raw: "2017", source: "a")
        else { throw StoreError.database("not inserted") }
        #expect(try await indexer.run() == 2, "both figures get a row; the duration without an indicator")
        #expect(try await indexer.run() == 0, "nothing is matched twice")
        let assigned = try await store.indicatorFigures()
        #expect(assigned.map(\.indicator) == ["trade-turnover"] && assigned.map(\.scope) == ["CN"])

        _ = try await store.ingest(session("A Record Year", date: "2019-09-05", quote: "In 2018 trade turnover between Russia and China exceeded $107 billion.",
                                           speaker: Speaker(name: "Zhang Wei", position: "Director"),
                                           figures: [Figure(surface: "$107 billion", value: 107e9, unit: "USD", kind: .level, qualifier: .moreThan, year: 2018)]),
                                   raw: "2019", source: "b")
        let seen = ProgressLog()
        #expect(try await indexer.run(pageSize: 1) { seen.add($0) } == 1, "only the new figure")
        #expect(seen.all == [IndicatorIndexer.Progress(done: 1, total: 1)])
        #expect(try await store.indicatorFigures().map(\.figure.value) == [69.6e9, 107e9])

        // Deleting a session removes its assignments; the tracker no longer sees its figure.
        #expect(try await store.delete(sessionID: first))
        #expect(try await store.indicatorFigures().map(\.figure.value) == [107e9])
        let tracker = FigureTracker(store: store, lexicon: try IndicatorLexicon.bundled(), asOfYear: 2026)
        #expect(try await tracker.indicator(id: "trade-turnover.CN.USD.level")?.observations.map(\.figure.value) == [107e9])
    }

    @Test func theTrackerMatchesPendingFiguresItselfAndGroupsLikeTheMatcher() async throws {
        let store = try temporaryStore()
        let wang = Speaker(name: "Wang Jianguo", position: "Vice Chairman", organization: "CCCME")
        _ = try await store.ingest(session("Trade Is Back", date: "2017-09-06",
                                           quote: "Last year our trade turnover with China was $69.6 billion. The target of $100 billion by 2020 is reachable.",
                                           speaker: wang,
                                           figures: [Figure(surface: "$69.6 billion", value: 69.6e9, unit: "USD", kind: .level, year: 2016),
                                                     Figure(surface: "$100 billion", value: 100e9, unit: "USD", kind: .target, year: 2020, subject: "target")]),
                                   raw: "2017", source: "a")
        #expect(try await store.pendingFigureCount() == 2)
        let tracker = FigureTracker(store: store, lexicon: try IndicatorLexicon.bundled(), asOfYear: 2026)
        let indicator = try #require(try await tracker.indicator(id: "trade-turnover.CN.USD.level"))
        #expect(try await store.pendingFigureCount() == 0, "the snapshot matched what was pending")
        // The same grouping as matching the observations' text directly.
        let full = try await tracker.hydrated(indicator)
        let direct = IndicatorBuilder(matcher: IndicatorMatcher(lexicon: try IndicatorLexicon.bundled())).indicators(from: full.observations)
        #expect(direct.map(\.id) == [indicator.id])
        #expect(full.observations.first?.speaker?.name == "Wang Jianguo" && full.observations.first?.countries == ["CN", "RU"])
    }
}

/// Progress reports collected from a `@Sendable` callback.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [IndicatorIndexer.Progress] = []

    func add(_ progress: IndicatorIndexer.Progress) {
        lock.lock()
        items.append(progress)
        lock.unlock()
    }

    var all: [IndicatorIndexer.Progress] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
