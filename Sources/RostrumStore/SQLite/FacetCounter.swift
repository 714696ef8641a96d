import GRDB

/// Facet counts over every hit of a search, counted in arrays indexed by id or code.
///
/// All counts live in one buffer (people, organisations, events, years, kinds, topics, countries
/// one after the other) and one pass over the hits reads each hit's packed `FacetRow`.
/// Speakers, organisations and events are counted by id and named afterwards, only those that
/// can place in the top `SQLiteStore.facetLimit`; ties are resolved by value (UTF-8 byte order).
struct FacetCounter {
    private(set) var total = 0
    private var counts: [Int32]
    private let organizationBase: Int
    private let eventBase: Int
    private let yearBase: Int
    private let kindBase: Int
    private let topicBase: Int
    private let countryBase: Int
    static let yearCount = 10_000

    init(_ c: QuoteColumns) {
        organizationBase = Int(c.maxPerson) + 1
        eventBase = organizationBase + Int(c.maxOrganization) + 1
        yearBase = eventBase + Int(c.maxEvent) + 1
        kindBase = yearBase + Self.yearCount
        topicBase = kindBase + c.kindNames.names.count + 1
        countryBase = topicBase + c.topicNames.names.count + 1
        counts = [Int32](repeating: 0, count: countryBase + c.countryNames.names.count + 1)
    }

    private var people: ArraySlice<Int32> { counts[0..<organizationBase] }
    private var organizations: ArraySlice<Int32> { counts[organizationBase..<eventBase] }
    private var events: ArraySlice<Int32> { counts[eventBase..<yearBase] }
    private var years: ArraySlice<Int32> { counts[yearBase..<kindBase] }
    private var kinds: ArraySlice<Int32> { counts[kindBase..<topicBase] }
    private var topics: ArraySlice<Int32> { counts[topicBase..<countryBase] }
    private var countries: ArraySlice<Int32> { counts[countryBase...] }

    /// Counts the quotes in `slots` (valid slots of `c`), one pass over their packed rows.
    mutating func add(_ slots: [Int32], _ c: QuoteColumns) {
        total += slots.count
        let (o, e, y, k, t, n) = (organizationBase, eventBase, yearBase, kindBase, topicBase, countryBase)
        let yearCount = Self.yearCount
        counts.withUnsafeMutableBufferPointer { counts in
            guard let counts = counts.baseAddress else { return }
            c.rows.withUnsafeBufferPointer { rows in
                c.topics.withUnsafeBufferPointer { topics in
                    c.countries.withUnsafeBufferPointer { countries in
                        for s in slots {
                            let row = rows[Int(s)]
                            counts[Int(row.person)] &+= 1
                            counts[o + Int(row.organization)] &+= 1
                            counts[e + Int(row.event)] &+= 1
                            let year = Int(row.year)
                            if year > 0, year < yearCount { counts[y + year] &+= 1 }
                            counts[k + Int(row.kind)] &+= 1
                            let next = rows[Int(s) + 1]
                            var i = Int(row.topicStart)
                            while i < Int(next.topicStart) {
                                counts[t + Int(topics[i])] &+= 1
                                i += 1
                            }
                            i = Int(row.countryStart)
                            while i < Int(next.countryStart) {
                                counts[n + Int(countries[i])] &+= 1
                                i += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// The facets, most frequent first.
    func facets(_ db: Database, _ c: QuoteColumns) throws -> SearchFacets {
        var facets = SearchFacets()
        guard total > 0 else { return facets }
        facets.speakers = try Self.named(db, Array(people), table: "people")
        facets.organizations = try Self.named(db, Array(organizations), table: "organizations")
        facets.events = try Self.named(db, Array(events), table: "events")
        let years = Array(self.years)
        facets.years = Self.top(years.indices.compactMap { years[$0] > 0 ? (String($0), Int(years[$0])) : nil })
        facets.kinds = Self.top(Self.coded(Array(kinds), c.kindNames))
        facets.topics = Self.top(Self.coded(Array(topics), c.topicNames))
        facets.countries = Self.top(Self.coded(Array(countries), c.countryNames))
        return facets
    }

    private static func coded(_ counts: [Int32], _ book: CodeBook) -> [(String, Int)] {
        book.names.indices.compactMap { counts[$0] > 0 ? (book.names[$0], Int(counts[$0])) : nil }
    }

    /// The `facetLimit` most frequent ids of `table` (index 0 is "none" and not counted) with their names.
    private static func named(_ db: Database, _ counts: [Int32], table: String) throws -> [FacetCount] {
        var nonzero: [(id: Int64, count: Int)] = []
        for id in 1..<max(counts.count, 1) where counts[id] > 0 { nonzero.append((Int64(id), Int(counts[id]))) }
        guard !nonzero.isEmpty else { return [] }
        // Ties at the cut-off are resolved by name, so fetch the names of every id that can still place.
        nonzero.sort { $0.count > $1.count }
        let threshold = nonzero[min(SQLiteStore.facetLimit, nonzero.count) - 1].count
        let candidates = nonzero.prefix { $0.count >= threshold }
        var names: [Int64: String] = [:]
        let ids = candidates.map(\.id)
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let slice = Array(ids[chunk..<min(chunk + 500, ids.count)])
            // `table` is one of three literals of this file's callers, never user input.
            let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM \(table) WHERE id IN (\(FilterSQL.placeholders(slice.count)))",
                                        arguments: StatementArguments(slice))
            for row in rows { names[row[0]] = row[1] }
        }
        return top(candidates.compactMap { entry in names[entry.id].map { ($0, entry.count) } })
    }

    /// The most frequent values first, ties by value as SQLite orders text (by UTF-8 bytes).
    private static func top(_ items: [(String, Int)]) -> [FacetCount] {
        items.sorted { a, b in a.1 != b.1 ? a.1 > b.1 : Array(a.0.utf8).lexicographicallyPrecedes(Array(b.0.utf8)) }
            .prefix(SQLiteStore.facetLimit).map { FacetCount(value: $0.0, count: $0.1) }
    }
}
