import GRDB
import RostrumText

/// A query's filters resolved against `QuoteColumns`: a predicate on a quote's slot.
///
/// Names (speakers, organisations, events) are looked up once per query in their small tables,
/// by the same folded keys and LIKE patterns as before; every user value is a bound argument.
/// Several values of one filter are alternatives; different filters all apply.
struct QuoteFilter {
    private var people: [Bool]?
    private var organizations: [Bool]?
    private var events: [Bool]?
    private var topics: [UInt16]?
    private var countries: [UInt16]?
    private var years: [ClosedRange<Int>] = []
    private var languages: [UInt8]?
    private var kinds: [UInt8]?
    private var requiredFlags: UInt8 = QuoteColumns.exists
    /// Quote ids no hit may have (an exclusion without positive text).
    var excluded: Set<Int64> = []
    /// True when some filter can match nothing at all.
    private(set) var matchesNothing = false

    init(_ filters: SearchFilters, columns: QuoteColumns, db: Database) throws {
        if !filters.speakers.isEmpty {
            var clauses: [String] = []
            var arguments: [DatabaseValue] = []
            for name in filters.speakers {
                let words = PersonKey.words(of: name)
                guard !words.isEmpty else { continue }
                clauses.append("(" + words.map { _ in "(' ' || key || ' ') LIKE ? ESCAPE '\\'" }.joined(separator: " AND ") + ")")
                arguments += words.map { "% \(FilterSQL.escapeLike($0)) %".databaseValue }
            }
            people = try Self.ids(db, table: "people", clauses: clauses, arguments: arguments, max: columns.maxPerson)
        }
        if !filters.organizations.isEmpty {
            organizations = try Self.keyed(db, filters.organizations, table: "organizations", max: columns.maxOrganization)
        }
        if !filters.events.isEmpty {
            events = try Self.keyed(db, filters.events, table: "events", max: columns.maxEvent)
        }
        if !filters.topics.isEmpty {
            topics = filters.topics.compactMap { columns.topicNames.existingCode($0).map(UInt16.init(truncatingIfNeeded:)) }
        }
        if !filters.countries.isEmpty {
            countries = filters.countries.compactMap { columns.countryNames.existingCode($0).map(UInt16.init(truncatingIfNeeded:)) }
        }
        years = filters.years
        if !filters.languages.isEmpty {
            languages = filters.languages.compactMap { columns.languageNames.existingCode($0.rawValue).map(UInt8.init(truncatingIfNeeded:)) }
        }
        if !filters.kinds.isEmpty {
            kinds = filters.kinds.compactMap { columns.kindNames.existingCode($0.rawValue).map(UInt8.init(truncatingIfNeeded:)) }
        }
        if !filters.personIDs.isEmpty {
            people = Self.restrict(people, to: filters.personIDs, max: columns.maxPerson)
        }
        if !filters.organizationIDs.isEmpty {
            organizations = Self.restrict(organizations, to: filters.organizationIDs, max: columns.maxOrganization)
        }
        if filters.hasFigures { requiredFlags |= QuoteColumns.hasFigures }
        if filters.hasSpeaker { requiredFlags |= QuoteColumns.hasSpeaker }
        matchesNothing = [people.map { !$0.contains(true) }, organizations.map { !$0.contains(true) }, events.map { !$0.contains(true) },
                          topics.map(\.isEmpty), countries.map(\.isEmpty), languages.map(\.isEmpty), kinds.map(\.isEmpty)]
            .contains { $0 == true }
    }

    /// True when nothing is filtered: every existing quote passes.
    var isEmpty: Bool {
        people == nil && organizations == nil && events == nil && topics == nil && countries == nil && years.isEmpty
            && languages == nil && kinds == nil && requiredFlags == QuoteColumns.exists && excluded.isEmpty
    }

    /// Whether the quote in `slot` passes every filter (its flags, then its packed row).
    @inline(__always)
    func accepts(_ slot: Int, _ c: QuoteColumns) -> Bool {
        guard c.flags[slot] & requiredFlags == requiredFlags else { return false }
        guard hasRowFilters else { return excluded.isEmpty || !excluded.contains(c.id(ofSlot: slot)) }
        let row = c.rows[slot]
        if let people {
            let p = Int(row.person)
            guard p > 0, p < people.count, people[p] else { return false }
        }
        if let organizations {
            let o = Int(row.organization)
            guard o > 0, o < organizations.count, organizations[o] else { return false }
        }
        if let events {
            let e = Int(row.event)
            guard e > 0, e < events.count, events[e] else { return false }
        }
        if !years.isEmpty {
            let y = Int(row.year)
            guard y != 0, years.contains(where: { $0.contains(y) }) else { return false }
        }
        if let languages, !languages.contains(row.language) { return false }
        if let kinds, !kinds.contains(row.kind) { return false }
        if let topics {
            let range = Int(row.topicStart)..<Int(c.rows[slot + 1].topicStart)
            guard c.topics[range].contains(where: { topics.contains($0) }) else { return false }
        }
        if let countries {
            let range = Int(row.countryStart)..<Int(c.rows[slot + 1].countryStart)
            guard c.countries[range].contains(where: { countries.contains($0) }) else { return false }
        }
        if !excluded.isEmpty, excluded.contains(c.id(ofSlot: slot)) { return false }
        return true
    }

    /// Whether any filter reads the packed row (anything but flags and exclusions).
    private var hasRowFilters: Bool {
        people != nil || organizations != nil || events != nil || !years.isEmpty || languages != nil || kinds != nil
            || topics != nil || countries != nil
    }

    /// Membership of exactly `ids`, and of `existing` too when a name filter already chose some.
    private static func restrict(_ existing: [Bool]?, to ids: [Int64], max: Int32) -> [Bool] {
        var member = [Bool](repeating: false, count: Int(max) + 1)
        for id in ids where id > 0 && id <= Int64(max) { member[Int(id)] = existing?[Int(id)] ?? true }
        return member
    }

    /// Organisations or events whose folded key contains any of `values`.
    private static func keyed(_ db: Database, _ values: [String], table: String, max: Int32) throws -> [Bool] {
        let keys = values.map(DocumentWriter.key).filter { !$0.isEmpty }
        return try ids(db, table: table, clauses: keys.map { _ in "key LIKE ? ESCAPE '\\'" },
                       arguments: keys.map { "%\(FilterSQL.escapeLike($0))%".databaseValue }, max: max)
    }

    /// Membership by id (index = id) of the rows of `table` matching any of `clauses`.
    private static func ids(_ db: Database, table: String, clauses: [String], arguments: [DatabaseValue], max: Int32) throws -> [Bool] {
        var member = [Bool](repeating: false, count: Int(max) + 1)
        guard !clauses.isEmpty else { return member }
        // `table` is a literal of this file; the clauses are fixed text with bound values.
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE " + clauses.joined(separator: " OR "), arguments: StatementArguments(arguments))
        for id in ids where id > 0 && id <= Int64(max) { member[Int(id)] = true }
        return member
    }
}
