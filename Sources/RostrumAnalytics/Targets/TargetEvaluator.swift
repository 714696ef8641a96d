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

    /// Assessments of the targets of `indicator` (only level series have targets).
    public func assess(_ indicator: Indicator) -> [TargetAssessment] {
        guard indicator.measure == .level else { return [] }
        let levels = indicator.reported.filter { $0.year != nil }
        return indicator.targets.map { assess($0, levels: levels, indicator: indicator) }
    }

    private func assess(_ target: Observation, levels: [Observation], indicator: Indicator) -> TargetAssessment {
        let name = indicator.title
        let unit = indicator.unit
        let goal = target.figure.value
        func make(_ status: TargetStatus, _ evidence: [Observation], _ explanation: String, projected: Double? = nil) -> TargetAssessment {
            TargetAssessment(indicatorID: indicator.id, indicatorName: name, target: target, status: status, evidence: evidence,
                             explanation: explanation, projected: projected)
        }
        let goalText = ValueText.format(goal, unit: unit)
        guard let year = target.year else {
            return make(.noData, [], "the target \(goalText) has no year to be judged by")
        }
        let stated = target.sessionYear ?? year
        // Levels known when the target was set decide its direction.
        let before = levels.filter { ($0.year ?? 0) < stated }
        let baseline = before.last
        let growth = baseline.map { goal >= $0.figure.value } ?? true
        func reaches(_ value: Double) -> Bool {
            growth ? value >= goal * (1 - tolerance) : value <= goal * (1 + tolerance)
        }
        // Levels that can count: from the year before the target was set on.
        let relevant = levels.filter { ($0.year ?? 0) >= stated - 1 }
        if let hit = relevant.first(where: { ($0.year ?? Int.max) <= year && reaches($0.figure.value) }) {
            return make(.met, [hit], "\(ValueText.format(hit.figure.value, unit: unit)) reported for \(hit.year ?? year) reaches the target \(goalText) by \(year)")
        }
        if asOfYear > year {
            let atOrAfter = relevant.filter { ($0.year ?? 0) >= year }
            guard let judged = atOrAfter.first else {
                return make(.noData, relevant, "the year \(year) has passed but no \(name) level was reported for \(year) or later")
            }
            return make(.missed, [judged] + atOrAfter.dropFirst().filter { reaches($0.figure.value) }.prefix(1),
                        "\(ValueText.format(judged.figure.value, unit: unit)) reported for \(judged.year ?? year) falls short of the target \(goalText) by \(year)")
        }
        // The year is still ahead: judge by the trend from the earliest to the latest usable level.
        let series = (baseline.map { [$0] } ?? []) + relevant
        guard let first = series.first, let last = series.last, let firstYear = first.year, let lastYear = last.year, lastYear > firstYear else {
            return make(.noData, series, "too few \(name) levels reported since the target was set to see a trend")
        }
        let slope = (last.figure.value - first.figure.value) / Double(lastYear - firstYear)
        let projected = last.figure.value + slope * Double(year - lastYear)
        let status: TargetStatus = reaches(projected) ? .onTrack : .offTrack
        return make(status, [first, last],
                    "from \(ValueText.format(first.figure.value, unit: unit)) (\(firstYear)) to \(ValueText.format(last.figure.value, unit: unit)) (\(lastYear)) the trend gives \(ValueText.format(projected, unit: unit)) by \(year) against the target \(goalText)",
                    projected: projected)
    }
}
