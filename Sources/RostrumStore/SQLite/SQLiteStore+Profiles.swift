import GRDB

/// What the speaker and organisation profiles add to the roles and sessions: who shared sessions
/// with whom and which countries their quotes name. Plain parameterised SQL over the indexed
/// `roles` and `quotes` columns.
extension SQLiteStore {
    public func coSpeakers(personID: Int64, limit: Int) async throws -> [SharedSessions] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.name, COUNT(DISTINCT other.session_id) AS n
                FROM roles mine JOIN roles other ON other.session_id = mine.session_id AND other.person_id <> mine.person_id
                JOIN people p ON p.id = other.person_id
                WHERE mine.person_id = ?
                GROUP BY p.id ORDER BY n DESC, p.name LIMIT ?
                """, arguments: [personID, limit]).map { SharedSessions(id: $0[0], name: $0[1], sessions: $0[2]) }
        }
    }

    public func coOrganizations(organizationID: Int64, limit: Int) async throws -> [SharedSessions] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.id, o.name, COUNT(DISTINCT other.session_id) AS n
                FROM (SELECT DISTINCT session_id FROM roles WHERE organization_id = ?1) mine
                JOIN roles other ON other.session_id = mine.session_id
                JOIN organizations o ON o.id = other.organization_id
                WHERE other.organization_id <> ?1
                GROUP BY o.id ORDER BY n DESC, o.name LIMIT ?2
                """, arguments: [organizationID, limit]).map { SharedSessions(id: $0[0], name: $0[1], sessions: $0[2]) }
        }
    }

    public func countries(of subject: ProfileSubject, limit: Int) async throws -> [ValueCount] {
        let (column, id) = Self.subjectColumn(subject)
        // `column` is one of two fixed names; the id and the limit are bound.
        let sql = """
            SELECT c.country, COUNT(*) AS n FROM quotes q JOIN quote_countries c ON c.quote_id = q.id
            WHERE q.\(column) = ? GROUP BY c.country ORDER BY n DESC, c.country LIMIT ?
            """
        return try await read { db in
            try Row.fetchAll(db, sql: sql, arguments: [id, limit]).map { ValueCount(value: $0[0], quotes: $0[1]) }
        }
    }
}
