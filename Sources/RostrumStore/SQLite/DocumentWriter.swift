import GRDB
import RostrumModel
import RostrumText

/// Writes one document (or deletes one session) inside the caller's transaction.
///
/// Statements are cached per connection; people, organisations and events are looked up through
/// `cache`, which lives as long as one write transaction (a batch). Quotes get UTF-8 byte offsets
/// into the raw text when their text is found there.
struct DocumentWriter {
    let db: Database
    let cache: WriterCache

    init(db: Database, cache: WriterCache = WriterCache()) {
        self.db = db
        self.cache = cache
    }

    /// Stores the prepared document unless its content hash is already stored; replaces the
    /// sessions of its source.
    func ingest(_ prepared: SQLiteStore.PreparedItem) throws -> IngestOutcome {
        if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM sessions WHERE content_hash = ?"), arguments: [prepared.preparation.hash]) {
            return .unchanged(existing)
        }
        var replaced: Int64?
        if let source = prepared.item.source {
            let old = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM sessions WHERE source = ? ORDER BY id"), arguments: [source])
            for id in old { _ = try delete(sessionID: id) }
            replaced = old.last
        }
        let id = try insert(prepared)
        return replaced.map { .replaced(id, old: $0) } ?? .inserted(id)
    }

    private func insert(_ prepared: SQLiteStore.PreparedItem) throws -> Int64 {
        let (document, columns, terms) = (prepared.item.document, prepared.preparation.columns, prepared.preparation.terms)
        let eventID = try document.event.flatMap { try keyedID(table: .events, name: $0, key: cache.nameKey($0)) }
        let year = document.date.flatMap { Int($0.prefix(4)) }
        let quotes = document.allQuotes
        let speakerKeys = Set(quotes.compactMap { $0.speaker.map { cache.personKey($0.name) } })
        try db.cachedStatement(sql: """
            INSERT INTO sessions (content_hash, source, title, language, event_id, date, year, raw_text, document_json,
                raw_deflated, document_deflated, quote_count, speaker_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?)
            """).execute(arguments: [
                prepared.preparation.hash, prepared.item.source, document.title, document.language.rawValue, eventID, document.date, year,
                columns.raw, columns.document, quotes.count, speakerKeys.count,
            ])
        let sessionID = db.lastInsertedRowID
        var roles: [RoleKey: Int64] = [:]
        var roleOrdinal = 0
        let insertSection = try BoundInsert(db.cachedStatement(sql: "INSERT INTO sections (session_id, ordinal, heading, group_label, kind) VALUES (?, ?, ?, ?, ?)"))
        let insertQuote = try BoundInsert(db.cachedStatement(sql: """
            INSERT INTO quotes (session_id, section_id, ordinal, text, speaker_name, person_id, role_id, organization_id, indirect,
                raw_start, raw_end, line, language, kind, year, date, event_id, figure_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        let insertFigure = try BoundInsert(db.cachedStatement(sql: """
            INSERT INTO figures (quote_id, ordinal, surface, value, value_max, unit, kind, qualifier, year, subject, text_offset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        let insertTopic = try BoundInsert(db.cachedStatement(sql: "INSERT OR IGNORE INTO quote_topics (quote_id, topic) VALUES (?, ?)"))
        let insertCountry = try BoundInsert(db.cachedStatement(sql: "INSERT OR IGNORE INTO quote_countries (quote_id, country) VALUES (?, ?)"))
        let insertFTS = try BoundInsert(db.cachedStatement(sql: "INSERT INTO quote_fts (rowid, text, speaker, heading, title) VALUES (?, ?, ?, ?, ?)"))
        var quoteOrdinal = 0
        for (sectionOrdinal, section) in document.sections.enumerated() {
            try insertSection.bind(1, sessionID)
            try insertSection.bind(2, sectionOrdinal)
            try insertSection.bind(3, section.heading)
            try insertSection.bind(4, section.group)
            try insertSection.bind(5, section.kind.rawValue)
            try insertSection.execute(db)
            let sectionID = db.lastInsertedRowID
            for quote in section.quotes {
                var personID: Int64?
                var roleID: Int64?
                var organizationID: Int64?
                if let speaker = quote.speaker {
                    let key = cache.personKey(speaker.name)
                    if !key.isEmpty {
                        let pid = try person(named: speaker.name, key: key)
                        personID = pid
                        for (index, role) in ([Role(position: speaker.position, organization: speaker.organization)] + speaker.otherRoles).enumerated() {
                            let orgID = try role.organization.flatMap { try organization(named: $0) }
                            let roleKey = RoleKey(person: pid, position: role.position, organization: orgID)
                            var rid = roles[roleKey]
                            if rid == nil {
                                try db.cachedStatement(sql: "INSERT INTO roles (session_id, person_id, position, organization_id, ordinal) VALUES (?, ?, ?, ?, ?)")
                                    .execute(arguments: [sessionID, pid, role.position, orgID, roleOrdinal])
                                roleOrdinal += 1
                                rid = db.lastInsertedRowID
                                roles[roleKey] = rid
                            }
                            if index == 0 {
                                roleID = rid
                                organizationID = orgID
                            }
                        }
                    }
                }
                let range = prepared.preparation.ranges[quoteOrdinal]
                try insertQuote.bind(1, sessionID)
                try insertQuote.bind(2, sectionID)
                try insertQuote.bind(3, quoteOrdinal)
                try insertQuote.bind(4, quote.text)
                try insertQuote.bind(5, quote.speaker?.name)
                try insertQuote.bind(6, personID)
                try insertQuote.bind(7, roleID)
                try insertQuote.bind(8, organizationID)
                try insertQuote.bind(9, quote.indirect)
                try insertQuote.bind(10, range?.start)
                try insertQuote.bind(11, range?.end)
                try insertQuote.bind(12, quote.line)
                try insertQuote.bind(13, document.language.rawValue)
                try insertQuote.bind(14, section.kind.rawValue)
                try insertQuote.bind(15, year)
                try insertQuote.bind(16, document.date)
                try insertQuote.bind(17, eventID)
                try insertQuote.bind(18, quote.figures.count)
                try insertQuote.execute(db)
                let quoteID = db.lastInsertedRowID
                for (ordinal, f) in quote.figures.enumerated() {
                    try insertFigure.bind(1, quoteID)
                    try insertFigure.bind(2, ordinal)
                    try insertFigure.bind(3, f.surface)
                    try insertFigure.bind(4, f.value)
                    try insertFigure.bind(5, f.valueMax)
                    try insertFigure.bind(6, f.unit)
                    try insertFigure.bind(7, f.kind.rawValue)
                    try insertFigure.bind(8, f.qualifier?.rawValue)
                    try insertFigure.bind(9, f.year)
                    try insertFigure.bind(10, f.subject)
                    try insertFigure.bind(11, f.offset)
                    try insertFigure.execute(db)
                }
                for topic in quote.topics {
                    try insertTopic.bind(1, quoteID)
                    try insertTopic.bind(2, topic)
                    try insertTopic.execute(db)
                }
                for country in quote.countries {
                    try insertCountry.bind(1, quoteID)
                    try insertCountry.bind(2, country)
                    try insertCountry.execute(db)
                }
                cache.counts.add(event: eventID, person: personID, organization: organizationID, topics: quote.topics, countries: quote.countries)
                try insertFTS.bind(1, quoteID)
                try insertFTS.bind(2, terms.texts[quoteOrdinal])
                try insertFTS.bind(3, terms.speakers[quoteOrdinal])
                try insertFTS.bind(4, terms.headings[sectionOrdinal])
                try insertFTS.bind(5, terms.title)
                try insertFTS.execute(db)
                quoteOrdinal += 1
            }
        }
        return sessionID
    }

    /// Deletes a session, its index rows, and people, organisations and events nothing refers to any more.
    func delete(sessionID: Int64) throws -> Bool {
        // The deletion trigger takes the session's quotes off the counts, which must hold them first.
        try flushCounts()
        let personIDs = try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT person_id FROM roles WHERE session_id = ?"), arguments: [sessionID])
        let organizationIDs = try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT organization_id FROM roles WHERE session_id = ? AND organization_id IS NOT NULL"), arguments: [sessionID])
        let eventID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT event_id FROM sessions WHERE id = ?"), arguments: [sessionID])
        try db.cachedStatement(sql: "DELETE FROM quote_fts WHERE rowid IN (SELECT id FROM quotes WHERE session_id = ?)").execute(arguments: [sessionID])
        try db.cachedStatement(sql: "DELETE FROM sessions WHERE id = ?").execute(arguments: [sessionID])
        guard db.changesCount > 0 else { return false }
        // People, organisations and events may go below; readers' caches must reload.
        cache.forget()
        try db.cachedStatement(sql: "UPDATE store_meta SET value = value + 1 WHERE key = 'deletions'").execute()
        for id in personIDs {
            try db.cachedStatement(sql: """
                DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM roles WHERE person_id = ?) AND NOT EXISTS (SELECT 1 FROM quotes WHERE person_id = ?)
                """).execute(arguments: [id, id, id])
        }
        for id in organizationIDs {
            try db.cachedStatement(sql: "DELETE FROM organizations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM roles WHERE organization_id = ?)")
                .execute(arguments: [id, id])
        }
        if let eventID {
            try db.cachedStatement(sql: "DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sessions WHERE event_id = ?)")
                .execute(arguments: [eventID, eventID])
        }
        return true
    }

    /// Writes the analytics counts of the quotes stored since the last flush (see `CountTally`);
    /// due before the transaction or savepoint that stored them ends.
    func flushCounts() throws {
        try cache.counts.flush(db)
    }

    /// The person with `key`, created with `name` when new; `name` is remembered as a spelling.
    private func person(named name: String, key: String) throws -> Int64 {
        let id: Int64
        if let cached = cache.people[key] {
            id = cached
        } else if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM people WHERE key = ?"), arguments: [key]) {
            id = existing
        } else {
            try db.cachedStatement(sql: "INSERT INTO people (name, key) VALUES (?, ?)").execute(arguments: [name, key])
            id = db.lastInsertedRowID
        }
        cache.people[key] = id
        if cache.spellings.insert(PersonSpelling(person: id, name: name)).inserted {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO person_names (person_id, name) VALUES (?, ?)").execute(arguments: [id, name])
        }
        return id
    }

    /// The organisation `name` names (by `OrganizationKey`), created when new. A spelling that
    /// reads as a name ("Восток Фарма") replaces a stored one that begins in lower case
    /// («компании «Восток Фарма»»), so that facets and profiles show the better form.
    private func organization(named name: String) throws -> Int64? {
        let key = cache.organizationKey(name)
        guard !key.isEmpty else { return nil }
        let readsAsName = !OrganizationKey.beginsInLowerCase(name)
        if let cached = cache.keyed[.organizations]?[key] {
            if readsAsName, cache.lowerCaseNamed.contains(cached) {
                try db.cachedStatement(sql: "UPDATE organizations SET name = ? WHERE id = ?").execute(arguments: [name, cached])
                cache.lowerCaseNamed.remove(cached)
            }
            return cached
        }
        let id: Int64
        if let existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name FROM organizations WHERE key = ?"), arguments: [key]) {
            id = existing["id"]
            let stored: String = existing["name"]
            if OrganizationKey.beginsInLowerCase(stored) {
                if readsAsName {
                    try db.cachedStatement(sql: "UPDATE organizations SET name = ? WHERE id = ?").execute(arguments: [name, id])
                } else {
                    cache.lowerCaseNamed.insert(id)
                }
            }
        } else {
            try db.cachedStatement(sql: "INSERT INTO organizations (name, key) VALUES (?, ?)").execute(arguments: [name, key])
            id = db.lastInsertedRowID
            if !readsAsName { cache.lowerCaseNamed.insert(id) }
        }
        cache.keyed[.organizations, default: [:]][key] = id
        return id
    }

    /// The id of the row of `table` with `key`, created when new.
    private func keyedID(table: KeyedTable, name: String, key: String) throws -> Int64? {
        guard !key.isEmpty else { return nil }
        if let cached = cache.keyed[table]?[key] { return cached }
        // `table` is one of two literals of this file, never user input.
        let id: Int64
        if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM \(table.rawValue) WHERE key = ?"), arguments: [key]) {
            id = existing
        } else {
            try db.cachedStatement(sql: "INSERT INTO \(table.rawValue) (name, key) VALUES (?, ?)").execute(arguments: [name, key])
            id = db.lastInsertedRowID
        }
        cache.keyed[table, default: [:]][key] = id
        return id
    }

    /// The comparison key of an event name (and the folded words of a name or subject): folded,
    /// words joined by one space. Organisations key by `OrganizationKey`.
    static func key(_ name: String) -> String {
        Folding.fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}

/// A role within one document: the same person, position and organisation is one row.
private struct RoleKey: Hashable {
    var person: Int64
    var position: String?
    var organization: Int64?
}

/// The tables whose rows are found by a folded key.
enum KeyedTable: String {
    case events, organizations
}

/// A spelling of a person's name already recorded in `person_names`.
struct PersonSpelling: Hashable {
    var person: Int64
    var name: String
}

/// Ids of people, organisations and events already looked up or created in the current write
/// transaction, so that a batch asks the database once per name.
///
/// Valid only inside one transaction: it must be forgotten when a savepoint rolls back (rows it
/// names may be gone) and after a deletion (unreferenced people and organisations are removed).
final class WriterCache {
    var people: [String: Int64] = [:]
    var spellings: Set<PersonSpelling> = []
    var keyed: [KeyedTable: [String: Int64]] = [:]
    /// Organisations whose stored name begins in lower case, to be renamed by a better spelling.
    var lowerCaseNamed: Set<Int64> = []
    /// Analytics count increments not yet written.
    var counts = CountTally()
    /// Person, organisation and event keys by name as written; pure, so never forgotten.
    private let keys: NameKeyMemo

    /// A cache for one write transaction; `keys` may outlive it (the store's own memo).
    init(keys: NameKeyMemo = NameKeyMemo()) {
        self.keys = keys
    }

    /// `PersonKey(name).value`, computed once per spelling.
    func personKey(_ name: String) -> String {
        keys.personKey(name)
    }

    /// `DocumentWriter.key(name)`, computed once per spelling.
    func nameKey(_ name: String) -> String {
        keys.nameKey(name)
    }

    /// `OrganizationKey(name).value`, computed once per spelling.
    func organizationKey(_ name: String) -> String {
        keys.organizationKey(name)
    }

    /// Drops everything, the unwritten count increments included (their quotes were rolled back).
    func forget() {
        counts = CountTally()
        people.removeAll(keepingCapacity: true)
        spellings.removeAll(keepingCapacity: true)
        keyed.removeAll(keepingCapacity: true)
        lowerCaseNamed.removeAll(keepingCapacity: true)
    }
}
