public import RostrumModel

/// One figure as the analyses see it: the value and where it was said, by whom and when.
///
/// Built by the store's callers from stored figures; the analyses never read a database.
public struct Observation: Sendable, Hashable {
    /// The stored figure's id, so a page can link to the evidence.
    public var figureID: Int64
    public var figure: Figure
    /// The year the figure is about (its own year, else the session's).
    public var year: Int?
    public var quoteID: Int64
    public var quoteText: String
    /// The heading of the quote's section, a last hint of what the figure measures.
    public var heading: String?
    public var speaker: Speaker?
    public var personID: Int64?
    /// ISO codes of the countries the quote names: which country or pair the figure is about.
    public var countries: [String]
    public var sessionID: Int64
    public var sessionTitle: String?
    public var event: String?
    /// The session date, YYYY-MM-DD.
    public var date: String?

    /// An observation.
    public init(figureID: Int64, figure: Figure, year: Int?, quoteID: Int64, quoteText: String, heading: String? = nil, speaker: Speaker?,
                personID: Int64?, countries: [String] = [], sessionID: Int64, sessionTitle: String?, event: String?, date: String?) {
        self.figureID = figureID
        self.figure = figure
        self.year = year
        self.quoteID = quoteID
        self.quoteText = quoteText
        self.heading = heading
        self.speaker = speaker
        self.personID = personID
        self.countries = countries
        self.sessionID = sessionID
        self.sessionTitle = sessionTitle
        self.event = event
        self.date = date
    }

    /// Which country (or countries) the figure is about, for telling Russia–China trade from
    /// Russia–Korea trade: the quote's countries without Russia when others are named (Rostrum's
    /// forums are Russian, so Russia is the implied other side), "RU" for Russia alone, "" for none.
    public var scope: String { Self.scope(of: countries) }

    /// The scope of a quote naming `countries` (see `scope`).
    public static func scope(of countries: [String]) -> String {
        let others = countries.filter { $0 != "RU" }.sorted()
        if !others.isEmpty { return others.joined(separator: "+") }
        return countries.contains("RU") ? "RU" : ""
    }

    /// The year of the session, from its date.
    public var sessionYear: Int? { date.flatMap { Int($0.prefix(4)) } }
}
