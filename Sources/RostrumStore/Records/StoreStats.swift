/// Counts and size of a knowledge base.
public struct StoreStats: Sendable, Hashable, Codable {
    public var sessions: Int
    public var quotes: Int
    public var people: Int
    public var organizations: Int
    public var events: Int
    public var figures: Int
    /// Bytes on disk (0 when unknown).
    public var sizeBytes: Int64
    /// Sessions per language code.
    public var languages: [String: Int]

    /// A stats value.
    public init(sessions: Int, quotes: Int, people: Int, organizations: Int, events: Int, figures: Int, sizeBytes: Int64, languages: [String: Int]) {
        self.sessions = sessions
        self.quotes = quotes
        self.people = people
        self.organizations = organizations
        self.events = events
        self.figures = figures
        self.sizeBytes = sizeBytes
        self.languages = languages
    }
}
