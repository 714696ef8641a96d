public import RostrumStore

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
                                                     wholeQuote: observation.figure.kind == .target, unit: observation.figure.unit)
            else { continue }
            let unit = observation.figure.unit
            let scope = observation.scope
            let id = Indicator.id(definition: definition.id, scope: scope, unit: unit, measure: measure)
            groups[id, default: (definition, scope, unit, measure, [])].items.append(observation)
        }
        return groups.values.map { group in
            Indicator(definition: group.definition, scope: group.scope, unit: group.unit, measure: group.measure, observations: group.items.sorted(by: Self.chronological))
        }
        .sorted(by: Self.bestDocumentedFirst)
    }

    /// The indicators of every figure the store has matched to one (by `IndicatorIndexer`), the best
    /// documented first: read in series order in `parts` ranges at once and grouped as they come
    /// (`SeriesAccumulator`); no text is read. Figures naming an indicator not in `definitions` are
    /// left out.
    public static func indicators(in store: any Store, definitions: [IndicatorDefinition], parts: Int = 2) async throws -> [Indicator] {
        let byID = Dictionary(definitions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let accumulators = try await store.foldIndicatorFigures(parts: parts, initial: { SeriesAccumulator(definitions: byID) }) { $0.add($1) }
        var indicators: [Indicator] = []
        for var accumulator in accumulators { indicators += accumulator.finish() }
        return indicators.sorted(by: bestDocumentedFirst)
    }

    /// The order of indicator lists: the most observations first, then by id.
    public static func bestDocumentedFirst(_ a: Indicator, _ b: Indicator) -> Bool {
        (a.observations.count, b.id) > (b.observations.count, a.id)
    }

    /// "2019-09-05" as 20190905 (-1 for none), ordering like the text for YYYY-MM-DD dates.
    static func dateKey(_ date: String?) -> Int {
        guard let date else { return -1 }
        var key = 0
        for byte in date.utf8 where byte >= 0x30 && byte <= 0x39 { key = key &* 10 &+ Int(byte - 0x30) }
        return key
    }

    /// By year (unknown last), then session date, then figure id.
    static func chronological(_ a: Observation, _ b: Observation) -> Bool {
        let ya = a.year ?? Int.max, yb = b.year ?? Int.max
        if ya != yb { return ya < yb }
        if (a.date ?? "") != (b.date ?? "") { return (a.date ?? "") < (b.date ?? "") }
        return a.figureID < b.figureID
    }
}
