import Foundation
import GRDB
import RostrumModel
import Testing

@testable import RostrumStore
import RostrumTestSupport

/// Sessions' raw text and document JSON are stored deflated; older rows keep plain text.
struct DeflatedTextTests {
    @Test(arguments: [
        "",
        "Trade turnover reached $95 billion.",
        "«Товарооборот между Россией и Китаем превысит 200 млрд долларов к 2024 году», — Ван Цзяньго. 中俄贸易",
        String(repeating: "A long session summary with repeated wording, figures such as 12.5% and names. ", count: 2_000),
    ])
    func roundTrip(text: String) throws {
        let blob = DeflatedText.deflate(text)
        #expect(try DeflatedText.inflate(blob) == text)
        if text.utf8.count > 10_000 { #expect(blob.count < text.utf8.count / 10) }
    }

    @Test func brokenBlobsAreErrorsNotCrashes() {
        #expect(throws: DeflatedText.Unreadable.self) { try DeflatedText.inflate(Data()) }
        #expect(throws: DeflatedText.Unreadable.self) { try DeflatedText.inflate(Data([7, 1, 2])) }
        var blob = DeflatedText.deflate(String(repeating: "figures ", count: 100))
        blob[blob.count - 3] ^= 0xFF
        blob[8] ^= 0x55
        #expect(throws: DeflatedText.Unreadable.self) { try DeflatedText.inflate(blob) }
    }

    @Test func newSessionsAreStoredDeflatedAndOlderPlainRowsStillRead() async throws {
        let dir = try TestScratch.directory("rostrum-deflate")
        let store = try SQLiteStore(path: dir.appendingPathComponent("test.sqlite").path)
        let raw = "Energy\n\n“Solar capacity will double by 2030,” Anna Berg, Director, Nordic Solar.\n"
        let document = ExtractedDocument(title: "Energy", language: .en, sections: [
            Section(heading: nil, quotes: [Quote(text: "Solar capacity will double by 2030", speaker: Speaker(name: "Anna Berg", position: "Director", organization: "Nordic Solar"))]),
        ])
        guard case .inserted(let id) = try await store.ingest(document, raw: raw, source: "test://energy") else {
            Issue.record("not inserted")
            return
        }
        let stored = try store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT raw_text, length(raw_deflated) AS n FROM sessions WHERE id = ?", arguments: [id])
        }
        #expect(stored?["raw_text"] as String? == "")
        #expect((stored?["n"] as Int? ?? 0) > 0)
        #expect(try await store.session(id: id)?.raw == raw)
        #expect(try await store.session(id: id)?.document == document)

        // A row as written before the columns were deflated.
        try await store.pool.write { db in
            try db.execute(sql: "UPDATE sessions SET raw_text = ?, document_json = ?, raw_deflated = NULL, document_deflated = NULL WHERE id = ?",
                           arguments: [raw, document.jsonText(pretty: false), id])
        }
        #expect(try await store.session(id: id)?.raw == raw)
        #expect(try await store.session(id: id)?.document == document)
    }
}
