import GRDB

/// A search's facet counts per value, before the leading people, organisations and events are
/// named: what `FacetCounter.tallies` computes (pure) and `facets` finishes with the database.
struct FacetTallies: Sendable {
    /// An id of `people`, `organizations` or `events` that can place in the top
    /// `SQLiteStore.facetLimit`, with its count.
    struct Candidate: Sendable {
        var id: Int64
        var count: Int
    }

    var total = 0
    var people: [Candidate] = []
    var organizations: [Candidate] = []
    var events: [Candidate] = []
    var years: [FacetCount] = []
    var kinds: [FacetCount] = []
    var topics: [FacetCount] = []
    var countries: [FacetCount] = []

    /// The facets, most frequent first, the candidates named (names read once per snapshot by `index`).
    func facets(_ db: Database, index: QuoteIndexCache, columns: QuoteColumns) throws -> SearchFacets {
        var facets = SearchFacets()
        facets.speakers = try Self.named(db, people, table: .people, index: index, columns: columns)
        facets.organizations = try Self.named(db, organizations, table: .organizations, index: index, columns: columns)
        facets.events = try Self.joinedEvents(db, events, index: index, columns: columns)
        facets.years = years
        facets.kinds = kinds
        facets.topics = topics
        facets.countries = countries
        return facets
    }

    /// The events named and counted once per forum edition: the English and Russian names of one
    /// forum and year (`ForumNames.canonicalKey`) are one entry, shown under the name most of
    /// its hits carry (on a tie, the first in UTF-8 order); its count is their sum. An `event:`
    /// filter with that name finds all of them (`ForumNames.equivalents`).
    private static func joinedEvents(_ db: Database, _ candidates: [Candidate], index: QuoteIndexCache,
                                     columns: QuoteColumns) throws -> [FacetCount] {
        guard !candidates.isEmpty else { return [] }
        let names = try index.names(db, .events, ids: candidates.map(\.id), columns: columns)
        var groups: [String: (name: String, best: Int, total: Int)] = [:]
        for entry in candidates {
            guard let name = names[entry.id] else { continue }
            let key = index.eventKey(name)
            guard var group = groups[key] else {
                groups[key] = (name, entry.count, entry.count)
                continue
            }
            group.total += entry.count
            if entry.count > group.best || (entry.count == group.best && Array(name.utf8).lexicographicallyPrecedes(Array(group.name.utf8))) {
                group.name = name
                group.best = entry.count
            }
            groups[key] = group
        }
        return FacetCounter.top(groups.values.map { ($0.name, $0.total) })
    }

    private static func named(_ db: Database, _ candidates: [Candidate], table: FacetTable, index: QuoteIndexCache,
                              columns: QuoteColumns) throws -> [FacetCount] {
        guard !candidates.isEmpty else { return [] }
        let names = try index.names(db, table, ids: candidates.map(\.id), columns: columns)
        return FacetCounter.top(candidates.compactMap { entry in names[entry.id].map { ($0, entry.count) } })
    }
}
