import GRDB
import RostrumModel

/// The figures' indicator assignments (`figure_indicators`, schema v5): the pending figures the
/// indexer reads, the assignments it writes, and cited indicators (the tracker's read of the
/// assigned rows is `SQLiteStore+IndicatorSeries`).
///
/// Every figure gets a row (with a NULL indicator when it measures nothing known) and new figures
/// always get ids above every stored one, so the pending figures are those above the highest
/// assigned id: finding them costs one index probe however large the database is.
extension SQLiteStore {
    public func revision() async throws -> Int64 {
        try await read { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(value), 0) FROM store_meta WHERE key IN ('generation', 'indicator_assignments')") ?? 0
        }
    }

    @discardableResult
    public func useIndicatorLexicon(stamp lexiconStamp: Int64) async throws -> Bool {
        // Read first: the usual answer (same lexicon) takes no write transaction.
        let current = try await read { db in try Int64.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = 'indicator_lexicon'") }
        guard current != lexiconStamp else { return false }
        return try await writeAssignments { db in
            let current = try Int64.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = 'indicator_lexicon'")
            guard current != lexiconStamp else { return false }
            let had = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM figure_indicators)") ?? false
            try db.execute(sql: "DELETE FROM figure_indicators")
            try db.execute(sql: "INSERT OR REPLACE INTO store_meta (key, value) VALUES ('indicator_lexicon', ?)", arguments: [lexiconStamp])
            return had
        }
    }

    public func pendingFigureCount() async throws -> Int {
        try await read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM figures f
                WHERE f.id > (SELECT COALESCE(MAX(figure_id), 0) FROM figure_indicators)
                    AND NOT EXISTS (SELECT 1 FROM figure_indicators fi WHERE fi.figure_id = f.id)
                """) ?? 0
        }
    }

    public func pendingFigures(after: Int64, limit: Int) async throws -> [PendingFigure] {
        try await read { db in
            let floor = max(after, try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(figure_id), 0) FROM figure_indicators") ?? 0)
            return try Row.fetchAll(db, sql: """
                SELECT f.id, f.surface, f.value, f.value_max, f.unit, f.kind, f.qualifier, f.year, f.subject, f.text_offset,
                    q.id AS quote_id, q.text, sec.heading,
                    (SELECT group_concat(country, ' ') FROM (SELECT country FROM quote_countries c WHERE c.quote_id = q.id ORDER BY country)) AS countries
                FROM figures f JOIN quotes q ON q.id = f.quote_id LEFT JOIN sections sec ON sec.id = q.section_id
                WHERE f.id > ? AND NOT EXISTS (SELECT 1 FROM figure_indicators fi WHERE fi.figure_id = f.id)
                ORDER BY f.id LIMIT ?
                """, arguments: [floor, limit]).map { row in
                PendingFigure(id: row[0], figure: Self.figure(row, from: 1), quoteID: row[10], quoteText: row[11], heading: row[12],
                              countries: (row[13] as String?).map { $0.split(separator: " ").map(String.init) } ?? [])
            }
        }
    }

    public func assignIndicators(_ assignments: [FigureAssignment]) async throws {
        guard !assignments.isEmpty else { return }
        try await writeAssignments { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO figure_indicators (figure_id, indicator, scope, person_id, organization_id,
                    value, value_max, unit, kind, qualifier, figure_year, year, quote_id, session_id, date)
                SELECT f.id, ?1, ?2, q.person_id, q.organization_id,
                    f.value, f.value_max, f.unit, f.kind, f.qualifier, f.year, COALESCE(f.year, q.year), f.quote_id, q.session_id, q.date
                FROM figures f JOIN quotes q ON q.id = f.quote_id WHERE f.id = ?3
                """)
            for assignment in assignments {
                try statement.execute(arguments: [assignment.indicator, assignment.scope, assignment.figureID])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO store_meta (key, value) VALUES ('indicator_assignments', COALESCE((SELECT value FROM store_meta WHERE key = 'indicator_assignments'), 0) + 1)")
        }
    }

    public func indicatorFigures() async throws -> [IndicatorFigure] {
        // The tracker's read in one range, then in id order: a listing for checks and tools,
        // not a hot path.
        try await foldIndicatorFigures(parts: 1, initial: { [IndicatorFigure]() }) { $0.append($1) }
            .flatMap { $0 }.sorted { $0.id < $1.id }
    }

    public func citedIndicators(_ subject: ProfileSubject, limit: Int) async throws -> [CitedIndicator] {
        let (column, id) = Self.subjectColumn(subject)
        // Two fixed statements; the id and the limit are bound.
        let sql = """
            SELECT fi.indicator, fi.scope, f.unit, f.kind, COUNT(*) AS n, MIN(COALESCE(f.year, q.year)), MAX(COALESCE(f.year, q.year))
            FROM figure_indicators fi JOIN figures f ON f.id = fi.figure_id JOIN quotes q ON q.id = f.quote_id
            WHERE fi.\(column) = ? AND fi.indicator IS NOT NULL
            GROUP BY fi.indicator, fi.scope, f.unit, f.kind ORDER BY n DESC, fi.indicator, fi.scope, f.unit, f.kind LIMIT ?
            """
        return try await read { db in
            try Row.fetchAll(db, sql: sql, arguments: [id, limit]).map { row in
                CitedIndicator(indicator: row[0], scope: row[1], unit: row[2], kind: row[3], figures: row[4], firstYear: row[5], lastYear: row[6])
            }
        }
    }

    /// The `figure_indicators` column of a profile's subject and its id (a fixed column name, never user text).
    static func subjectColumn(_ subject: ProfileSubject) -> (String, Int64) {
        switch subject {
        case .person(let id): ("person_id", id)
        case .organization(let id): ("organization_id", id)
        }
    }

    /// The figure in `row`'s nine columns from `start`: surface, value, value_max, unit, kind,
    /// qualifier, year, subject, text_offset.
    static func figure(_ row: Row, from start: Int) -> Figure {
        Figure(surface: row[start], value: row[start + 1], valueMax: row[start + 2], unit: row[start + 3],
               kind: FigureKind(rawValue: row[start + 4]) ?? .level, qualifier: (row[start + 5] as String?).flatMap(FigureQualifier.init(rawValue:)),
               year: row[start + 6], subject: row[start + 7], offset: row[start + 8])
    }

    /// A write transaction that does not move the generation on: assignments change no quote, so
    /// the search's in-memory index stays valid.
    func writeAssignments<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error.resultCode)")
        }
    }
}
