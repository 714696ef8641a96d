import ArgumentParser
import Foundation
import RostrumStore

/// `--db FILE`, shared by the commands that use the knowledge base.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The database file (default: $ROSTRUM_DATABASE or ./rostrum.sqlite).")
    var path: String?

    /// The path chosen by --db, then ROSTRUM_DATABASE, then ./rostrum.sqlite.
    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["ROSTRUM_DATABASE"].flatMap { $0.isEmpty ? nil : $0 } ?? "./rostrum.sqlite"
    }

    /// Opens the store; `mustExist` refuses to create a database that is not there.
    func open(mustExist: Bool = false, searchCache: SearchCacheLimits = .standard) throws -> SQLiteStore {
        let path = resolvedPath
        if path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
            throw CLIError.message("PostgreSQL databases are not supported yet; use a SQLite file path.")
        }
        if mustExist, !FileManager.default.fileExists(atPath: path) {
            throw CLIError.message("no database at \(path); ingest documents first (rostrum ingest PATH) or pass --db FILE.")
        }
        do {
            return try SQLiteStore(path: path, searchCache: searchCache)
        } catch {
            throw CLIError.message(error.description)
        }
    }
}
