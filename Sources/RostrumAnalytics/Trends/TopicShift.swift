/// How the attention a topic got changed from one event to another.
public struct TopicShift: Sendable, Hashable {
    public var topic: String
    public var quotesBefore: Int
    public var quotesAfter: Int
    /// Share of the event's quotes, 0…1.
    public var shareBefore: Double
    public var shareAfter: Double

    /// A shift.
    public init(topic: String, quotesBefore: Int, quotesAfter: Int, shareBefore: Double, shareAfter: Double) {
        self.topic = topic
        self.quotesBefore = quotesBefore
        self.quotesAfter = quotesAfter
        self.shareBefore = shareBefore
        self.shareAfter = shareAfter
    }

    /// The change of share in percentage points.
    public var points: Double { (shareAfter - shareBefore) * 100 }
}
