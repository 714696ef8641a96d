import GRDB
import RostrumText

/// A query's filters resolved against `QuoteColumns`: the set of slots that pass them all.
///
/// Names (speakers, organisations, events) are looked up once per query in their small tables,
/// by the same folded keys and LIKE patterns as before; every user value is a bound argument.
/// Several values of one filter are alternatives (the union of their slots); different filters
/// all apply (the intersection).
struct QuoteFilter {
    /// The slots passing every filter; nil when nothing is filtered.
    private(set) var allowed: SlotBits?
    /// True when some filter can match nothing at all.
    private(set) var matchesNothing = false

    /// The filter of `filters` over `columns`; `organizationSpellings` lets `org:` reach names in
    /// the other script.
    init(_ filters: SearchFilters, columns: QuoteColumns, db: Database, organizationSpellings: OrganizationSpellings? = nil) throws {
        var people: [Bool]?
        var organizations: [Bool]?
        var events: [Bool]?
        var topics: [UInt16]?
        var countries: [UInt16]?
        var languages: [UInt8]?
        var kinds: [UInt8]?
        let years = filters.years
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
            var members = try Self.keyed(db, filters.organizations, table: "organizations", max: columns.maxOrganization,
                                         key: { OrganizationKey($0).value })
            if let organizationSpellings {
                for value in filters.organizations {
                    for id in try organizationSpellings.ids(db, matching: value) where id > 0 && id < Int64(members.count) {
                        members[Int(id)] = true
                    }
                }
            }
            organizations = members
        }
        if !filters.events.isEmpty {
            events = try Self.keyed(db, filters.events, table: "events", max: columns.maxEvent, expand: ForumNames.equivalents)
        }
        if !filters.topics.isEmpty {
            topics = filters.topics.flatMap { Self.topicCodes($0, columns.topicNames) }
        }
        if !filters.countries.isEmpty {
            countries = filters.countries.compactMap { columns.countryNames.existingCode($0).map(UInt16.init(truncatingIfNeeded:)) }
        }
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
        matchesNothing = [people.map { !$0.contains(true) }, organizations.map { !$0.contains(true) }, events.map { !$0.contains(true) },
                          topics.map(\.isEmpty), countries.map(\.isEmpty), languages.map(\.isEmpty), kinds.map(\.isEmpty)]
            .contains { $0 == true }
        guard !matchesNothing else { return }
        let words = columns.wordCount
        var parts: [SlotBits] = []
        func members(_ member: [Bool]) -> [Int] { member.indices.filter { $0 > 0 && member[$0] } }
        if let people { parts.append(columns.personSlots.union(members(people), wordCount: words)) }
        if let organizations { parts.append(columns.organizationSlots.union(members(organizations), wordCount: words)) }
        if let events { parts.append(columns.eventSlots.union(members(events), wordCount: words)) }
        if !years.isEmpty {
            let codes = columns.yearValues.values.indices.filter { code in
                let y = Int(columns.yearValues.values[code])
                return y != 0 && years.contains { $0.contains(y) }
            }
            parts.append(columns.yearSlots.union(codes, wordCount: words))
        }
        if let languages { parts.append(columns.languageSlots.union(languages.map(Int.init), wordCount: words)) }
        if let kinds { parts.append(columns.kindSlots.union(kinds.map(Int.init), wordCount: words)) }
        if let topics { parts.append(columns.topicSlots.union(topics.map(Int.init), wordCount: words)) }
        if let countries { parts.append(columns.countrySlots.union(countries.map(Int.init), wordCount: words)) }
        if filters.hasFigures { parts.append(columns.withFigures) }
        if filters.hasSpeaker { parts.append(columns.withSpeaker) }
        guard !parts.isEmpty else { return }
        var allowed = columns.existing
        for part in parts { allowed.formIntersection(part) }
        self.allowed = allowed
    }

    /// True when nothing is filtered: every existing quote passes.
    var isEmpty: Bool { allowed == nil }

    /// Whether the quote in `slot` passes every filter.
    @inline(__always)
    func accepts(_ slot: Int) -> Bool { allowed?.contains(slot) ?? true }

    /// Removes the quotes in `slots` (ascending), as an exclusion without positive text does.
    mutating func exclude(_ slots: [Int32], columns: QuoteColumns) {
        if allowed == nil { allowed = columns.existing }
        for slot in slots { allowed?.remove(Int(slot)) }
    }

    /// Membership of exactly `ids`, and of `existing` too when a name filter already chose some.
    private static func restrict(_ existing: [Bool]?, to ids: [Int64], max: Int32) -> [Bool] {
        var member = [Bool](repeating: false, count: Int(max) + 1)
        for id in ids where id > 0 && id <= Int64(max) { member[Int(id)] = existing?[Int(id)] ?? true }
        return member
    }

    /// The codes of the topics `value` names (`TopicNames.matching`).
    static func topicCodes(_ value: String, _ book: CodeBook) -> [UInt16] {
        if let code = book.existingCode(value) { return [UInt16(truncatingIfNeeded: code)] }
        return TopicNames.matching(value, in: book.names).map { UInt16(truncatingIfNeeded: $0) }
    }

    /// Organisations or events whose key contains the `key` of any of `values` (or of their
    /// `expand`ed equivalents).
    private static func keyed(_ db: Database, _ values: [String], table: String, max: Int32,
                              key: (String) -> String = DocumentWriter.key,
                              expand: (String) -> [String] = { [$0] }) throws -> [Bool] {
        let keys = values.map(key).filter { !$0.isEmpty }.flatMap(expand)
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
