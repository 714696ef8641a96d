public import RostrumModel
import Foundation
import GRDB
import RostrumText

/// The embedded knowledge base: one SQLite file in WAL mode, through a GRDB `DatabasePool`.
///
/// Readers run in parallel with the single writer. Every document is written in one
/// transaction, so an interrupted ingest leaves either the whole document or nothing. All SQL
/// is parameterised; the full-text index uses the shared analyzer (`RostrumTokenizer`).
public final class SQLiteStore: Store {
    let pool: DatabasePool
    /// Where the database lives.
    public let path: String

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// - Throws: `StoreError.cannotOpen` with the reason.
    public init(path: String) throws(StoreError) {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            db.add(tokenizer: RostrumTokenizer.self)
            db.add(function: SQLiteStore.keyFunction)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Schema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    public func ingest(_ document: ExtractedDocument, raw: String, source: String?) async throws -> IngestOutcome {
        let hash = raw.isEmpty ? ContentHash.of(document.jsonText(pretty: false)) : ContentHash.of(raw)
        return try await write { db in try DocumentWriter(db: db).ingest(document, raw: raw, source: source, hash: hash) }
    }

    public func importRecord(_ record: ExportRecord) async throws -> IngestOutcome {
        try await write { db in
            try DocumentWriter(db: db).ingest(record.document, raw: record.raw, source: record.source, hash: record.contentHash)
        }
    }

    @discardableResult
    public func delete(sessionID: Int64) async throws -> Bool {
        try await write { db in try DocumentWriter(db: db).delete(sessionID: sessionID) }
    }

    public func session(id: Int64) async throws -> StoredSession? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, content_hash, source, raw_text, document_json FROM sessions WHERE id = ?", arguments: [id])
            else { return nil }
            return try Self.storedSession(row)
        }
    }

    public func exportAll() async throws -> [ExportRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT id, content_hash, source, raw_text, document_json FROM sessions ORDER BY id").map {
                let s = try Self.storedSession($0)
                return ExportRecord(contentHash: s.contentHash, source: s.source, raw: s.raw, document: s.document)
            }
        }
    }

    /// `rostrum_key(text)`: the folded comparison key of a name or subject, for word filters in SQL.
    static let keyFunction = DatabaseFunction("rostrum_key", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return DocumentWriter.key(text)
    }

    static func storedSession(_ row: Row) throws -> StoredSession {
        let json: String = row["document_json"]
        let document: ExtractedDocument
        do {
            document = try JSONDecoder().decode(ExtractedDocument.self, from: Data(json.utf8))
        } catch {
            throw StoreError.database("session \(row["id"] as Int64) holds an unreadable document")
        }
        return StoredSession(id: row["id"], contentHash: row["content_hash"], source: row["source"], raw: row["raw_text"], document: document)
    }

    /// A write transaction with GRDB's errors turned into `StoreError`.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error.resultCode)")
        }
    }

    /// A read with GRDB's errors turned into `StoreError`.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch let error as DatabaseError {
            throw StoreError.database(error.message ?? "\(error.resultCode)")
        }
    }
}
