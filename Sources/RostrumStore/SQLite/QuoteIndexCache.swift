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
}
