import Foundation
import GRDB

/// The newest `QuoteColumns` a store's readers have built, shared by all of them.
///
/// Each read asks for the columns of its own snapshot: the `store_meta` counters say whether the
/// held copy is current, only behind by new quotes (appended), or stale after a deletion (built
/// again). A reader whose snapshot is older than the held copy builds a private copy, so results
/// always describe exactly the snapshot they were read from.
final class QuoteIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var current: QuoteColumns?
    /// Postings read for the columns of `postingsStamp` (generation, deletions), by term.
    private var postings: [PostingKey: TermPostings] = [:]
    private var postingsStamp: (Int64, Int64) = (-1, -1)
    private var cachedPositions = 0
    /// At most this many positions (4 bytes each) stay cached; beyond, the cache starts over.
    static let maxCachedPositions = 32_000_000

    private struct PostingKey: Hashable {
        var term: String
        var prefix: Bool
    }

    init() {}

    /// Columns matching the snapshot of `db` (inside a read).
    func columns(_ db: Database) throws -> QuoteColumns {
        var generation: Int64 = 0, deletions: Int64 = 0
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT key, value FROM store_meta")) {
            switch row[0] as String {
            case "generation": generation = row[1]
            case "deletions": deletions = row[1]
            default: break
            }
        }
        lock.lock()
        let held = current
        lock.unlock()
        if let held, held.generation == generation, held.deletions == deletions { return held }
        var next: QuoteColumns
        if let held, held.deletions == deletions, held.generation < generation {
            next = held
        } else {
            next = QuoteColumns()
        }
        try next.appendNewQuotes(db)
        next.generation = generation
        next.deletions = deletions
        lock.lock()
        if (current?.generation ?? -1) < generation { current = next }
        lock.unlock()
        return next
    }

    /// The postings of `term` for the snapshot `columns` describes, cached until the next write.
    func postings(_ db: Database, term: String, prefix: Bool, columns: QuoteColumns) throws -> TermPostings {
        let key = PostingKey(term: term, prefix: prefix)
        let stamp = (columns.generation, columns.deletions)
        lock.lock()
        if postingsStamp == stamp, let held = postings[key] {
            lock.unlock()
            return held
        }
        lock.unlock()
        let loaded = try TermPostings.load(db, term: term, prefix: prefix, columns: columns)
        lock.lock()
        defer { lock.unlock() }
        if postingsStamp != stamp, stamp.0 >= postingsStamp.0 {
            postings.removeAll()
            cachedPositions = 0
            postingsStamp = stamp
        }
        if postingsStamp == stamp {
            if cachedPositions + loaded.positions.count > Self.maxCachedPositions {
                postings.removeAll()
                cachedPositions = 0
            }
            postings[key] = loaded
            cachedPositions += loaded.positions.count
        }
        return loaded
    }
}
