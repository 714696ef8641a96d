import GRDB
import RostrumText

/// Migration v13: brings a full-text index written before the Russian stemmer dropped fleeting
/// vowels (`RussianStemmer.dropFleetingVowel`) to the current analyzer's terms, so that a query for
/// «грузоперевозки» finds the «грузоперевозок» stored earlier.
///
/// A column stored as pre-analysed terms (`FullTextTerms`) gets each Russian term updated
/// (`RussianStemmer.fleetingVowelStem`), which is exactly what analysing its text again would give;
/// a column stored as plain text (rows older than `FullTextTerms`) is analysed again. The index is
/// rebuilt into a new table and swapped in, because deleting a plain-text row would tokenize it
/// with the new analyzer and miss its old terms. Rows are streamed, so memory stays flat.
enum FleetingVowelReindex {
    /// The full-text columns, in `quote_fts` order.
    static let columns = ["text", "speaker", "heading", "title"]

    /// Rebuilds `quote_fts` (and its `quote_vocab` view) with current terms.
    static func migrate(_ db: Database) throws {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_fts") ?? 0 > 0 else { return }
        try db.create(virtualTable: "quote_fts_v13", using: FTS5()) { t in
            t.tokenizer = RostrumTokenizer.tokenizerDescriptor()
            for column in columns { t.column(column) }
        }
        try db.execute(sql: "INSERT INTO quote_fts_v13 (quote_fts_v13, rank) VALUES ('hashsize', ?)", arguments: [Schema.ftsHashSize])
        let insert = try db.makeStatement(sql: "INSERT INTO quote_fts_v13 (rowid, text, speaker, heading, title) VALUES (?, ?, ?, ?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, text, speaker, heading, title FROM quote_fts ORDER BY rowid")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            var values: [(any DatabaseValueConvertible)?] = [id]
            for index in 1...columns.count {
                let stored: String? = row[index]
                values.append(stored.map(updated))
            }
            try insert.execute(arguments: StatementArguments(values))
        }
        try db.execute(sql: """
            DROP TABLE IF EXISTS quote_vocab;
            DROP TABLE quote_fts;
            ALTER TABLE quote_fts_v13 RENAME TO quote_fts;
            CREATE VIRTUAL TABLE quote_vocab USING fts5vocab(quote_fts, instance);
            UPDATE store_meta SET value = value + 1 WHERE key IN ('generation', 'deletions');
            """)
    }

    /// A stored column in the current analyzer's terms, as `FullTextTerms` writes them.
    static func updated(_ stored: String) -> String {
        let marker = String(decoding: FullTextTerms.marker, as: UTF8.self)
        guard stored.hasPrefix(marker) else { return FullTextTerms.terms(of: stored) }
        let terms = stored.dropFirst(marker.count).split(separator: " ", omittingEmptySubsequences: false)
        return marker + terms.map { RussianStemmer.fleetingVowelStem(String($0)) }.joined(separator: " ")
    }
}
