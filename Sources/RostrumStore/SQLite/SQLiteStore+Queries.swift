import GRDB
import RostrumModel

/// Listings and counts: sessions, people, stats.
extension SQLiteStore {
    public func sessions(filter: SessionFilter, limit: Int, offset: Int) async throws -> [SessionSummary] {
        var (condition, arguments) = Self.sessionCondition(filter)
        arguments += [limit.databaseValue, offset.databaseValue]
        let sql = """
            SELECT s.id, s.title, e.name AS event, s.date, s.language, s.source, s.quote_count, s.speaker_count
            FROM sessions s LEFT JOIN events e ON e.id = s.event_id
            WHERE \(condition)
            ORDER BY s.date IS NULL, s.date DESC, s.id DESC LIMIT ? OFFSET ?
            """
        let bound = StatementArguments(arguments)
        return try await read { db in
            try Row.fetchAll(db, sql: sql, arguments: bound).map(Self.sessionSummary)
        }
    }

    public func speakers(matching query: String, limit: Int) async throws -> [PersonSummary] {
        let words = PersonKey.words(of: query)
        let condition = words.isEmpty ? "1" : words.map { _ in "(' ' || p.key || ' ') LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
        // A word of the query may be the start of a name word ("Chek" finds "Chekunkov").
        var arguments: [DatabaseValue] = words.map { "% \(FilterSQL.escapeLike($0))%".databaseValue }
        arguments.append(limit.databaseValue)
        let bound = StatementArguments(arguments)
        return try await read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.id, p.name,
                    (SELECT COUNT(*) FROM quotes q WHERE q.person_id = p.id) AS quotes,
                    (SELECT COUNT(DISTINCT session_id) FROM roles r WHERE r.person_id = p.id) AS sessions,
                    (SELECT r.position FROM roles r JOIN sessions s ON s.id = r.session_id WHERE r.person_id = p.id
                        ORDER BY s.date IS NULL, s.date DESC, r.ordinal LIMIT 1) AS position,
                    (SELECT o.name FROM roles r JOIN sessions s ON s.id = r.session_id LEFT JOIN organizations o ON o.id = r.organization_id
                        WHERE r.person_id = p.id ORDER BY s.date IS NULL, s.date DESC, r.ordinal LIMIT 1) AS organization
                FROM people p WHERE \(condition)
                ORDER BY quotes DESC, p.name LIMIT ?
                """, arguments: bound)
            return try rows.map { row in
                let id: Int64 = row["id"]
                let name: String = row["name"]
                let aliases = try String.fetchAll(db, sql: "SELECT name FROM person_names WHERE person_id = ? AND name <> ? ORDER BY name", arguments: [id, name])
                return PersonSummary(id: id, name: name, aliases: aliases, position: row["position"], organization: row["organization"],
                                     quotes: row["quotes"], sessions: row["sessions"])
            }
        }
    }

    /// The number of events, the English and Russian names of one forum edition counted once
    /// (`ForumNames.canonicalKey`).
    static func forumEditions(_ db: Database) throws -> Int {
        var keys = Set<String>()
        let rows = try String.fetchCursor(db, sql: "SELECT key FROM events")
        while let key = try rows.next() { keys.insert(ForumNames.canonicalKey(key)) }
        return keys.count
    }

    public func stats() async throws -> StoreStats {
        try await read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            var languages: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT language, COUNT(*) FROM sessions GROUP BY language") {
                languages[row[0]] = row[1]
            }
            return StoreStats(
                sessions: try count("sessions"), quotes: try count("quotes"), people: try count("people"),
                organizations: try count("organizations"), events: try Self.forumEditions(db), figures: try count("figures"),
                sizeBytes: pages * pageSize, languages: languages)
        }
    }
}
