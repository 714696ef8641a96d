/// Why a target got its status, with the numbers that decided it.
///
/// The sentence a person reads (`TargetAssessment.explanation`) is written from this when it is
/// shown: a cold figure tracker judges every target of a large store, and a page shows a hundred.
public enum TargetReason: Sendable, Hashable {
    /// The target states no year.
    case undated(goal: Double)
    /// `value`, reported for `year`, reaches `goal` by `deadline`.
    case reached(value: Double, year: Int, goal: Double, deadline: Int)
    /// The deadline has passed and nothing was reported for it or later.
    case unreported(deadline: Int)
    /// `value`, reported for `year` (the deadline or the first year after it), falls short of `goal`.
    case fellShort(value: Double, year: Int, goal: Double, deadline: Int)
    /// The deadline is ahead, but too few levels were reported to see a trend.
    case tooFewLevels
    /// The deadline is ahead; the trend from the first level to the last gives `projected` by then.
    case trend(first: Double, firstYear: Int, last: Double, lastYear: Int, projected: Double, goal: Double, deadline: Int)

    /// The reason in one sentence, naming the indicator as `name` and its values in `unit`.
    public func sentence(name: String, unit: String?) -> String {
        func text(_ value: Double) -> String { ValueText.format(value, unit: unit) }
        switch self {
        case .undated(let goal):
            return "the target \(text(goal)) has no year to be judged by"
        case .reached(let value, let year, let goal, let deadline):
            return "\(text(value)) reported for \(year) reaches the target \(text(goal)) by \(deadline)"
        case .unreported(let deadline):
            return "the year \(deadline) has passed but no \(name) level was reported for \(deadline) or later"
        case .fellShort(let value, let year, let goal, let deadline):
            return "\(text(value)) reported for \(year) falls short of the target \(text(goal)) by \(deadline)"
        case .tooFewLevels:
            return "too few \(name) levels reported since the target was set to see a trend"
        case .trend(let first, let firstYear, let last, let lastYear, let projected, let goal, let deadline):
            return "from \(text(first)) (\(firstYear)) to \(text(last)) (\(lastYear)) the trend gives \(text(projected)) by \(deadline) against the target \(text(goal))"
        }
    }
}
