/// The indicator a stored figure measures, decided once after the figure was stored.
public struct FigureAssignment: Sendable, Hashable {
    public var figureID: Int64
    /// The indicator definition's id ("trade-turnover"); nil when the figure measures nothing known.
    public var indicator: String?
    /// The countries the figure is about ("CN", "CN+KR", "RU", "" for none).
    public var scope: String

    /// An assignment.
    public init(figureID: Int64, indicator: String?, scope: String) {
        self.figureID = figureID
        self.indicator = indicator
        self.scope = scope
    }
}
