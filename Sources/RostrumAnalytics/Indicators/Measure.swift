public import RostrumModel

/// What kind of series a figure belongs to: levels (with the targets set for them), changes, or shares.
///
/// A target joins the levels of its indicator and unit, because it is a level someone means to reach.
public enum Measure: String, Sendable, Hashable, Codable, CaseIterable {
    case level
    case change
    case share

    /// The series a figure kind belongs to; nil for durations, which track nothing over time.
    public init?(_ kind: FigureKind) {
        switch kind {
        case .level, .target, .count: self = .level
        case .change: self = .change
        case .share: self = .share
        case .duration: return nil
        }
    }
}
