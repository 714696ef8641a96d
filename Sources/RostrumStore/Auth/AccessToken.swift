/// A named API token as the store keeps it: never the secret, only when it was made, used and revoked.
public struct AccessToken: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    /// ISO 8601 UTC timestamps as SQLite writes them ("2026-11-29 12:00:00").
    public var createdAt: String
    public var revokedAt: String?

    /// Whether the token still opens write endpoints.
    public var isActive: Bool { revokedAt == nil }

    /// A token row.
    public init(id: Int64, name: String, createdAt: String, revokedAt: String?) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
