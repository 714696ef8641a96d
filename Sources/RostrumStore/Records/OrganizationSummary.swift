/// An organisation and how much its people said.
public struct OrganizationSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    /// Distinct people who spoke for it.
    public var people: Int
    public var quotes: Int
    public var sessions: Int

    /// An organisation row.
    public init(id: Int64, name: String, people: Int, quotes: Int, sessions: Int) {
        self.id = id
        self.name = name
        self.people = people
        self.quotes = quotes
        self.sessions = sessions
    }
}
