/// Two or more reports of the same indicator for the same year whose values cannot all be true.
public struct FigureConflict: Sendable, Hashable {
    public var indicatorID: String
    public var indicatorName: String
    public var year: Int
    /// The reports that disagree, smallest value first.
    public var observations: [Observation]
    /// Largest over smallest value, minus one (0.1 = 10% apart).
    public var spread: Double

    /// A conflict.
    public init(indicatorID: String, indicatorName: String, year: Int, observations: [Observation], spread: Double) {
        self.indicatorID = indicatorID
        self.indicatorName = indicatorName
        self.year = year
        self.observations = observations
        self.spread = spread
    }
}
