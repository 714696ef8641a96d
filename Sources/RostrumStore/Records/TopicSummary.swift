/// A taxonomy topic and how much was said on it.
public struct TopicSummary: Sendable, Hashable, Codable {
    /// The topic label, as the taxonomy names it ("trade", "energy").
    public var topic: String
    public var quotes: Int
    public var sessions: Int
    public var speakers: Int

    /// A topic row.
    public init(topic: String, quotes: Int, sessions: Int, speakers: Int) {
        self.topic = topic
        self.quotes = quotes
        self.sessions = sessions
        self.speakers = speakers
    }
}
