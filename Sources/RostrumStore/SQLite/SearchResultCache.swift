import Foundation

/// The results of recent searches, least recently used first out, valid for one state of the store.
///
/// Why: a search server answers the same queries again and again (links, facet clicks, pages back
/// and forth), as Solr's queryResultCache and Elasticsearch's request cache know. A key is the
/// analysed query (the MATCH text of what must and must not match, so `Trade` and `trade` share
/// an entry), the filters, the sort, the page and whether sessions were asked for. Every entry
/// belongs to one `Stamp` — the store's write generation and deletion counter, read in the same
/// snapshot as the search — and a lookup or store with a newer stamp empties the cache first, so
/// no result outlives a write (an ingest, a delete, an import, a token change).
final class SearchResultCache: @unchecked Sendable {
    /// The store state entries belong to: `store_meta`'s generation and deletions.
    struct Stamp: Hashable, Sendable {
        var generation: Int64
        var deletions: Int64
    }

    /// What identifies a search.
    struct Key: Hashable, Sendable {
        var positive: String?
        var negative: String?
        var filters: SearchFilters
        var limit: Int
        var offset: Int
        var sort: SearchSort
        var sessions: Bool
    }

    /// A cached answer.
    enum Value: Sendable {
        case quotes(SearchResults)
        case sessions(SessionSearchResults)
    }

    private struct Entry {
        var key: Key
        var value: Value
        var bytes: Int
        var older: Int
        var newer: Int
    }

    let limits: SearchCacheLimits
    private let lock = NSLock()
    private var stamp: Stamp?
    private var slots: [Int: Entry] = [:]
    private var index: [Key: Int] = [:]
    private var nextSlot = 0
    /// The most and least recently used slots (-1 when empty).
    private var newest = -1
    private var oldest = -1
    private(set) var bytes = 0

    init(limits: SearchCacheLimits) {
        self.limits = limits
    }

    /// How many searches are held.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return index.count
    }

    /// The cached answer to `key` in the store state `stamp`, marked as just used.
    func value(for key: Key, stamp: Stamp) -> Value? {
        guard limits.isEnabled else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard self.stamp == stamp, let slot = index[key], let entry = slots[slot] else { return nil }
        unlink(slot)
        link(slot)
        return entry.value
    }

    /// Remembers `value` for `key` in the store state `stamp`; an answer from an older state than
    /// the one held is dropped, one from a newer state empties the cache first.
    func store(_ value: Value, for key: Key, stamp: Stamp) {
        guard limits.isEnabled else { return }
        let size = Self.size(of: value, key: key)
        guard size <= limits.bytes else { return }
        lock.lock()
        defer { lock.unlock() }
        if let held = self.stamp, held != stamp {
            if stamp.generation < held.generation || stamp.deletions < held.deletions { return }
            removeAll()
        }
        self.stamp = stamp
        if let slot = index[key] { remove(slot) }
        while !index.isEmpty, index.count >= limits.entries || bytes + size > limits.bytes {
            remove(oldest)
        }
        let slot = nextSlot
        nextSlot += 1
        slots[slot] = Entry(key: key, value: value, bytes: size, older: -1, newer: -1)
        index[key] = slot
        bytes += size
        link(slot)
    }

    private func removeAll() {
        slots.removeAll(keepingCapacity: true)
        index.removeAll(keepingCapacity: true)
        newest = -1
        oldest = -1
        bytes = 0
    }

    private func remove(_ slot: Int) {
        guard let entry = slots[slot] else { return }
        unlink(slot)
        slots[slot] = nil
        index[entry.key] = nil
        bytes -= entry.bytes
    }

    /// Makes `slot` the newest.
    private func link(_ slot: Int) {
        slots[slot]?.older = newest
        slots[slot]?.newer = -1
        if newest >= 0 { slots[newest]?.newer = slot }
        newest = slot
        if oldest < 0 { oldest = slot }
    }

    private func unlink(_ slot: Int) {
        guard let entry = slots[slot] else { return }
        if entry.older >= 0 { slots[entry.older]?.newer = entry.newer } else { oldest = entry.newer }
        if entry.newer >= 0 { slots[entry.newer]?.older = entry.older } else { newest = entry.older }
    }

    /// An estimate of what `value` holds: its strings' UTF-8 bytes and a fixed cost per part.
    static func size(of value: Value, key: Key) -> Int {
        func text(_ s: String?) -> Int { s.map { $0.utf8.count + 16 } ?? 0 }
        func hit(_ h: SearchHit) -> Int {
            96 + text(h.sessionTitle) + text(h.event) + text(h.date) + text(h.text) + text(h.snippet)
                + text(h.speaker?.name) + text(h.speaker?.position) + text(h.speaker?.organization)
                + h.topics.reduce(0) { $0 + text($1) }
        }
        func facets(_ f: SearchFacets) -> Int {
            [f.speakers, f.organizations, f.topics, f.events, f.years, f.countries, f.kinds].joined().reduce(0) { $0 + 24 + text($1.value) }
        }
        let keySize = 128 + text(key.positive) + text(key.negative)
        switch value {
        case .quotes(let r): return keySize + r.hits.reduce(0) { $0 + hit($1) } + facets(r.facets)
        case .sessions(let r): return keySize + r.hits.reduce(0) { $0 + 64 + text($1.title) + text($1.event) + text($1.date) + hit($1.best) }
        }
    }
}
