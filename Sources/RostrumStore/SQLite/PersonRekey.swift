import GRDB

/// Migration v14: people's identity keys computed again by the current `PersonKey`, so that a
/// store written before Chinese names in Palladius Cyrillic were read as pinyin finds «Чжан Вэймин»
/// to be "Zhang Weiming": a person whose key changes takes the new key, or — when someone already
/// holds it — is merged into that person (quotes, roles, spellings, topic counts and indicator
/// rows move over). People whose key is unchanged are not touched.
enum PersonRekey {
    /// Re-keys every person of the store.
    static func migrate(_ db: Database) throws {
        let people = try Row.fetchAll(db, sql: "SELECT id, name, key FROM people ORDER BY id")
        var changed = false
        for person in people {
            let id: Int64 = person["id"], name: String = person["name"], key: String = person["key"]
            let fresh = PersonKey(name).value
            guard !fresh.isEmpty, fresh != key else { continue }
            changed = true
            if let holder = try Int64.fetchOne(db, sql: "SELECT id FROM people WHERE key = ?", arguments: [fresh]) {
                try merge(db, from: id, into: holder)
            } else {
                try db.execute(sql: "UPDATE people SET key = ? WHERE id = ?", arguments: [fresh, id])
            }
        }
        if changed {
            // The search columns hold person codes: a deletion makes readers build them again.
            try db.execute(sql: "UPDATE store_meta SET value = value + 1 WHERE key IN ('generation', 'deletions')")
        }
    }

    /// Moves everything of person `from` to person `into` and removes `from`.
    static func merge(_ db: Database, from: Int64, into: Int64) throws {
        let arguments: StatementArguments = [into, from]
        try db.execute(sql: "UPDATE quotes SET person_id = ? WHERE person_id = ?", arguments: arguments)
        try db.execute(sql: "UPDATE roles SET person_id = ? WHERE person_id = ?", arguments: arguments)
        try db.execute(sql: "UPDATE figure_indicators SET person_id = ? WHERE person_id = ?", arguments: arguments)
        try db.execute(sql: "INSERT OR IGNORE INTO person_names (person_id, name) SELECT ?, name FROM person_names WHERE person_id = ?",
                       arguments: arguments)
        try db.execute(sql: """
            INSERT INTO person_topic_counts (person_id, topic, quotes)
                SELECT ?, topic, quotes FROM person_topic_counts WHERE person_id = ? AND true
                ON CONFLICT (person_id, topic) DO UPDATE SET quotes = quotes + excluded.quotes
            """, arguments: arguments)
        try db.execute(sql: "DELETE FROM person_topic_counts WHERE person_id = ?", arguments: [from])
        // Migrations run with foreign keys off: the cascade to person_names is written out.
        try db.execute(sql: "DELETE FROM person_names WHERE person_id = ?", arguments: [from])
        try db.execute(sql: "DELETE FROM people WHERE id = ?", arguments: [from])
    }
}
