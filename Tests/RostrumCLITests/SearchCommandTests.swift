import Foundation
import Testing
import RostrumTestSupport

/// `rostrum search --format json` gives the API's JSON: a snippet is safe to put into a page, its
/// `<mark>` tags kept and the quote's own markup escaped, for quotes and for sessions alike.
@Suite("CLI: search", .serialized)
struct SearchCommandTests {
    @Test func jsonSnippetsAreEscapedExceptTheirMarks() throws {
        let dir = try TestScratch.directory("rostrum-cli-search")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("ai-panel.txt")
        try """
            AI Regulation: Who Writes the Rules

            “Regulators must not copy <script>alert('x')</script> into law, and R&D needs room to fail,” Anna Petrova, Director, Digital Policy Centre.
            """.write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("kb.sqlite").path
        #expect(try CLI.run(["ingest", file.path, "--db", db]).status == 0)
        for extra in [[], ["--sessions"]] {
            let run = try CLI.run(["search", "regulators", "--db", db, "--format", "json"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let hits = try #require(json["hits"] as? [[String: Any]])
            let hit = try #require(hits.first)
            let snippet = try #require((hit["snippet"] as? String) ?? ((hit["best"] as? [String: Any])?["snippet"] as? String), "\(hit)")
            #expect(snippet.contains("<mark>Regulators</mark>"), "\(snippet)")
            #expect(snippet.contains("&lt;script&gt;"), "\(snippet)")
            #expect(snippet.contains("R&amp;D"), "\(snippet)")
            #expect(!snippet.contains("<script>"))
        }
    }
}
