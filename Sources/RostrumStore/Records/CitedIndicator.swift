/// How often a person (or an organisation's people) cited figures of one indicator, scope, unit
/// and kind, and over which years.
public struct CitedIndicator: Sendable, Hashable {
    /// The indicator definition's id.
    public var indicator: String
    public var scope: String
    public var unit: String?
    /// The figure kind's raw value ("level", "target", …).
    public var kind: String
    public var figures: Int
    public var firstYear: Int?
    public var lastYear: Int?

    /// A row.
    public init(indicator: String, scope: String, unit: String?, kind: String, figures: Int, firstYear: Int?, lastYear: Int?) {
        self.indicator = indicator
        self.scope = scope
        self.unit = unit
        self.kind = kind
        self.figures = figures
        self.firstYear = firstYear
        self.lastYear = lastYear
    }
}
