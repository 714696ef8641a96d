/// A series of figures about the same thing in the same unit: "trade turnover, USD, level".
public struct Indicator: Sendable, Hashable, Identifiable {
    /// "trade-turnover.CN.USD.level": the definition, the scope, the unit and the measure.
    public var id: String
    public var definition: IndicatorDefinition
    /// The countries the series is about ("CN", "CN+KR"), "" when the quotes name none.
    public var scope: String
    /// The normalised unit ("USD", "percent", "tonne"), nil for bare numbers.
    public var unit: String?
    public var measure: Measure
    /// Every observation, by year (unknown years last), then session date.
    public var observations: [Observation]

    /// An indicator.
    public init(definition: IndicatorDefinition, scope: String, unit: String?, measure: Measure, observations: [Observation]) {
        self.id = Self.id(definition: definition.id, scope: scope, unit: unit, measure: measure)
        self.definition = definition
        self.scope = scope
        self.unit = unit
        self.measure = measure
        self.observations = observations
    }

    /// The id of the series of `definition` about `scope` in `unit` and `measure`.
    public static func id(definition: String, scope: String, unit: String?, measure: Measure) -> String {
        "\(definition).\(scope.isEmpty ? "any" : scope).\(unit ?? "number").\(measure.rawValue)"
    }

    /// "trade turnover (CN)": the name with the scope.
    public var title: String { scope.isEmpty ? definition.en : "\(definition.en) (\(scope))" }

    /// Observations that are not targets: what was reported.
    public var reported: [Observation] { observations.filter { $0.figure.kind != .target } }

    /// The targets set for this series.
    public var targets: [Observation] { observations.filter { $0.figure.kind == .target } }

    /// First and last year with an observation.
    public var years: ClosedRange<Int>? {
        let years = observations.compactMap(\.year)
        guard let low = years.min(), let high = years.max() else { return nil }
        return low...high
    }
}
