/// A person across sessions: the names they appear under, their latest role, how often they speak.
public struct PersonSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    /// Other spellings the person appears under.
    public var aliases: [String]
    public var position: String?
    public var organization: String?
    public var quotes: Int
    public var sessions: Int

    /// A person row.
    public init(id: Int64, name: String, aliases: [String], position: String?, organization: String?, quotes: Int, sessions: Int) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.position = position
        self.organization = organization
        self.quotes = quotes
        self.sessions = sessions
    }
}
