import RostrumModel

/// Flags reports of one indicator for one year that disagree: values apart by more than the
/// tolerance, taking qualifiers into account ("more than 100" does not contradict 105; "about
/// 100" allows 5% either way) and ranges as intervals.
public struct ConflictFinder: Sendable {
    /// Relative difference allowed between two exact reports.
    public var tolerance: Double

    /// A finder; 3% by default, rounding in speech being what it is.
    public init(tolerance: Double = 0.03) {
        self.tolerance = tolerance
    }

    /// The conflicts within `indicator`. Only reports that state their year count ("in 2018", "last
    /// year"): a figure dated only by its session may be about any period. Targets are plans, not
    /// reports, and are left out.
    public func conflicts(in indicator: Indicator) -> [FigureConflict] {
        // Positions of the dated reports by year: observations are read in place, not copied.
        let observations = indicator.observations
        var byYear: [Int: [Int]] = [:]
        for (index, observation) in observations.enumerated() where observation.figure.kind != .target {
            if let year = observation.figure.year { byYear[year, default: []].append(index) }
        }
        var found: [FigureConflict] = []
        for (year, reports) in byYear.sorted(by: { $0.key < $1.key }) {
            // Several figures of one quote are different things said together, not a disagreement.
            var quotes = Set<Int64>()
            let distinct = reports.filter { quotes.insert(observations[$0].quoteID).inserted }
            guard distinct.count > 1 else { continue }
            // A report disagrees with some other one exactly when another's interval starts above its
            // end or ends below its start: one pass for the extremes, one to test each (linear, where
            // comparing every pair was quadratic in the reports of a busy year).
            let intervals = distinct.map { interval(observations[$0].figure) }
            let highestLow = intervals.map(\.lowerBound).max() ?? -.infinity
            let lowestHigh = intervals.map(\.upperBound).min() ?? .infinity
            var involved = zip(distinct, intervals).filter { _, range in highestLow > range.upperBound || lowestHigh < range.lowerBound }
                .map { observations[$0.0] }
            guard !involved.isEmpty else { continue }
            involved.sort { ($0.figure.value, $0.figureID) < ($1.figure.value, $1.figureID) }
            let low = involved.first?.figure.value ?? 0, high = involved.last?.figure.value ?? 0
            found.append(FigureConflict(indicatorID: indicator.id, indicatorName: indicator.title, year: year,
                                        observations: involved, spread: low > 0 ? high / low - 1 : 0))
        }
        return found
    }

    /// The values a report allows, widened by the tolerance. Bounds that come out reversed (a
    /// negative value "almost", a range written high to low) are swapped; a value that is not a
    /// number allows anything, so it contradicts nothing.
    private func interval(_ figure: Figure) -> ClosedRange<Double> {
        let v = figure.value
        var low = v, high = figure.valueMax ?? v
        switch figure.qualifier {
        case .moreThan?, .atLeast?: high = .infinity
        case .lessThan?, .upTo?: low = -.infinity
        case .almost?: low = v * 0.9
        case .about?: low = v * 0.95; high = max(high, v * 1.05)
        case nil: break
        }
        let slack = tolerance / 2
        let from = low.isFinite ? low - abs(low) * slack : low
        let to = high.isFinite ? high + abs(high) * slack : high
        if from <= to { return from...to }
        if to <= from { return to...from }
        return -Double.infinity...Double.infinity
    }
}
