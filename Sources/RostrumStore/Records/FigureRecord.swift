public import RostrumModel

/// A stored figure with the quote, speaker and session behind it.
public struct FigureRecord: Sendable, Hashable {
    public var id: Int64
    public var figure: Figure
    /// The year the figure is about: its own year when it has one, else the session's year.
    public var year: Int?
    public var quoteID: Int64
    public var quoteText: String
    /// The heading of the quote's section.
    public var heading: String?
    public var personID: Int64?
    public var speaker: Speaker?
    /// ISO codes of the countries the quote names.
    public var countries: [String]
    public var sessionID: Int64
    public var sessionTitle: String?
    public var event: String?
    public var date: String?

    /// A figure row.
    public init(id: Int64, figure: Figure, year: Int?, quoteID: Int64, quoteText: String, heading: String? = nil, personID: Int64?, speaker: Speaker?,
                countries: [String] = [], sessionID: Int64, sessionTitle: String?, event: String?, date: String?) {
        self.id = id
        self.figure = figure
        self.year = year
        self.quoteID = quoteID
        self.quoteText = quoteText
        self.heading = heading
        self.personID = personID
        self.speaker = speaker
        self.countries = countries
        self.sessionID = sessionID
        self.sessionTitle = sessionTitle
        self.event = event
        self.date = date
    }
}
