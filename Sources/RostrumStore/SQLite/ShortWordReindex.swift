import GRDB
import RostrumModel
import RostrumText

/// Migration v16: brings a full-text index written while the Russian stemmer cut two-letter words
/// («ИИ» → «и», «АО» → «а», «её» → «е») to the current analyzer, which leaves them whole, so that a
/// search for «ИИ» finds artificial intelligence and not every «и».
///
/// The stored columns hold only terms, so the words are read again from the session's stored
/// document, and the columns are analysed as ingest analyses them (`FullTextTerms`). Only sessions
/// that can hold such a word are read — a vowel-initial two-letter Cyrillic word in a quote, a
/// heading or the title, or a one-letter vowel term in a stored speaker line — and only rows whose
/// terms differ are written again; a stored row is deleted through its own terms, so the index
/// loses exactly what it held. Sessions are streamed, so memory stays flat.
enum ShortWordReindex {
    /// Re-analyses the rows that two-letter words changed.
    static func migrate(_ db: Database) throws {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_fts") ?? 0 > 0 else { return }
        let marker = String(decoding: FullTextTerms.marker, as: UTF8.self)
        let sessionIDs = try Int64.fetchAll(db, sql: "SELECT id FROM sessions ORDER BY id")
        let quoteRows = try db.makeStatement(sql: """
            SELECT q.id, q.text, sec.heading, f.text AS stored_text, f.speaker AS stored_speaker, f.heading AS stored_heading,
                f.title AS stored_title
            FROM quotes q JOIN sections sec ON sec.id = q.section_id JOIN quote_fts f ON f.rowid = q.id
            WHERE q.session_id = ? ORDER BY q.id
            """)
        let delete = try db.makeStatement(sql: "DELETE FROM quote_fts WHERE rowid = ?")
        let insert = try db.makeStatement(sql: "INSERT INTO quote_fts (rowid, text, speaker, heading, title) VALUES (?, ?, ?, ?, ?)")
        var rewritten = 0
        for sessionID in sessionIDs {
            let rows = try Row.fetchAll(quoteRows, arguments: [sessionID])
            guard !rows.isEmpty else { continue }
            let title = try String.fetchOne(db, sql: "SELECT title FROM sessions WHERE id = ?", arguments: [sessionID]) ?? ""
            let candidate = mayHoldShortWord(title) || rows.contains { row in
                mayHoldShortWord(row["text"] as String? ?? "") || mayHoldShortWord(row["heading"] as String? ?? "")
                    || holdsOneLetterVowelTerm(row["stored_speaker"] as String? ?? "", marker: marker)
            }
            guard candidate, let document = try storedDocument(db, sessionID) else { continue }
            let terms = FullTextTerms(document: document)
            guard terms.texts.count == rows.count else { continue }
            let sectionOfQuote = document.sections.indices.flatMap { index in document.sections[index].quotes.map { _ in index } }
            for (ordinal, row) in rows.enumerated() {
                let stored: [String?] = [row["stored_text"], row["stored_speaker"], row["stored_heading"], row["stored_title"]]
                // Rows kept as plain text would be deleted through the new analyzer: leave them.
                guard stored.allSatisfy({ $0.map { $0.isEmpty || $0.hasPrefix(marker) } ?? true }) else { continue }
                let fresh = [terms.texts[ordinal], terms.speakers[ordinal], terms.headings[sectionOfQuote[ordinal]], terms.title]
                guard fresh != stored.map({ $0 ?? "" }) else { continue }
                let id: Int64 = row["id"]
                try delete.execute(arguments: [id])
                try insert.execute(arguments: [id, fresh[0], fresh[1], fresh[2], fresh[3]])
                rewritten += 1
            }
        }
        if rewritten > 0 {
            // Search keeps postings in memory: a deletion makes readers read them again.
            try db.execute(sql: "UPDATE store_meta SET value = value + 1 WHERE key IN ('generation', 'deletions')")
        }
    }

    /// Whether `text` has a two-letter Cyrillic word that begins with a vowel — the only two-letter
    /// words the stemmer used to change («ии», «ао», «её», «ей»).
    static func mayHoldShortWord(_ text: String) -> Bool {
        var run = 0
        var first: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                if run == 0 { first = scalar }
                run += 1
            } else {
                if run == 2, isCyrillicVowel(first) { return true }
                run = 0
            }
        }
        return run == 2 && isCyrillicVowel(first)
    }

    /// Whether a stored column of terms has a one-letter Cyrillic vowel term, what a two-letter word
    /// was cut to.
    static func holdsOneLetterVowelTerm(_ stored: String, marker: String) -> Bool {
        guard stored.hasPrefix(marker) else { return false }
        return stored.dropFirst(marker.count).split(separator: " ").contains { term in
            term.unicodeScalars.count == 1 && term.unicodeScalars.first.map(isCyrillicVowel) == true
        }
    }

    private static func isCyrillicVowel(_ scalar: Unicode.Scalar) -> Bool {
        "аеёиоуыэюяАЕЁИОУЫЭЮЯ".unicodeScalars.contains(scalar)
    }

    /// The document stored for session `id`, or nil when it cannot be read (its rows stay as they are).
    private static func storedDocument(_ db: Database, _ id: Int64) throws -> ExtractedDocument? {
        guard let row = try Row.fetchOne(db, sql: "SELECT document_json, document_deflated FROM sessions WHERE id = ?", arguments: [id])
        else { return nil }
        return try? SQLiteStore.storedDocument(row)
    }
}
