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
        facets.events = try Self.named(db, events, table: .events, index: index, columns: columns)
        facets.years = years
        facets.kinds = kinds
        facets.topics = topics
        facets.countries = countries
        return facets
    }

    private static func named(_ db: Database, _ candidates: [Candidate], table: FacetTable, index: QuoteIndexCache,
                              columns: QuoteColumns) throws -> [FacetCount] {
        guard !candidates.isEmpty else { return [] }
        let names = try index.names(db, table, ids: candidates.map(\.id), columns: columns)
        return FacetCounter.top(candidates.compactMap { entry in names[entry.id].map { ($0, entry.count) } })
    }
}
