import Foundation
import GRDB
import RostrumModel
import Testing

@testable import RostrumStore
import RostrumTestSupport

/// Schema v9 copies each assigned figure's facts into `figure_indicators`; a database assigned
/// before it gets them filled in when it is opened.
@Suite("Figure indicator values (schema v9)")
struct FigureIndicatorMigrationTests {
    @Test func assignmentsMadeBeforeV9AreFilledInWhenTheStoreOpens() async throws {
        let dir = try TestScratch.directory("rostrum-v9")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("kb.sqlite").path

        let quote = "Trade turnover with China exceeded $107 billion, and the goal is 200 billion by 2024."
        let figures = [
            Figure(surface: "$107 billion", value: 107e9, unit: "USD", kind: .level, qualifier: .moreThan, subject: "trade turnover", offset: 35),
            Figure(surface: "200 billion by 2024", value: 200e9, unit: "USD", kind: .target, year: 2024, subject: "goal", offset: 66),
        ]
        let document = ExtractedDocument(
            title: "Trade Without Borders", language: .en, event: "Eastern Economic Forum 2019", date: "2019-09-05",
            sections: [Section(heading: "Trade", kind: .conclusion,
                               quotes: [Quote(text: quote, speaker: Speaker(name: "Zhang Wei", position: "Director"), figures: figures, countries: ["CN"])])])
        let store = try SQLiteStore(path: path)
        guard case .inserted(let sessionID) = try await store.ingest(document, raw: quote, source: "v9") else {
            throw StoreError.database("the test document was not inserted")
        }
        let pending = try await store.pendingFigures(after: 0, limit: 10)
        try await store.assignIndicators(pending.map { FigureAssignment(figureID: $0.id, indicator: "trade-turnover", scope: "CN") })
        let expected = try await store.indicatorFigures()
        #expect(expected.map(\.figure.value) == [107e9, 200e9])
        #expect(expected.map(\.figure.kind) == [.level, .target] && expected.map(\.figure.qualifier) == [.moreThan, nil])
        #expect(expected.map(\.figure.year) == [nil, 2024] && expected.map(\.year) == [2019, 2024], "the figure's own year, else the session's")
        #expect(expected.allSatisfy { $0.sessionID == sessionID && $0.date == "2019-09-05" && $0.personID != nil && $0.figure.unit == "USD" })
        #expect(expected.allSatisfy { $0.figure.surface.isEmpty && $0.figure.subject == nil }, "the tracker's rows carry no text")

        // The database as v8 left it: rows without the copied facts, v9 not yet applied.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            let columns = Schema.figureIndicatorValueColumns.map { "\($0.0) = NULL" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE figure_indicators SET \(columns)")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v9-figure-indicator-values'")
        }
        try queue.close()
        #expect(try await store.indicatorFigures().allSatisfy { $0.figure.value == 0 && $0.year == nil })

        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.indicatorFigures() == expected)
    }
}
