/// Groups observations into indicators: the thing measured (by `IndicatorMatcher`), the countries
/// it is about (`Observation.scope`), the unit and the measure. Figures whose indicator cannot be
/// told, and durations, stay out. A reported figure must name its indicator in its own sentence
/// (or subject); a target may take it from the rest of the quote or the heading ("The target of
/// $100 billion by 2020 is reachable" under "Trade turnover is growing").
public struct IndicatorBuilder: Sendable {
    private let matcher: IndicatorMatcher

    /// A builder using `matcher`.
    public init(matcher: IndicatorMatcher) {
        self.matcher = matcher
    }

    /// The indicators of `observations`, the best documented first (most observations, then name).
    public func indicators(from observations: [Observation]) -> [Indicator] {
        var groups: [String: (definition: IndicatorDefinition, scope: String, unit: String?, measure: Measure, items: [Observation])] = [:]
        for observation in observations {
            guard let measure = Measure(observation.figure.kind),
                  let definition = matcher.indicator(forFigureAt: observation.figure.offset, in: observation.quoteText,
                                                     subject: observation.figure.subject, heading: observation.heading,
                                                     wholeQuote: observation.figure.kind == .target)
            else { continue }
            let unit = observation.figure.unit
            let scope = observation.scope
            let id = Indicator.id(definition: definition.id, scope: scope, unit: unit, measure: measure)
            groups[id, default: (definition, scope, unit, measure, [])].items.append(observation)
        }
        return groups.values.map { group in
            Indicator(definition: group.definition, scope: group.scope, unit: group.unit, measure: group.measure, observations: group.items.sorted(by: Self.chronological))
        }
        .sorted { ($0.observations.count, $1.id) > ($1.observations.count, $0.id) }
    }

    /// By year (unknown last), then session date, then figure id.
    static func chronological(_ a: Observation, _ b: Observation) -> Bool {
        let ya = a.year ?? Int.max, yb = b.year ?? Int.max
        if ya != yb { return ya < yb }
        if (a.date ?? "") != (b.date ?? "") { return (a.date ?? "") < (b.date ?? "") }
        return a.figureID < b.figureID
    }
}
