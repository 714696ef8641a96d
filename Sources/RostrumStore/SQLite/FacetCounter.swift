import GRDB

/// Facet counts over every hit of a search, counted in arrays indexed by id or code.
///
/// Speakers, organisations and events are counted by id and named afterwards, only those that
/// can place in the top `SQLiteStore.facetLimit`; ties are resolved by value (UTF-8 byte order).
struct FacetCounter {
    private(set) var total = 0
    private var people: [Int32]
    private var organizations: [Int32]
    private var events: [Int32]
    private var years = [Int32](repeating: 0, count: 10_000)
    private var kinds: [Int32]
    private var topics: [Int32]
    private var countries: [Int32]

    init(_ c: QuoteColumns) {
        people = [Int32](repeating: 0, count: Int(c.maxPerson) + 1)
        organizations = [Int32](repeating: 0, count: Int(c.maxOrganization) + 1)
        events = [Int32](repeating: 0, count: Int(c.maxEvent) + 1)
        kinds = [Int32](repeating: 0, count: c.kindNames.names.count + 1)
        topics = [Int32](repeating: 0, count: c.topicNames.names.count + 1)
        countries = [Int32](repeating: 0, count: c.countryNames.names.count + 1)
    }

    /// Counts the quotes in `slots`, one tight pass per facet column.
    mutating func add(_ slots: [Int32], _ c: QuoteColumns) {
        total += slots.count
        Self.count(slots, c.person, into: &people)
        Self.count(slots, c.organization, into: &organizations)
        Self.count(slots, c.event, into: &events)
        let yearColumn = c.year
        for s in slots {
            let year = Int(yearColumn[Int(s)])
            if year > 0, year < years.count { years[year] &+= 1 }
        }
        let kindColumn = c.kind
        for s in slots { kinds[Int(kindColumn[Int(s)])] &+= 1 }
        Self.countLists(slots, c.topicStart, c.topics, into: &topics)
        Self.countLists(slots, c.countryStart, c.countries, into: &countries)
    }

    private static func count(_ slots: [Int32], _ column: [Int32], into counts: inout [Int32]) {
        counts.withUnsafeMutableBufferPointer { counts in
            column.withUnsafeBufferPointer { column in
                for s in slots { counts[Int(column[Int(s)])] &+= 1 }
            }
        }
    }

    private static func countLists(_ slots: [Int32], _ start: [Int32], _ values: [UInt16], into counts: inout [Int32]) {
        counts.withUnsafeMutableBufferPointer { counts in
            for s in slots {
                var i = Int(start[Int(s)])
                let end = Int(start[Int(s) + 1])
                while i < end {
                    counts[Int(values[i])] &+= 1
                    i += 1
                }
            }
        }
    }

    /// The facets, most frequent first.
    func facets(_ db: Database, _ c: QuoteColumns) throws -> SearchFacets {
        var facets = SearchFacets()
        guard total > 0 else { return facets }
        facets.speakers = try Self.named(db, people, table: "people")
        facets.organizations = try Self.named(db, organizations, table: "organizations")
        facets.events = try Self.named(db, events, table: "events")
        facets.years = Self.top(years.indices.compactMap { years[$0] > 0 ? (String($0), Int(years[$0])) : nil })
        facets.kinds = Self.top(Self.coded(kinds, c.kindNames))
        facets.topics = Self.top(Self.coded(topics, c.topicNames))
        facets.countries = Self.top(Self.coded(countries, c.countryNames))
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
