import Foundation
import GRDB
import RostrumExtraction
import RostrumGenerator
import RostrumModel
import Testing

@testable import RostrumStore
import RostrumTestSupport

/// Schema v12: the writer keeps the analytics counts (event, topic per event, person per topic,
/// organisation per country) itself, batch by batch; they must always equal a GROUP BY over the
/// stored quotes, through failed documents, replacements inside a batch and deletions.
@Suite("Batched analytics counts (schema v12)")
struct BatchCountsTests {
    /// A fresh store in a temporary folder.
    private func makeStore() throws -> SQLiteStore {
        let dir = try TestScratch.directory("rostrum-counts")
        return try SQLiteStore(path: dir.appendingPathComponent("kb.sqlite").path)
    }

    /// The count tables as stored (rows at zero left out) and as a GROUP BY over the quotes computes them.
    private func counts(_ store: SQLiteStore) async throws -> (stored: [String], recomputed: [String]) {
        try await store.pool.read { db in
            func rows(_ sql: String) throws -> [String] {
                try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { "\(row[$0] as DatabaseValue)" }.joined(separator: "|") }
            }
            let stored = try rows("SELECT 'e', event_id, quotes FROM event_quote_counts WHERE quotes > 0 ORDER BY 2")
                + rows("SELECT 't', topic, event_id, quotes FROM topic_event_counts WHERE quotes > 0 ORDER BY 2, 3")
                + rows("SELECT 'p', person_id, topic, quotes FROM person_topic_counts WHERE quotes > 0 ORDER BY 2, 3")
                + rows("SELECT 'o', organization_id, country, quotes FROM organization_country_counts WHERE quotes > 0 ORDER BY 2, 3")
            let recomputed = try rows("SELECT 'e', event_id, COUNT(*) FROM quotes WHERE event_id IS NOT NULL GROUP BY event_id ORDER BY 2")
                + rows("""
                    SELECT 't', t.topic, q.event_id, COUNT(*) FROM quote_topics t JOIN quotes q ON q.id = t.quote_id
                    WHERE q.event_id IS NOT NULL GROUP BY t.topic, q.event_id ORDER BY 2, 3
                    """)
                + rows("""
                    SELECT 'p', q.person_id, t.topic, COUNT(*) FROM quote_topics t JOIN quotes q ON q.id = t.quote_id
                    WHERE q.person_id IS NOT NULL GROUP BY q.person_id, t.topic ORDER BY 2, 3
                    """)
                + rows("""
                    SELECT 'o', q.organization_id, c.country, COUNT(*) FROM quote_countries c JOIN quotes q ON q.id = c.quote_id
                    WHERE q.organization_id IS NOT NULL GROUP BY q.organization_id, c.country ORDER BY 2, 3
                    """)
            return (stored, recomputed)
        }
    }

    /// Generated sessions, extracted, as ingest items from `source(index)`.
    private func generated(_ indices: Range<Int>, source: (Int) -> String) -> [IngestItem] {
        let generator = CorpusGenerator(seed: 5, language: .mixed)
        let pipeline = ExtractionPipeline()
        return indices.compactMap { index in
            let session = generator.makeSession(index: index)
            guard let document = try? pipeline.extract(text: session.text, options: ExtractionOptions(fileExtension: session.format.fileExtension))
            else { return nil }
            return IngestItem(document: document, raw: session.text, source: source(index))
        }
    }

    @Test func countsEqualAGroupByAfterBatchesFailuresReplacementsAndDeletions() async throws {
        let store = try makeStore()
        for first in stride(from: 0, to: 48, by: 16) {
            _ = try await store.ingest(batch: generated(first..<(first + 16)) { "gen://\($0)" })
        }
        var (stored, recomputed) = try await counts(store)
        #expect(!stored.isEmpty)
        #expect(stored == recomputed, "after plain batches")

        // A batch with a topic named twice in one quote, a document that fails (and rolls back
        // alone), and a source written twice (the first version replaced inside the batch).
        let speaker = Speaker(name: "Olga Sidorova", position: "Director", organization: "Far East Shipping")
        var broken = document(title: "Broken", quotes: [("Freight rates doubled.", speaker)], topics: ["logistics"], countries: ["CN"])
        broken.sections[0].quotes[0].figures = [Figure(surface: "?", value: .nan, unit: nil, kind: .level)]
        let batch = generated(48..<52) { "gen://\($0)" } + [
            IngestItem(document: document(title: "Twice", quotes: [("Energy first.", speaker)], topics: ["energy", "energy"], countries: ["CN", "CN"]),
                       raw: "twice", source: "twice.txt"),
            IngestItem(document: broken, raw: "broken", source: "broken.txt"),
            IngestItem(document: document(title: "Replaced", quotes: [("Ports grow.", speaker)], topics: ["logistics"], countries: ["KR"]),
                       raw: "first version", source: "replaced.txt"),
            IngestItem(document: document(title: "Replaced", quotes: [("Ports shrink.", speaker)], topics: ["energy"], countries: ["JP"]),
                       raw: "second version", source: "replaced.txt"),
        ]
        let outcomes = try await store.ingest(batch: batch)
        if case .failure = outcomes[5] {} else { Issue.record("the broken document must fail, got \(outcomes[5])") }
        #expect(outcomes.enumerated().allSatisfy { $0.offset == 5 || (try? $0.element.get()) != nil })
        (stored, recomputed) = try await counts(store)
        #expect(stored == recomputed, "after a batch with a failure and a replacement")

        // Replacing generated sessions with other content from the same sources, then deleting.
        _ = try await store.ingest(batch: generated(60..<70) { "gen://\($0 - 60)" })
        (stored, recomputed) = try await counts(store)
        #expect(stored == recomputed, "after replacements across batches")
        let ids = try await store.pool.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM sessions ORDER BY id LIMIT 5") }
        for id in ids { #expect(try await store.delete(sessionID: id)) }
        (stored, recomputed) = try await counts(store)
        #expect(stored == recomputed, "after deletions")

        // Single-document writes and imports keep them too.
        let single = generated(80..<82) { "single://\($0)" }
        for item in single { _ = try await store.ingest(item.document, raw: item.raw, source: item.source) }
        _ = try await store.importRecord(ExportRecord(contentHash: ContentHash.of("imported"), source: "imported.txt", raw: "imported",
                                                      document: document(title: "Imported", quotes: [("Grain exports rose.", speaker)], topics: ["agriculture"], countries: ["CN"])))
        (stored, recomputed) = try await counts(store)
        #expect(stored == recomputed, "after single writes and an import")
    }

    @Test func theInsertTriggersAreGoneAndTheDeletionTriggerStays() async throws {
        let store = try makeStore()
        let triggers = try await store.pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name") }
        #expect(triggers == ["quotes_uncounted"])
    }
}
