/// A person or organisation met in the sessions of another, with how many sessions they shared.
public struct SharedSessions: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var sessions: Int

    /// A row.
    public init(id: Int64, name: String, sessions: Int) {
        self.id = id
        self.name = name
        self.sessions = sessions
    }
}
