import GRDB
import RostrumModel

/// Profiles and listings for the server and the CLI: people, organisations, topics, figures.
extension SQLiteStore {
    public func sessionCount(filter: SessionFilter) async throws -> Int {
        let (condition, arguments) = Self.sessionCondition(filter)
        return try await read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sessions s WHERE \(condition)", arguments: StatementArguments(arguments)) ?? 0
        }
    }

    public func person(id: Int64) async throws -> PersonProfile? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, name FROM people WHERE id = ?", arguments: [id]) else { return nil }
            let name: String = row["name"]
            let roles = try Row.fetchAll(db, sql: """
                SELECT r.session_id, s.title, e.name AS event, s.date, r.position, r.organization_id, o.name AS organization
                FROM roles r JOIN sessions s ON s.id = r.session_id
                LEFT JOIN events e ON e.id = s.event_id LEFT JOIN organizations o ON o.id = r.organization_id
                WHERE r.person_id = ? ORDER BY s.date IS NULL, s.date, s.id, r.ordinal
                """, arguments: [id]).map { row in
                RoleHeld(sessionID: row["session_id"], sessionTitle: row["title"], event: row["event"], date: row["date"],
                         position: row["position"], organizationID: row["organization_id"], organization: row["organization"])
            }
            let aliases = try String.fetchAll(db, sql: "SELECT name FROM person_names WHERE person_id = ? AND name <> ? ORDER BY name", arguments: [id, name])
            let quotes = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quotes WHERE person_id = ?", arguments: [id]) ?? 0
            let latest = roles.last
            let summary = PersonSummary(id: id, name: name, aliases: aliases, position: latest?.position, organization: latest?.organization,
                                        quotes: quotes, sessions: Set(roles.map(\.sessionID)).count)
            return PersonProfile(person: summary, roles: roles)
        }
    }

    public func organizations(matching query: String, limit: Int) async throws -> [OrganizationSummary] {
        let words = OrganizationKey(query).value.split(separator: " ").map(String.init)
        let condition = words.isEmpty ? "1" : words.map { _ in "(' ' || o.key) LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
        var arguments: [DatabaseValue] = words.map { "% \(FilterSQL.escapeLike($0))%".databaseValue }
        arguments.append(limit.databaseValue)
        let bound = StatementArguments(arguments)
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.id, o.name,
                    (SELECT COUNT(DISTINCT person_id) FROM roles r WHERE r.organization_id = o.id) AS people,
                    (SELECT COUNT(*) FROM quotes q WHERE q.organization_id = o.id) AS quotes,
                    (SELECT COUNT(DISTINCT session_id) FROM roles r WHERE r.organization_id = o.id) AS sessions
                FROM organizations o WHERE \(condition)
                ORDER BY quotes DESC, o.name LIMIT ?
                """, arguments: bound).map(Self.organizationSummary)
        }
    }

    public func organization(id: Int64, sessionLimit: Int) async throws -> OrganizationProfile? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT o.id, o.name,
                    (SELECT COUNT(DISTINCT person_id) FROM roles r WHERE r.organization_id = o.id) AS people,
                    (SELECT COUNT(*) FROM quotes q WHERE q.organization_id = o.id) AS quotes,
                    (SELECT COUNT(DISTINCT session_id) FROM roles r WHERE r.organization_id = o.id) AS sessions
                FROM organizations o WHERE o.id = ?
                """, arguments: [id])
            else { return nil }
            // One grouped pass over the organisation's roles and one over its quotes (correlated
            // subqueries per person chose the organisation index and read all its quotes per person).
            // The position is the bare column of the row with the latest session date.
            let people = try Row.fetchAll(db, sql: """
                WITH held AS (SELECT r.person_id, COUNT(DISTINCT r.session_id) AS sessions, r.position, MAX(s.date) AS latest
                              FROM roles r JOIN sessions s ON s.id = r.session_id WHERE r.organization_id = ?1 GROUP BY r.person_id),
                     said AS (SELECT person_id, COUNT(*) AS quotes FROM quotes WHERE organization_id = ?1 AND person_id IS NOT NULL GROUP BY person_id)
                SELECT p.id, p.name, COALESCE(said.quotes, 0) AS quotes, held.sessions, held.position
                FROM held JOIN people p ON p.id = held.person_id LEFT JOIN said ON said.person_id = held.person_id
                ORDER BY quotes DESC, p.name
                """, arguments: [id]).map { row in
                PersonSummary(id: row["id"], name: row["name"], aliases: [], position: row["position"], organization: nil,
                              quotes: row["quotes"], sessions: row["sessions"])
            }
            let organization = Self.organizationSummary(row)
            let sessions = try Row.fetchAll(db, sql: """
                SELECT s.id, s.title, e.name AS event, s.date, s.language, s.source, s.quote_count, s.speaker_count
                FROM sessions s LEFT JOIN events e ON e.id = s.event_id
                WHERE s.id IN (SELECT session_id FROM roles WHERE organization_id = ?)
                ORDER BY s.date IS NULL, s.date DESC, s.id DESC LIMIT ?
                """, arguments: [id, max(0, sessionLimit)]).map(Self.sessionSummary)
            return OrganizationProfile(
                organization: organization,
                people: people.map { var p = $0; p.organization = organization.name; return p },
                sessions: sessions)
        }
    }

    public func topics() async throws -> [TopicSummary] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.topic, COUNT(*) AS quotes, COUNT(DISTINCT q.session_id) AS sessions, COUNT(DISTINCT q.person_id) AS speakers
                FROM quote_topics t JOIN quotes q ON q.id = t.quote_id
                GROUP BY t.topic ORDER BY quotes DESC, t.topic
                """).map { row in
                TopicSummary(topic: row["topic"], quotes: row["quotes"], sessions: row["sessions"], speakers: row["speakers"])
            }
        }
    }

    public func topicEventCounts() async throws -> [TopicEventCount] {
        // The counts tables (schema v6) hold the groups; an event's year and date are those of its
        // earliest session with quotes.
        try await read { db in
            try Row.fetchAll(db, sql: """
                WITH dated AS (SELECT event_id, MIN(year) AS year, MIN(date) AS date FROM sessions
                               WHERE event_id IS NOT NULL AND quote_count > 0 GROUP BY event_id)
                SELECT t.topic, e.name AS event, dated.year, dated.date, t.quotes, c.quotes AS event_quotes
                FROM topic_event_counts t JOIN events e ON e.id = t.event_id JOIN event_quote_counts c ON c.event_id = t.event_id
                LEFT JOIN dated ON dated.event_id = t.event_id
                WHERE t.quotes > 0
                ORDER BY dated.date IS NULL, dated.date, e.name, t.quotes DESC, t.topic
                """).map { row in
                TopicEventCount(topic: row["topic"], event: row["event"], year: row["year"], date: row["date"], quotes: row["quotes"], eventQuotes: row["event_quotes"])
            }
        }
    }

    public func cooccurrences(_ kind: CooccurrenceKind, limit: Int) async throws -> [CooccurrencePair] {
        // Two fixed statements over the counts tables (schema v6); only the limit is bound.
        let sql = switch kind {
        case .speakerTopic: """
            SELECT p.id, p.name, c.topic AS value, c.quotes AS n FROM person_topic_counts c JOIN people p ON p.id = c.person_id
            WHERE c.quotes > 0 ORDER BY n DESC, p.name, value LIMIT ?
            """
        case .organizationCountry: """
            SELECT o.id, o.name, c.country AS value, c.quotes AS n FROM organization_country_counts c JOIN organizations o ON o.id = c.organization_id
            WHERE c.quotes > 0 ORDER BY n DESC, o.name, value LIMIT ?
            """
        }
        return try await read { db in
            try Row.fetchAll(db, sql: sql, arguments: [limit]).map { row in
                CooccurrencePair(entityID: row[0], entityName: row[1], value: row[2], quotes: row[3])
            }
        }
    }

    public func figures(_ filter: FigureFilter, limit: Int, offset: Int) async throws -> FigurePage {
        var clauses: [String] = []
        var arguments: [DatabaseValue] = []
        if let subject = filter.subject {
            let words = DocumentWriter.key(subject).split(separator: " ")
            for word in words {
                clauses.append("(' ' || rostrum_key(f.subject)) LIKE ? ESCAPE '\\'")
                arguments.append("% \(FilterSQL.escapeLike(String(word)))%".databaseValue)
            }
            if words.isEmpty { clauses.append("f.subject IS NOT NULL") }
        }
        if let unit = filter.unit {
            clauses.append("f.unit = ?")
            arguments.append(unit.databaseValue)
        }
        if let kind = filter.kind {
            clauses.append("f.kind = ?")
            arguments.append(kind.rawValue.databaseValue)
        }
        if let years = filter.years {
            clauses.append("COALESCE(f.year, q.year) BETWEEN ? AND ?")
            arguments += [years.lowerBound.databaseValue, years.upperBound.databaseValue]
        }
        if let person = filter.personID {
            clauses.append("q.person_id = ?")
            arguments.append(person.databaseValue)
        }
        if let organization = filter.organizationID {
            clauses.append("q.organization_id = ?")
            arguments.append(organization.databaseValue)
        }
        if let ids = filter.ids {
            clauses.append(ids.isEmpty ? "0" : "f.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))")
            arguments += ids.map(\.databaseValue)
        }
        if let session = filter.sessionID {
            clauses.append("q.session_id = ?")
            arguments.append(session.databaseValue)
        }
        if let after = filter.afterID {
            clauses.append("f.id > ?")
            arguments.append(after.databaseValue)
        }
        let order = filter.afterID == nil ? "about_year IS NULL, about_year, s.date, f.quote_id, f.ordinal" : "f.id"
        let condition = clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
        let countArguments = StatementArguments(arguments)
        let pageArguments = StatementArguments(arguments + [limit.databaseValue, offset.databaseValue])
        return try await read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM figures f JOIN quotes q ON q.id = f.quote_id WHERE \(condition)",
                                         arguments: countArguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT f.id, f.surface, f.value, f.value_max, f.unit, f.kind, f.qualifier, f.year AS figure_year, f.subject, f.text_offset,
                    COALESCE(f.year, q.year) AS about_year, q.id AS quote_id, q.text, q.person_id, q.speaker_name, r.position,
                    o.name AS organization, q.session_id, s.title, e.name AS event, s.date, sec.heading,
                    (SELECT group_concat(country, ' ') FROM (SELECT country FROM quote_countries c WHERE c.quote_id = q.id ORDER BY country)) AS countries
                FROM figures f JOIN quotes q ON q.id = f.quote_id JOIN sessions s ON s.id = q.session_id
                LEFT JOIN sections sec ON sec.id = q.section_id LEFT JOIN roles r ON r.id = q.role_id LEFT JOIN organizations o ON o.id = q.organization_id
                LEFT JOIN events e ON e.id = q.event_id
                WHERE \(condition)
                ORDER BY \(order) LIMIT ? OFFSET ?
                """, arguments: pageArguments)
            let figures = rows.map { row in
                let figure = Figure(
                    surface: row["surface"], value: row["value"], valueMax: row["value_max"], unit: row["unit"],
                    kind: FigureKind(rawValue: row["kind"]) ?? .level, qualifier: (row["qualifier"] as String?).flatMap(FigureQualifier.init(rawValue:)),
                    year: row["figure_year"], subject: row["subject"], offset: row["text_offset"])
                let speaker = (row["speaker_name"] as String?).map { Speaker(name: $0, position: row["position"], organization: row["organization"]) }
                return FigureRecord(id: row["id"], figure: figure, year: row["about_year"], quoteID: row["quote_id"], quoteText: row["text"],
                                    heading: row["heading"], personID: row["person_id"], speaker: speaker,
                                    countries: (row["countries"] as String?).map { $0.split(separator: " ").map(String.init) } ?? [],
                                    sessionID: row["session_id"], sessionTitle: row["title"],
                                    event: row["event"], date: row["date"])
            }
            return FigurePage(total: total, figures: figures)
        }
    }

    static func organizationSummary(_ row: Row) -> OrganizationSummary {
        OrganizationSummary(id: row["id"], name: row["name"], people: row["people"], quotes: row["quotes"], sessions: row["sessions"])
    }

    static func sessionSummary(_ row: Row) -> SessionSummary {
        SessionSummary(
            id: row["id"], title: row["title"], event: row["event"], date: row["date"],
            language: Language(rawValue: row["language"]) ?? .unknown, source: row["source"],
            quotes: row["quote_count"], speakers: row["speaker_count"])
    }

    /// The WHERE condition over `sessions s` for a session filter, with its arguments.
    static func sessionCondition(_ filter: SessionFilter) -> (String, [DatabaseValue]) {
        var clauses: [String] = []
        var arguments: [DatabaseValue] = []
        if let event = filter.event {
            clauses.append("s.event_id IN (SELECT id FROM events WHERE key LIKE ? ESCAPE '\\')")
            arguments.append("%\(FilterSQL.escapeLike(DocumentWriter.key(event)))%".databaseValue)
        }
        if let year = filter.year {
            clauses.append("s.year = ?")
            arguments.append(year.databaseValue)
        }
        if let language = filter.language {
            clauses.append("s.language = ?")
            arguments.append(language.rawValue.databaseValue)
        }
        if let source = filter.source {
            clauses.append("s.source = ?")
            arguments.append(source.databaseValue)
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}
