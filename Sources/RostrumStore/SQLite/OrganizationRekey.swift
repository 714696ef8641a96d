import GRDB

/// Migration v15: organisations keyed again by `OrganizationKey`, so that a store written when an
/// organisation's key was its folded words finds «Дальневосточного федерального университета»,
/// «компании «Восток Фарма»» and "VTB Bank (PJSC)" to be the organisations they name. Organisations
/// whose keys now agree are merged into the oldest of them (roles, quotes, indicator rows and
/// country counts move over), which is named by its first spelling that does not begin in lower case.
enum OrganizationRekey {
    /// Re-keys every organisation of the store.
    static func migrate(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, name, key FROM organizations ORDER BY id")
        var groups: [String: [(id: Int64, name: String)]] = [:]
        var order: [String] = []
        var changed = false
        for row in rows {
            let id: Int64 = row["id"], name: String = row["name"], key: String = row["key"]
            var fresh = OrganizationKey(name).value
            if fresh.isEmpty { fresh = key }
            if fresh != key { changed = true }
            if groups[fresh] == nil { order.append(fresh) }
            groups[fresh, default: []].append((id, name))
        }
        guard changed else { return }
        // Keys are unique: park every row on a key no name can have before giving out the new ones.
        try db.execute(sql: "UPDATE organizations SET key = char(1) || id")
        for key in order {
            guard let members = groups[key], let holder = members.first else { continue }
            for member in members.dropFirst() {
                try merge(db, from: member.id, into: holder.id)
            }
            let name = members.first { !OrganizationKey.beginsInLowerCase($0.name) }?.name ?? holder.name
            try db.execute(sql: "UPDATE organizations SET key = ?, name = ? WHERE id = ?", arguments: [key, name, holder.id])
        }
        // The search columns hold organisation codes: a deletion makes readers build them again.
        try db.execute(sql: "UPDATE store_meta SET value = value + 1 WHERE key IN ('generation', 'deletions')")
    }

    /// Moves everything of organisation `from` to organisation `into` and removes `from`.
    static func merge(_ db: Database, from: Int64, into: Int64) throws {
        let arguments: StatementArguments = [into, from]
        try db.execute(sql: "UPDATE roles SET organization_id = ? WHERE organization_id = ?", arguments: arguments)
        try db.execute(sql: "UPDATE quotes SET organization_id = ? WHERE organization_id = ?", arguments: arguments)
        try db.execute(sql: "UPDATE figure_indicators SET organization_id = ? WHERE organization_id = ?", arguments: arguments)
        try db.execute(sql: """
            INSERT INTO organization_country_counts (organization_id, country, quotes)
                SELECT ?, country, quotes FROM organization_country_counts WHERE organization_id = ? AND true
                ON CONFLICT (organization_id, country) DO UPDATE SET quotes = quotes + excluded.quotes
            """, arguments: arguments)
        try db.execute(sql: "DELETE FROM organization_country_counts WHERE organization_id = ?", arguments: [from])
        try db.execute(sql: "DELETE FROM organizations WHERE id = ?", arguments: [from])
    }
}
