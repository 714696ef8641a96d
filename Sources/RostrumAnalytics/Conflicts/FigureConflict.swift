/// Two or more reports of the same indicator for the same year whose values cannot all be true.
public struct FigureConflict: Sendable, Hashable {
    public var indicatorID: String
    public var indicatorName: String
    public var year: Int
    /// The reports that disagree, smallest value first.
    public var observations: [Observation]
    /// Largest over smallest value, minus one (0.1 = 10% apart).
    public var spread: Double
    /// How many reports disagree (more than `observations` once `trimmed(to:)`).
    public var reportCount: Int

    /// A conflict.
    public init(indicatorID: String, indicatorName: String, year: Int, observations: [Observation], spread: Double) {
        self.indicatorID = indicatorID
        self.indicatorName = indicatorName
        self.year = year
        self.observations = observations
        self.spread = spread
        reportCount = observations.count
    }

    /// The conflict with only its `limit` most extreme reports (the lowest and the highest values),
    /// for showing a busy year without every report in it.
    public func trimmed(to limit: Int) -> FigureConflict {
        guard observations.count > limit, limit > 1 else { return self }
        var copy = self
        copy.observations = Array(observations.prefix(limit / 2)) + observations.suffix(limit - limit / 2)
        return copy
    }
}
