/// How many quotes of one event are on one topic, and how many quotes the event has in all.
public struct TopicEventCount: Sendable, Hashable, Codable {
    public var topic: String
    public var event: String
    /// The year of the event's sessions (the earliest when they span years), nil when undated.
    public var year: Int?
    /// The date of the event's first session (YYYY-MM-DD), nil when undated.
    public var date: String?
    public var quotes: Int
    /// All quotes of the event, the denominator of a share of attention.
    public var eventQuotes: Int

    /// A count.
    public init(topic: String, event: String, year: Int?, date: String? = nil, quotes: Int, eventQuotes: Int) {
        self.topic = topic
        self.event = event
        self.year = year
        self.date = date
        self.quotes = quotes
        self.eventQuotes = eventQuotes
    }
}
