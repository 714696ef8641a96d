public import RostrumModel

/// One figure as the analyses see it: the value and where it was said, by whom and when.
///
/// Built by the store's callers from stored figures; the analyses never read a database. The
/// quote, heading, speaker, countries, session title and event live in one shared reference: the
/// figure tracker holds every assigned figure of a large store as an observation, most of them
/// without those details, and copies of a small value cost less.
public struct Observation: Sendable, Hashable {
    /// The stored figure's id, so a page can link to the evidence.
    public var figureID: Int64
    public var figure: Figure
    /// The year the figure is about (its own year, else the session's).
    public var year: Int?
    public var quoteID: Int64
    public var personID: Int64?
    public var sessionID: Int64
    /// The session date, YYYY-MM-DD.
    public var date: String?
    private var context: Context

    /// The quote, its section, speaker and session: immutable, shared by copies.
    final class Context: Sendable, Hashable {
        let quoteText: String
        let heading: String?
        let speaker: Speaker?
        let countries: [String]
        let sessionTitle: String?
        let event: String?

        init(quoteText: String, heading: String?, speaker: Speaker?, countries: [String], sessionTitle: String?, event: String?) {
            self.quoteText = quoteText
            self.heading = heading
            self.speaker = speaker
            self.countries = countries
            self.sessionTitle = sessionTitle
            self.event = event
        }

        /// A context with no quote or session, naming `countries` only.
        convenience init(countries: [String]) {
            self.init(quoteText: "", heading: nil, speaker: nil, countries: countries, sessionTitle: nil, event: nil)
        }

        static func == (a: Context, b: Context) -> Bool {
            a === b || (a.quoteText == b.quoteText && a.heading == b.heading && a.speaker == b.speaker && a.countries == b.countries
                && a.sessionTitle == b.sessionTitle && a.event == b.event)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(quoteText)
            hasher.combine(heading)
            hasher.combine(speaker)
            hasher.combine(countries)
            hasher.combine(sessionTitle)
            hasher.combine(event)
        }

        /// This context with some parts replaced.
        func with(quoteText: String? = nil, heading: String?? = nil, speaker: Speaker?? = nil, countries: [String]? = nil,
                  sessionTitle: String?? = nil, event: String?? = nil) -> Context {
            Context(quoteText: quoteText ?? self.quoteText, heading: heading ?? self.heading, speaker: speaker ?? self.speaker,
                    countries: countries ?? self.countries, sessionTitle: sessionTitle ?? self.sessionTitle, event: event ?? self.event)
        }
    }

    public var quoteText: String {
        get { context.quoteText }
        set { context = context.with(quoteText: newValue) }
    }

    /// The heading of the quote's section, a last hint of what the figure measures.
    public var heading: String? {
        get { context.heading }
        set { context = context.with(heading: .some(newValue)) }
    }

    public var speaker: Speaker? {
        get { context.speaker }
        set { context = context.with(speaker: .some(newValue)) }
    }

    /// ISO codes of the countries the quote names: which country or pair the figure is about.
    public var countries: [String] {
        get { context.countries }
        set { context = context.with(countries: newValue) }
    }

    public var sessionTitle: String? {
        get { context.sessionTitle }
        set { context = context.with(sessionTitle: .some(newValue)) }
    }

    public var event: String? {
        get { context.event }
        set { context = context.with(event: .some(newValue)) }
    }

    /// An observation.
    public init(figureID: Int64, figure: Figure, year: Int?, quoteID: Int64, quoteText: String, heading: String? = nil, speaker: Speaker?,
                personID: Int64?, countries: [String] = [], sessionID: Int64, sessionTitle: String?, event: String?, date: String?) {
        self.init(figureID: figureID, figure: figure, year: year, quoteID: quoteID, personID: personID, sessionID: sessionID, date: date,
                  context: Context(quoteText: quoteText, heading: heading, speaker: speaker, countries: countries, sessionTitle: sessionTitle, event: event))
    }

    /// An observation whose quote and session details are `context`, which other observations may share.
    init(figureID: Int64, figure: Figure, year: Int?, quoteID: Int64, personID: Int64?, sessionID: Int64, date: String?, context: Context) {
        self.figureID = figureID
        self.figure = figure
        self.year = year
        self.quoteID = quoteID
        self.personID = personID
        self.sessionID = sessionID
        self.date = date
        self.context = context
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
