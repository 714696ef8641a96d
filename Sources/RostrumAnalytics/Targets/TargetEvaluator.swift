/// Compares every target of an indicator with the levels reported for it, up to and after the
/// target's year, and gives it a status with its evidence.
///
/// A target is about growth when it is above the level last reported before it was set (or when
/// nothing was), about reduction otherwise. `asOfYear` is the year the assessment is made in: a
/// target whose year is later is judged by the trend of the reported levels, not as missed.
public struct TargetEvaluator: Sendable {
    /// How close to the target counts as reaching it (relative).
    public var tolerance: Double
    public let asOfYear: Int

    /// An evaluator as of `asOfYear`.
    public init(asOfYear: Int, tolerance: Double = 0.005) {
        self.asOfYear = asOfYear
        self.tolerance = tolerance
    }

    /// At most this many levels are given as evidence when no single one decides.
    static let evidenceLimit = 5

    /// Assessments of the targets of `indicator` (only level series have targets).
    ///
    /// Levels are in year order, so "before the target was set", "from the year before on" and
    /// "up to the target's year" are index ranges found by binary search, and the first level in a
    /// range that reaches the target comes from a `ValueRangeIndex`: O(log n) per target.
    public func assess(_ indicator: Indicator) -> [TargetAssessment] {
        guard indicator.measure == .level else { return [] }
        let observations = indicator.observations
        // Positions of the dated levels; observations come in chronological order, and a stable
        // sort by year keeps that order for any other input. Levels are read in place, not copied.
        var positions: [Int] = []
        for (index, observation) in observations.enumerated() where observation.figure.kind != .target && observation.year != nil {
            positions.append(index)
        }
        if !zip(positions, positions.dropFirst()).allSatisfy({ (observations[$0].year ?? 0) <= (observations[$1].year ?? 0) }) {
            positions.sort { (observations[$0].year ?? 0, $0) < (observations[$1].year ?? 0, $1) }
        }
        let series = Series(observations: observations, positions: positions, years: positions.map { observations[$0].year ?? 0 },
                            values: ValueRangeIndex(positions.map { observations[$0].figure.value }))
        let name = indicator.title
        var assessments: [TargetAssessment] = []
        for observation in observations where observation.figure.kind == .target {
            assessments.append(assess(observation, series: series, indicator: indicator, name: name))
        }
        return assessments
    }

    /// Reported levels in year order (positions into the indicator's observations) with their
    /// years and a range index of their values.
    private struct Series {
        var observations: [Observation]
        var positions: [Int]
        var years: [Int]
        var values: ValueRangeIndex

        var count: Int { positions.count }

        /// The level at `index` in year order.
        subscript(index: Int) -> Observation { observations[positions[index]] }

        /// The levels in `range` of the year order, at most the last `limit`.
        func levels(_ range: Range<Int>, last limit: Int) -> [Observation] {
            range.suffix(limit).map { self[$0] }
        }

        /// The first index whose year is at least `year`.
        func start(ofYear year: Int) -> Int {
            var low = 0, high = years.count
            while low < high {
                let middle = (low + high) / 2
                if years[middle] < year { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    private func assess(_ target: Observation, series: Series, indicator: Indicator, name: String) -> TargetAssessment {
        let unit = indicator.unit
        let goal = target.figure.value
        let levels = series
        func make(_ status: TargetStatus, _ evidence: [Observation], _ reason: TargetReason, projected: Double? = nil) -> TargetAssessment {
            TargetAssessment(indicatorID: indicator.id, indicatorName: name, target: target, status: status, evidence: evidence,
                             reason: reason, unit: unit, projected: projected)
        }
        guard let year = target.year else {
            return make(.noData, [], .undated(goal: goal))
        }
        let stated = target.sessionYear ?? year
        // Levels known when the target was set decide its direction.
        let beforeEnd = series.start(ofYear: stated)
        let baseline = beforeEnd > 0 ? levels[beforeEnd - 1] : nil
        let growth = baseline.map { goal >= $0.figure.value } ?? true
        let threshold = growth ? goal * (1 - tolerance) : goal * (1 + tolerance)
        func reaches(_ value: Double) -> Bool {
            growth ? value >= threshold : value <= threshold
        }
        // Levels that can count: from the year before the target was set on.
        let relevantStart = series.start(ofYear: stated - 1)
        let relevant = relevantStart..<series.count
        let upToYear = relevantStart..<max(relevantStart, series.start(ofYear: year + 1))
        if let index = series.values.first(in: upToYear, atLeast: growth, threshold) {
            let hit = levels[index]
            return make(.met, [hit], .reached(value: hit.figure.value, year: hit.year ?? year, goal: goal, deadline: year))
        }
        if asOfYear > year {
            let atOrAfter = max(relevantStart, series.start(ofYear: year))..<series.count
            guard let judgedIndex = atOrAfter.first else {
                return make(.noData, series.levels(relevant, last: Self.evidenceLimit), .unreported(deadline: year))
            }
            let judged = levels[judgedIndex]
            let later = series.values.first(in: (judgedIndex + 1)..<series.count, atLeast: growth, threshold).map { [levels[$0]] } ?? []
            return make(.missed, [judged] + later, .fellShort(value: judged.figure.value, year: judged.year ?? year, goal: goal, deadline: year))
        }
        // The year is still ahead: judge by the trend from the earliest to the latest usable level.
        let first = baseline ?? (relevant.isEmpty ? nil : levels[relevantStart])
        let last = relevant.isEmpty ? baseline : levels[series.count - 1]
        guard let first, let last, let firstYear = first.year, let lastYear = last.year, lastYear > firstYear else {
            let shown = (baseline.map { [$0] } ?? []) + series.levels(relevant, last: Self.evidenceLimit)
            return make(.noData, Array(shown.suffix(Self.evidenceLimit)), .tooFewLevels)
        }
        let slope = (last.figure.value - first.figure.value) / Double(lastYear - firstYear)
        let projected = last.figure.value + slope * Double(year - lastYear)
        let status: TargetStatus = reaches(projected) ? .onTrack : .offTrack
        return make(status, [first, last],
                    .trend(first: first.figure.value, firstYear: firstYear, last: last.figure.value, lastYear: lastYear, projected: projected,
                           goal: goal, deadline: year),
                    projected: projected)
    }
}
