public import RostrumModel

/// A figure with a known indicator, as the figure tracker reads them all: the value and the ids
/// and dates it needs, without the quote text (read for the few figures a page shows). The figure's
/// surface and subject are left empty and its offset nil: no analysis reads them, and a page that
/// shows a figure reads it in full.
public struct IndicatorFigure: Sendable, Hashable {
    public var id: Int64
    /// The indicator definition's id.
    public var indicator: String
    public var scope: String
    public var figure: Figure
    /// The year the figure is about: its own, else its session's.
    public var year: Int?
    public var quoteID: Int64
    public var sessionID: Int64
    public var personID: Int64?
    /// The session date, YYYY-MM-DD.
    public var date: String?

    /// A row.
    public init(id: Int64, indicator: String, scope: String, figure: Figure, year: Int?, quoteID: Int64, sessionID: Int64,
                personID: Int64?, date: String?) {
        self.id = id
        self.indicator = indicator
        self.scope = scope
        self.figure = figure
        self.year = year
        self.quoteID = quoteID
        self.sessionID = sessionID
        self.personID = personID
        self.date = date
    }
}
