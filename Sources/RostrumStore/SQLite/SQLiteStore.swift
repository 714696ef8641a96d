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
    /// Filter and facet columns of every quote, shared by the readers (see `QuoteColumns`).
    let quoteIndex: QuoteIndexCache
    /// Results of recent searches, until the next write (see `SearchResultCache`).
    let searchCache: SearchResultCache
    /// Where the database lives.
    public let path: String
    /// Name keys the writer worked out, kept across write transactions.
    let nameKeys = NameKeyMemo()

    /// Opens (creating if needed) the database at `path` and brings its schema up to date;
    /// `searchCache` bounds the cache of recent search results (`.disabled` turns it off), and
    /// `columnsFile` says whether the search columns are kept in a file next to the database.
    /// - Throws: `StoreError.cannotOpen` with the reason.
    public init(path: String, searchCache: SearchCacheLimits = .standard, columnsFile: SearchColumnsFile = .standard) throws(StoreError) {
        self.path = path
        self.searchCache = SearchResultCache(limits: searchCache)
        quoteIndex = QuoteIndexCache(databasePath: path, file: columnsFile)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            db.add(tokenizer: RostrumTokenizer.self)
            db.add(function: SQLiteStore.keyFunction)
            // WAL with synchronous=NORMAL: a commit is durable at the next checkpoint, never corrupt.
            // 32 MB of page cache per connection, temporary tables in memory; readers map the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY")
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            } else {
                // Checkpoint every ~32 MB of WAL instead of 4 MB: fewer, larger writes to the file.
                // The writer keeps 128 MB of pages: index inserts land all over a large database.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192; PRAGMA cache_size = -131072")
            }
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
        let outcomes = try await ingest(batch: [IngestItem(document: document, raw: raw, source: source)])
        guard let outcome = outcomes.first else { throw StoreError.database("the document was not written") }
        return try outcome.get()
    }

    /// All documents in one write transaction, each all-or-nothing: a document that fails rolls
    /// back alone and is reported in its place; the others are committed together.
    public func ingest(batch: [IngestItem]) async throws -> [Result<IngestOutcome, StoreError>] {
        guard !batch.isEmpty else { return [] }
        // Serialising and hashing happen before the writer is taken, on all cores.
        let prepared = await Self.prepare(batch)
        let keys = nameKeys
        // Fast path: the whole batch in one transaction without savepoints (FTS5 flushes its
        // pending terms into a new segment at every savepoint, and savepoints journal pages).
        // When any document fails, that transaction is rolled back and the batch is written again
        // with a savepoint per document, so the failure is reported alone.
        do {
            return try await write { db in
                let writer = DocumentWriter(db: db, cache: WriterCache(keys: keys))
                var outcomes: [Result<IngestOutcome, StoreError>] = []
                outcomes.reserveCapacity(prepared.count)
                for prepared in prepared {
                    do {
                        outcomes.append(.success(try writer.ingest(prepared)))
                    } catch {
                        throw BatchFailure()
                    }
                }
                try writer.flushCounts()
                return outcomes
            }
        } catch is BatchFailure {
            return try await ingestCarefully(prepared)
        }
    }

    /// Thrown inside the fast path to roll the batch back.
    private struct BatchFailure: Error {}

    /// `prepared` in one transaction, each document in its own savepoint.
    private func ingestCarefully(_ prepared: [PreparedItem]) async throws -> [Result<IngestOutcome, StoreError>] {
        let keys = nameKeys
        return try await write { db in
            let writer = DocumentWriter(db: db, cache: WriterCache(keys: keys))
            var outcomes: [Result<IngestOutcome, StoreError>] = []
            outcomes.reserveCapacity(prepared.count)
            for prepared in prepared {
                var outcome: IngestOutcome?
                do {
                    try db.inSavepoint {
                        outcome = try writer.ingest(prepared)
                        try writer.flushCounts()
                        return .commit
                    }
                } catch {
                    // Rows the cache names may have been rolled back with the savepoint.
                    writer.cache.forget()
                    // An error that ended the whole transaction ends the batch.
                    guard db.isInsideTransaction else { throw error }
                    outcomes.append(.failure(Self.storeError(error)))
                    continue
                }
                outcomes.append(outcome.map { .success($0) } ?? .failure(.database("the document was not written")))
            }
            return outcomes
        }
    }

    public func importRecord(_ record: ExportRecord) async throws -> IngestOutcome {
        try await write { db in
            let writer = DocumentWriter(db: db)
            let preparation = IngestPreparation(document: record.document, raw: record.raw,
                                                columns: SessionColumns(document: record.document, raw: record.raw), hash: record.contentHash)
            let outcome = try writer.ingest(PreparedItem(item: IngestItem(document: record.document, raw: record.raw, source: record.source), preparation: preparation))
            try writer.flushCounts()
            return outcome
        }
    }

    @discardableResult
    public func delete(sessionID: Int64) async throws -> Bool {
        try await write { db in try DocumentWriter(db: db).delete(sessionID: sessionID) }
    }

    /// An item with its preparation.
    struct PreparedItem: Sendable {
        var item: IngestItem
        var preparation: IngestPreparation
    }

    /// `batch` prepared for the writer, in parallel slices, in batch order; items prepared already
    /// (`IngestItem.preparation`) keep theirs.
    static func prepare(_ batch: [IngestItem]) async -> [PreparedItem] {
        if batch.allSatisfy({ $0.preparation != nil }) {
            return batch.compactMap { item in item.preparation.map { PreparedItem(item: item, preparation: $0) } }
        }
        @Sendable func prepareOne(_ item: IngestItem) -> PreparedItem {
            PreparedItem(item: item, preparation: item.preparation ?? IngestPreparation(document: item.document, raw: item.raw))
        }
        let slices = min(ProcessInfo.processInfo.activeProcessorCount, batch.count)
        guard slices > 1 else { return batch.map(prepareOne) }
        let size = (batch.count + slices - 1) / slices
        return await withTaskGroup(of: (Int, [PreparedItem]).self) { group in
            for start in stride(from: 0, to: batch.count, by: size) {
                let slice = batch[start..<min(start + size, batch.count)]
                group.addTask { (start, slice.map(prepareOne)) }
            }
            var parts: [(Int, [PreparedItem])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// A database error as a `StoreError`.
    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError { return .database(error.message ?? "\(error.resultCode)") }
        return .database("\(error)")
    }

    public func session(id: Int64) async throws -> StoredSession? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, content_hash, source, raw_text, document_json, raw_deflated, document_deflated FROM sessions WHERE id = ?", arguments: [id])
            else { return nil }
            return try Self.storedSession(row)
        }
    }

    public func exportAll() async throws -> [ExportRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT id, content_hash, source, raw_text, document_json, raw_deflated, document_deflated FROM sessions ORDER BY id").map {
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

    /// The document of a `sessions` row holding `document_json` and `document_deflated` (older rows
    /// keep the plain column, newer ones the deflated one).
    static func storedDocument(_ row: Row) throws -> ExtractedDocument {
        let json: String
        if let deflated = row["document_deflated"] as Data? {
            json = try DeflatedText.inflate(deflated)
        } else {
            json = row["document_json"]
        }
        return try JSONDecoder().decode(ExtractedDocument.self, from: Data(json.utf8))
    }

    /// A `sessions` row (with both the plain columns of older rows and the deflated ones) as a session.
    static func storedSession(_ row: Row) throws -> StoredSession {
        let id: Int64 = row["id"]
        let document: ExtractedDocument
        let raw: String
        do {
            document = try storedDocument(row)
            if let deflated = row["raw_deflated"] as Data? {
                raw = try DeflatedText.inflate(deflated)
            } else {
                raw = row["raw_text"]
            }
        } catch {
            throw StoreError.database("session \(id) holds an unreadable document (\(error))")
        }
        return StoredSession(id: id, contentHash: row["content_hash"], source: row["source"], raw: raw, document: document)
    }

    /// A write transaction with GRDB's errors turned into `StoreError`. Every write transaction
    /// moves the generation on, which tells readers that their in-memory `QuoteIndex` is stale.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write { db in
                let result = try body(db)
                try db.cachedStatement(sql: "UPDATE store_meta SET value = value + 1 WHERE key = 'generation'").execute()
                return result
            }
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
