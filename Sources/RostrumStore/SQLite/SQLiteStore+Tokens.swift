import GRDB

/// API tokens: stored by the hash of their secret, revoked by name.
extension SQLiteStore {
    public func createToken(name: String, secretHash: String) async throws -> AccessToken {
        try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM tokens WHERE name = ? AND revoked_at IS NULL", arguments: [name]) == true {
                throw StoreError.conflict("an active token named “\(name)” already exists; revoke it first or choose another name")
            }
            try db.execute(sql: "INSERT INTO tokens (name, secret_hash) VALUES (?, ?)", arguments: [name, secretHash])
            let id = db.lastInsertedRowID
            guard let row = try Row.fetchOne(db, sql: "SELECT id, name, created_at, revoked_at FROM tokens WHERE id = ?", arguments: [id]) else {
                throw StoreError.database("the new token \(name) could not be read back")
            }
            return Self.token(row)
        }
    }

    public func tokens() async throws -> [AccessToken] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, created_at, revoked_at FROM tokens ORDER BY id").map(Self.token)
        }
    }

    @discardableResult
    public func revokeToken(name: String) async throws -> Bool {
        try await write { db in
            try db.execute(sql: "UPDATE tokens SET revoked_at = CURRENT_TIMESTAMP WHERE name = ? AND revoked_at IS NULL", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func activeToken(secretHash: String) async throws -> AccessToken? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, created_at, revoked_at FROM tokens WHERE secret_hash = ? AND revoked_at IS NULL",
                             arguments: [secretHash]).map(Self.token)
        }
    }

    static func token(_ row: Row) -> AccessToken {
        AccessToken(id: row["id"], name: row["name"], createdAt: row["created_at"], revokedAt: row["revoked_at"])
    }
}
