import GRDB
import GRDBSQLite
import RostrumModel

/// The assigned figures in series order, as a cold figure tracker reads them (schema v10's covering
/// index `figure_indicators_series`): no hashing or sorting of the rows in memory, no visit to the table.
extension SQLiteStore {
    public func foldIndicatorFigures<Part: Sendable>(
        parts: Int, initial: @escaping @Sendable () -> Part, _ update: @escaping @Sendable (inout Part, IndicatorFigure) -> Void
    ) async throws -> [Part] {
        let bounds = try await indicatorBounds(parts: max(1, parts))
        // Each part a range of whole series, read on its own connection.
        return try await withThrowingTaskGroup(of: (Int, Part).self) { group in
            for index in bounds.indices {
                let (low, high) = (bounds[index], index + 1 < bounds.count ? bounds[index + 1] : nil)
                group.addTask {
                    let part = try await self.read { db in
                        var part = initial()
                        try Self.scanSeries(db, from: low, before: high) { update(&part, $0) }
                        return part
                    }
                    return (index, part)
                }
            }
            var done: [(Int, Part)] = []
            for try await part in group { done.append(part) }
            return done.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Where each of up to `parts` ranges of about as many figures starts: the (indicator, scope)
    /// of the series holding the figure at each k/parts of the series order, so that a series is
    /// never split; ("", "") for the first range, and fewer ranges when series are few and large.
    private func indicatorBounds(parts: Int) async throws -> [SeriesBound] {
        guard parts > 1 else { return [SeriesBound(indicator: "", scope: "")] }
        return try await read { db in
            let total = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM figure_indicators INDEXED BY figure_indicators_series WHERE indicator IS NOT NULL
                """) ?? 0
            var bounds = [SeriesBound(indicator: "", scope: "")]
            for k in 1..<parts {
                // A walk of the index to the k-th fraction: a few milliseconds per 10^5 figures.
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT indicator, scope FROM figure_indicators INDEXED BY figure_indicators_series WHERE indicator IS NOT NULL
                    ORDER BY indicator, scope, unit, kind, year, date, figure_id LIMIT 1 OFFSET ?
                    """, arguments: [total * k / parts])
                else { break }
                let bound = SeriesBound(indicator: row[0], scope: row[1])
                if let last = bounds.last, (last.indicator, last.scope) < (bound.indicator, bound.scope) { bounds.append(bound) }
            }
            return bounds
        }
    }

    /// Calls `body` with each assigned figure whose (indicator, scope) is in `low..<high` (no upper
    /// bound for nil), in series order: indicator, scope, unit, kind, year (unknown first), date, id.
    private static func scanSeries(_ db: Database, from low: SeriesBound, before high: SeriesBound?, _ body: (IndicatorFigure) -> Void) throws {
        // One of two fixed statements; the bounds are bound. The ORDER BY is the index's own order,
        // and the bounds are a range of it, so a part's scan starts and stops where its range does.
        let statement = try db.makeStatement(sql: """
            SELECT figure_id, indicator, scope, unit, kind, year, date, value, value_max, qualifier, figure_year, quote_id, session_id, person_id
            FROM figure_indicators INDEXED BY figure_indicators_series
            WHERE indicator IS NOT NULL AND (indicator, scope) >= (?, ?)\(high == nil ? "" : " AND (indicator, scope) < (?, ?)")
            ORDER BY indicator, scope, unit, kind, year, date, figure_id
            """)
        statement.arguments = [low.indicator, low.scope] + (high.map { [$0.indicator, $0.scope] } ?? [])
        let s = statement.sqliteStatement
        // Consecutive rows repeat the indicator, scope and unit: their Strings are made once a run.
        var indicator = RepeatedText(), scope = RepeatedText(), unit = RepeatedText(), date = RepeatedText()
        var kinds = ColumnInterner<FigureKind>()
        var qualifiers = ColumnInterner<FigureQualifier?>()
        let cursor = try Row.fetchCursor(statement)
        while try cursor.next() != nil {
            let kind = ColumnInterner<String>.bytes(s, 4).map { bytes in
                kinds.value(of: bytes) { FigureKind(rawValue: String(decoding: $0, as: UTF8.self)) ?? .level }
            }
            let qualifier = ColumnInterner<String>.bytes(s, 9).flatMap { bytes in
                qualifiers.value(of: bytes) { FigureQualifier(rawValue: String(decoding: $0, as: UTF8.self)) }
            }
            let figure = Figure(
                surface: "", value: sqlite3_column_double(s, 7), valueMax: double(s, 8), unit: unit.text(s, 3),
                kind: kind ?? .level, qualifier: qualifier, year: int(s, 10))
            body(IndicatorFigure(
                id: sqlite3_column_int64(s, 0), indicator: indicator.text(s, 1) ?? "", scope: scope.text(s, 2) ?? "", figure: figure,
                year: int(s, 5), quoteID: sqlite3_column_int64(s, 11), sessionID: sqlite3_column_int64(s, 12),
                personID: int64(s, 13), date: date.text(s, 6)))
        }
    }

    /// Column `index` of the current row as a Double, nil for NULL.
    private static func double(_ s: SQLiteStatement, _ index: Int32) -> Double? {
        sqlite3_column_type(s, index) == SQLITE_NULL ? nil : sqlite3_column_double(s, index)
    }

    /// Column `index` of the current row as an Int, nil for NULL.
    private static func int(_ s: SQLiteStatement, _ index: Int32) -> Int? {
        sqlite3_column_type(s, index) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(s, index))
    }

    /// Column `index` of the current row as an Int64, nil for NULL.
    private static func int64(_ s: SQLiteStatement, _ index: Int32) -> Int64? {
        sqlite3_column_type(s, index) == SQLITE_NULL ? nil : sqlite3_column_int64(s, index)
    }
}

/// Where a range of the series order starts: an indicator and a scope.
private struct SeriesBound: Sendable {
    var indicator: String
    var scope: String
}
