import Foundation
import GRDB
import RostrumModel
import RostrumText
import Testing
@testable import RostrumStore

/// The writer hands the full-text index terms analysed beforehand (`FullTextTerms`); the index
/// must hold exactly what analysing the text itself gives, and deleting such rows must take
/// exactly their terms out again.
@Suite("Pre-analysed full-text terms")
struct FullTextTermsTests {
    /// Two FTS5 tables with the store's tokenizer and columns: one fed plain text, one fed terms.
    private func indexes() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            db.add(tokenizer: RostrumTokenizer.self)
            for name in ["plain", "terms"] {
                try db.create(virtualTable: name, using: FTS5()) { t in
                    t.tokenizer = RostrumTokenizer.tokenizerDescriptor()
                    for column in ["text", "speaker", "heading", "title"] { t.column(column) }
                }
                try db.execute(sql: "CREATE VIRTUAL TABLE \(name)_vocab USING fts5vocab(\(name), instance)")
            }
        }
        return queue
    }

    /// Every (term, row, column, position) of a table, and every row's column sizes.
    private func contents(_ table: String, _ db: Database) throws -> [String] {
        let postings = try Row.fetchAll(db, sql: "SELECT term, doc, col, offset FROM \(table)_vocab ORDER BY term, doc, col, offset")
            .map { "\($0[0] as String) \($0[1] as Int64) \($0[2] as String) \($0[3] as Int64)" }
        let sizes = try Row.fetchAll(db, sql: "SELECT id, hex(sz) FROM \(table)_docsize ORDER BY id").map { "\($0[0] as Int64):\($0[1] as String)" }
        return postings + sizes
    }

    @Test func theIndexHoldsWhatAnalysingTheTextGives() throws {
        let queue = try indexes()
        var rows = 0
        try queue.write { db in
            for item in Samples.items {
                let terms = FullTextTerms(document: item.document)
                var ordinal = 0
                for (sectionOrdinal, section) in item.document.sections.enumerated() {
                    for quote in section.quotes {
                        rows += 1
                        try db.execute(sql: "INSERT INTO plain (rowid, text, speaker, heading, title) VALUES (?, ?, ?, ?, ?)", arguments: [
                            rows, quote.text, FullTextTerms.speakerLine(quote.speaker), section.heading ?? "", item.document.title ?? ""])
                        try db.execute(sql: "INSERT INTO terms (rowid, text, speaker, heading, title) VALUES (?, ?, ?, ?, ?)", arguments: [
                            rows, terms.texts[ordinal], terms.speakers[ordinal], terms.headings[sectionOrdinal], terms.title])
                        ordinal += 1
                    }
                }
            }
            // English, Russian and Chinese names, figures and headings of every sample.
            #expect(rows > 250)
            let plain = try contents("plain", db)
            #expect(plain.count > 15_000)
            #expect(try contents("terms", db) == plain)
            // Deleting rows re-reads their content: the terms must come out exactly.
            for table in ["plain", "terms"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE rowid % 3 = 0")
            }
            #expect(try contents("terms", db) == contents("plain", db))
            try db.execute(sql: "INSERT INTO terms (terms) VALUES ('integrity-check')")
        }
    }

    @Test func termsAreMarkedAndSpaceSeparated() {
        for text in ["Investments in the ports of Vladivostok grew by 12% to 3.5 billion roubles.",
                     "«Инвестиции в порты Владивостока выросли на 12%», — сказал Алексей Чекунков.", "何振为 2019"] {
            let column = FullTextTerms.terms(of: text)
            #expect(Array(column.utf8.prefix(2)) == FullTextTerms.marker)
            let terms = String(decoding: column.utf8.dropFirst(2), as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            #expect(terms == TextAnalyzer().tokens(in: text).map(\.term))
            #expect(terms.count >= 3)
        }
        #expect(FullTextTerms.terms(of: "") == "")
        #expect(FullTextTerms.terms(of: " — … ") == "")
    }

    @Test func speakerLineJoinsNamePositionAndOrganization() {
        #expect(FullTextTerms.speakerLine(Speaker(name: "Alexei Chekunkov", position: "Minister", organization: "Ministry for the Development of the Russian Far East")) ==
                "Alexei Chekunkov, Minister, Ministry for the Development of the Russian Far East")
        #expect(FullTextTerms.speakerLine(Speaker(name: "He Zhenwei")) == "He Zhenwei")
        #expect(FullTextTerms.speakerLine(nil) == "")
    }
}
