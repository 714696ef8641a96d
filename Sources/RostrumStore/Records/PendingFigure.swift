public import RostrumModel

/// A stored figure whose indicator has not been matched yet, with the text the matcher reads: its
/// quote, the section heading and the countries the quote names.
public struct PendingFigure: Sendable, Hashable {
    public var id: Int64
    public var figure: Figure
    public var quoteID: Int64
    public var quoteText: String
    public var heading: String?
    /// ISO codes of the countries the quote names, sorted.
    public var countries: [String]

    /// A pending figure.
    public init(id: Int64, figure: Figure, quoteID: Int64, quoteText: String, heading: String?, countries: [String]) {
        self.id = id
        self.figure = figure
        self.quoteID = quoteID
        self.quoteText = quoteText
        self.heading = heading
        self.countries = countries
    }
}
