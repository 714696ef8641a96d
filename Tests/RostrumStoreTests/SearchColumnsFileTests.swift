import Foundation
import RostrumModel
import Testing

@testable import RostrumStore
import RostrumTestSupport

/// The search columns kept next to the database (`QuoteColumnsFile`): a new process starts from
/// them when they describe this store, appends what was written since, and ignores a file from
/// before a deletion, of another database or damaged — searching exactly as if it had built them.
@Suite("Search columns file")
struct SearchColumnsFileTests {
    private static let queries = ["china", "trade turnover", "\"Far East\"", "invest*", "инвестиции", "energy -gas", "topic:energy",
                                  "year:2015..2019 lang:en", "has:figures", "kind:problem country:CN"]

    /// Every query's total, hits and facets, as text to compare.
    private func answers(_ store: SQLiteStore) async throws -> [String] {
        var out: [String] = []
        for text in Self.queries {
            let results = try await store.search(try SearchQuery(parsing: text), limit: 20, offset: 0, sort: .relevance)
            out.append("\(text): \(results.total) \(results.hits.map { "\($0.quoteID):\($0.score)" }) \(results.facets)")
        }
        return out
    }

    private func temporaryPath() throws -> String {
        let dir = try TestScratch.directory("rostrum-columns")
        return dir.appendingPathComponent("c.sqlite").path
    }

    @Test func aNewProcessStartsFromTheFileAndAppendsWhatWasWrittenSince() async throws {
        let path = try temporaryPath()
        let items = Samples.items
        let half = items.count / 2
        let first = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .kept(afterNewQuotes: 1))
        for item in items[..<half] { _ = try await first.ingest(item.document, raw: item.raw, source: item.path) }
        let early = try await answers(first)
        #expect(FileManager.default.fileExists(atPath: QuoteColumnsFile.path(of: path)), "built columns are saved")

        // Another process reads the file and searches exactly as the first did.
        let second = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .kept(afterNewQuotes: 1_000_000))
        #expect(try await answers(second) == early)
        #expect(second.quoteIndex.filesUsed == 1)

        // More sessions written by a process that keeps no file: the next one starts from the
        // older file and appends them, with the answers of columns built from scratch.
        let writer = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .off)
        for item in items[half...] { _ = try await writer.ingest(item.document, raw: item.raw, source: item.path) }
        let scratch = try await answers(writer)
        #expect(scratch != early)
        let third = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .kept(afterNewQuotes: 1))
        #expect(try await answers(third) == scratch)
        #expect(third.quoteIndex.filesUsed == 1)
        let columns = try #require(QuoteColumnsFile.read(databasePath: path)?.1)
        #expect(columns.quoteCount == (try await writer.stats().quotes), "the file was brought up to date")
    }

    @Test func aFileFromBeforeADeletionOfAnotherStoreOrDamagedIsIgnored() async throws {
        let path = try temporaryPath()
        let store = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .kept(afterNewQuotes: 1))
        var ids: [Int64] = []
        for item in Samples.items {
            if case .inserted(let id) = try await store.ingest(item.document, raw: item.raw, source: item.path) { ids.append(id) }
        }
        _ = try await answers(store)
        let file = QuoteColumnsFile.path(of: path)
        let saved = try Data(contentsOf: URL(fileURLWithPath: file))

        // A deletion by a process without the file: the file is stale and must not be used.
        let writer = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .off)
        #expect(try await writer.delete(sessionID: try #require(ids.first)))
        let afterDeletion = try await answers(writer)
        let next = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .kept(afterNewQuotes: 1))
        #expect(try await answers(next) == afterDeletion)
        #expect(next.quoteIndex.filesUsed == 0)
        #expect(QuoteColumnsFile.read(databasePath: path)?.0.deletions == 1, "rewritten after the rebuild")

        // A damaged file: one byte changed in the middle.
        var damaged = try Data(contentsOf: URL(fileURLWithPath: file))
        damaged[damaged.count / 2] ^= 0x5A
        try damaged.write(to: URL(fileURLWithPath: file))
        let afterDamage = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .kept(afterNewQuotes: 1))
        #expect(try await answers(afterDamage) == afterDeletion)
        #expect(afterDamage.quoteIndex.filesUsed == 0)
        // Truncated and empty files likewise.
        for bytes in [Data(damaged.prefix(damaged.count / 3)), Data()] {
            try bytes.write(to: URL(fileURLWithPath: file))
            let reopened = try SQLiteStore(path: path, searchCache: .disabled, columnsFile: .kept(afterNewQuotes: 1))
            #expect(try await answers(reopened) == afterDeletion)
            #expect(reopened.quoteIndex.filesUsed == 0)
        }

        // The file of another database with the same contents is not this store's.
        let other = try temporaryPath()
        let copy = try SQLiteStore(path: other, searchCache: .disabled, columnsFile: .off)
        for item in Samples.items { _ = try await copy.ingest(item.document, raw: item.raw, source: item.path) }
        try saved.write(to: URL(fileURLWithPath: QuoteColumnsFile.path(of: other)))
        let stranger = try SQLiteStore(path: other, searchCache: .disabled, columnsFile: .kept(afterNewQuotes: 1))
        #expect(try await answers(stranger) == (try await answers(copy)))
        #expect(stranger.quoteIndex.filesUsed == 0)
    }
}
