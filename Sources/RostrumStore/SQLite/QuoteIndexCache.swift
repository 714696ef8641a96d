import Foundation
import GRDB

/// The newest `QuoteColumns` a store's readers have built, shared by all of them.
///
/// Each read asks for the columns of its own snapshot: the `store_meta` counters say whether the
/// held copy is current, only behind by new quotes (appended), or stale after a deletion (built
/// again). A reader whose snapshot is older than the held copy builds a private copy, so results
/// always describe exactly the snapshot they were read from.
///
/// With a columns file (`QuoteColumnsFile`), a process that holds no columns yet starts from the
/// saved ones when they describe this store before the current snapshot (appending the quotes
/// written since), and saves its columns again once it has added enough quotes to them.
final class QuoteIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var current: QuoteColumns?
    /// The database file whose columns file is read and written; nil for none.
    private let databasePath: String?
    private let file: SearchColumnsFile
    /// Whether this process has looked for the columns file yet.
    private var lookedForFile = false
    /// The quote count and deletion counter of the columns file as this process last read or wrote
    /// it; nil when there is none it could use.
    private var saved: (quotes: Int, deletions: Int64)?
    /// How many times this process started from the columns file (for diagnostics and tests).
    private(set) var filesUsed = 0
    /// Postings read for the columns of `postingsStamp` (generation, deletions), by term.
    private var postings: [PostingKey: TermPostings] = [:]
    /// Scored hits of phrases (words, phrases, prefixes) for the same columns.
    private var phrases: [MatchExpression.Phrase: TextMatcher.Hits] = [:]
    /// Names of the people, organisations and events that facets showed, for the same columns.
    private var names: [FacetName: String] = [:]
    private var postingsStamp: (Int64, Int64) = (-1, -1)
    /// Positions (4 bytes each) and phrase hits (12 bytes each, counted as 3 positions) held.
    private var cachedPositions = 0
    /// The other spellings of the words of people's names (`NameSpellings`).
    let nameSpellings = NameSpellings()
    /// Organisation names in loose Latin, for `org:` across scripts (`OrganizationSpellings`).
    let organizationSpellings = OrganizationSpellings()
    /// Event name → its forum-edition key (`ForumNames.canonicalKey`), for the events facet: a
    /// name's key never changes, so it is worked out once per name, not per search.
    private var eventKeys: [String: String] = [:]
    /// At most this many positions stay cached; beyond, the cache starts over.
    static let maxCachedPositions = 32_000_000

    private struct PostingKey: Hashable {
        var term: String
        var prefix: Bool
    }

    private struct FacetName: Hashable {
        var table: FacetTable
        var id: Int64
    }

    /// A cache keeping the columns of the database at `databasePath` in a file as `file` says.
    init(databasePath: String? = nil, file: SearchColumnsFile = .off) {
        self.databasePath = databasePath
        self.file = file
    }

    /// The `store_meta` counters of the snapshot of `db` (inside a read): what state it shows.
    static func stamp(_ db: Database) throws -> SearchResultCache.Stamp {
        var stamp = SearchResultCache.Stamp(generation: 0, deletions: 0)
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT key, value FROM store_meta")) {
            switch row[0] as String {
            case "generation": stamp.generation = row[1]
            case "deletions": stamp.deletions = row[1]
            default: break
            }
        }
        return stamp
    }

    /// Columns matching the snapshot of `db` (inside a read).
    func columns(_ db: Database) throws -> QuoteColumns {
        try columns(db, stamp: Self.stamp(db))
    }

    /// Columns matching the snapshot of `db`, whose counters are `stamp` (inside a read).
    func columns(_ db: Database, stamp: SearchResultCache.Stamp) throws -> QuoteColumns {
        let (generation, deletions) = (stamp.generation, stamp.deletions)
        lock.lock()
        let held = current
        lock.unlock()
        if let held, held.generation == generation, held.deletions == deletions { return held }
        var next: QuoteColumns
        if let held, held.deletions == deletions, held.generation < generation {
            next = held
        } else if held == nil, let saved = try savedColumns(db, stamp: stamp) {
            next = saved
        } else {
            next = QuoteColumns()
        }
        try next.appendNewQuotes(db)
        next.generation = generation
        next.deletions = deletions
        lock.lock()
        let isNewest = (current?.generation ?? -1) < generation
        if isNewest { current = next }
        lock.unlock()
        if isNewest { try save(next, db) }
        return next
    }

    /// The saved columns when the file describes this store at the deletion count of `stamp` and
    /// at most its generation (only quotes written since are missing); nil otherwise. The file is
    /// looked for once per process.
    private func savedColumns(_ db: Database, stamp: SearchResultCache.Stamp) throws -> QuoteColumns? {
        guard case .kept = file, let databasePath, let storeID = try Self.storeID(db) else { return nil }
        lock.lock()
        let looked = lookedForFile
        lookedForFile = true
        lock.unlock()
        guard !looked, let (header, columns) = QuoteColumnsFile.read(databasePath: databasePath),
              header.storeID == storeID, header.deletions == stamp.deletions, header.generation <= stamp.generation
        else { return nil }
        lock.lock()
        saved = (columns.quoteCount, header.deletions)
        filesUsed += 1
        lock.unlock()
        return columns
    }

    /// Writes `columns` to the columns file when the file is missing, from before a deletion, or
    /// lacks enough of their quotes. A file that cannot be written (a read-only folder) only makes
    /// the next start slower: no error.
    private func save(_ columns: QuoteColumns, _ db: Database) throws {
        guard case .kept(let threshold) = file, let databasePath, let storeID = try Self.storeID(db) else { return }
        lock.lock()
        let due = saved.map { $0.deletions != columns.deletions || columns.quoteCount - $0.quotes >= threshold } ?? true
        if due { saved = (columns.quoteCount, columns.deletions) }
        lock.unlock()
        guard due else { return }
        try? QuoteColumnsFile.write(columns, storeID: storeID, databasePath: databasePath)
    }

    /// The store's random id (schema v11), which a columns file must name.
    private static func storeID(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM store_meta WHERE key = 'store_id'"))
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
        if admit(stamp, cost: loaded.positions.count) { postings[key] = loaded }
        return loaded
    }

    /// The scored hits of `phrase` for the snapshot `columns` describes, cached until the next write.
    func phraseHits(_ db: Database, _ phrase: MatchExpression.Phrase, columns: QuoteColumns) throws -> TextMatcher.Hits {
        let stamp = (columns.generation, columns.deletions)
        lock.lock()
        if postingsStamp == stamp, let held = phrases[phrase] {
            lock.unlock()
            return held
        }
        lock.unlock()
        // A term found nowhere ends the phrase early (the other spellings of a compound,
        // `CompoundForms`, often name a term no quote holds).
        var lists: [TermPostings] = []
        for (index, term) in phrase.terms.enumerated() {
            let list = try postings(db, term: term, prefix: phrase.prefix && index == phrase.terms.count - 1, columns: columns)
            if list.slots.isEmpty {
                lists = []
                break
            }
            lists.append(list)
        }
        let hits = TextMatcher.hits(of: phrase, lists: lists, columns: columns)
        lock.lock()
        defer { lock.unlock() }
        if admit(stamp, cost: hits.slots.count * 3) { phrases[phrase] = hits }
        return hits
    }

    /// The forum-edition key of the event named `name` (`ForumNames.canonicalKey` of its folded key).
    func eventKey(_ name: String) -> String {
        lock.lock()
        if let held = eventKeys[name] {
            lock.unlock()
            return held
        }
        lock.unlock()
        let key = ForumNames.canonicalKey(DocumentWriter.key(name))
        lock.lock()
        defer { lock.unlock() }
        if eventKeys.count >= 100_000 { eventKeys.removeAll() }
        eventKeys[name] = key
        return key
    }

    /// The names of those `ids` of `table` that exist, read once per snapshot: facets name the
    /// same leading people, organisations and events search after search.
    func names(_ db: Database, _ table: FacetTable, ids: [Int64], columns: QuoteColumns) throws -> [Int64: String] {
        let stamp = (columns.generation, columns.deletions)
        var found: [Int64: String] = [:]
        var missing: [Int64] = []
        lock.lock()
        let current = postingsStamp == stamp
        for id in ids {
            if current, let name = names[FacetName(table: table, id: id)] { found[id] = name } else { missing.append(id) }
        }
        lock.unlock()
        guard !missing.isEmpty else { return found }
        let statement = try db.cachedStatement(sql: table.nameSQL)
        var read: [(Int64, String)] = []
        for id in missing {
            if let name = try String.fetchOne(statement, arguments: [id]) { read.append((id, name)) }
        }
        lock.lock()
        defer { lock.unlock() }
        let keep = admit(stamp, cost: read.count)
        for (id, name) in read {
            found[id] = name
            if keep { names[FacetName(table: table, id: id)] = name }
        }
        return found
    }

    /// Whether something of `cost` positions computed for `stamp` may be cached (with the lock
    /// held): a newer stamp empties the cache, an older one is not cached, and the cache starts
    /// over when it would grow beyond its budget.
    private func admit(_ stamp: (Int64, Int64), cost: Int) -> Bool {
        if postingsStamp != stamp, stamp.0 >= postingsStamp.0 {
            postings.removeAll()
            phrases.removeAll()
            names.removeAll()
            cachedPositions = 0
            postingsStamp = stamp
        }
        guard postingsStamp == stamp else { return false }
        if cachedPositions + cost > Self.maxCachedPositions {
            postings.removeAll()
            phrases.removeAll()
            names.removeAll()
            cachedPositions = 0
        }
        cachedPositions += cost
        return true
    }
}
