public import RostrumModel

/// One line of a session listing.
public struct SessionSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var title: String?
    public var event: String?
    public var date: String?
    public var language: Language
    public var source: String?
    public var quotes: Int
    public var speakers: Int

    /// A summary row.
    public init(id: Int64, title: String?, event: String?, date: String?, language: Language, source: String?, quotes: Int, speakers: Int) {
        self.id = id
        self.title = title
        self.event = event
        self.date = date
        self.language = language
        self.source = source
        self.quotes = quotes
        self.speakers = speakers
    }
}
