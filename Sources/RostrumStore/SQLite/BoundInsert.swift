import GRDB
import GRDBSQLite

/// A cached write statement run with its parameters bound straight through SQLite's C API.
///
/// The writer runs a few statements (quotes, figures, topics, countries, full-text rows) tens of
/// times per document; building `StatementArguments` for each (an array of boxed values, then
/// bound one by one) cost more than SQLite's own work for the small ones. The SQL stays
/// parameterised; strings are bound as GRDB binds them (copied by SQLite). Bind every parameter
/// before each `execute`.
struct BoundInsert {
    let statement: Statement

    init(_ statement: Statement) {
        self.statement = statement
    }

    /// Binds an integer (NULL for nil) to the 1-based parameter `index`.
    func bind(_ index: CInt, _ value: Int64?) throws {
        try check(value.map { sqlite3_bind_int64(statement.sqliteStatement, index, $0) } ?? sqlite3_bind_null(statement.sqliteStatement, index))
    }

    /// Binds an integer (NULL for nil) to the 1-based parameter `index`.
    func bind(_ index: CInt, _ value: Int?) throws {
        try bind(index, value.map { Int64($0) })
    }

    /// Binds a boolean as 0 or 1, as GRDB stores it.
    func bind(_ index: CInt, _ value: Bool) throws {
        try bind(index, Int64(value ? 1 : 0))
    }

    /// Binds a real (NULL for nil; SQLite stores NaN as NULL) to the 1-based parameter `index`.
    func bind(_ index: CInt, _ value: Double?) throws {
        try check(value.map { sqlite3_bind_double(statement.sqliteStatement, index, $0) } ?? sqlite3_bind_null(statement.sqliteStatement, index))
    }

    /// Binds a text (NULL for nil) to the 1-based parameter `index`, copied by SQLite.
    func bind(_ index: CInt, _ value: String?) throws {
        try check(value.map { $0.bind(to: statement.sqliteStatement, at: index) } ?? sqlite3_bind_null(statement.sqliteStatement, index))
    }

    /// Runs the statement with the bound parameters and resets it for the next use.
    /// - Throws: `DatabaseError` as GRDB reports it (a constraint that failed, for instance).
    func execute(_ db: Database) throws {
        let code = sqlite3_step(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(statement.sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(statement.sqliteStatement)
    }

    /// Throws when SQLite refused a binding.
    private func check(_ code: CInt) throws {
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind a parameter", sql: statement.sql) }
    }
}
