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

    /// The indicators of figures whose indicator and scope the store already holds (matched once by
    /// `IndicatorIndexer`): grouping only, no text is read. Observations carry the figure, its ids
    /// and dates; their countries are the scope's. Rows naming an indicator not in `definitions`
    /// are left out.
    public static func indicators(assigned rows: [IndicatorFigure], definitions: [IndicatorDefinition]) -> [Indicator] {
        struct Key: Hashable {
            var indicator: String
            var scope: String
            var unit: String?
            var measure: Measure
        }
        let byID = Dictionary(definitions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Group row indices, sort each group by integer keys (year, date as YYYYMMDD, id: the
        // order of `chronological`), and only then build the observations, in their final place.
        var groups: [Key: [Int]] = [:]
        var sortKeys: [(year: Int, date: Int, id: Int64)] = []
        sortKeys.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            sortKeys.append((row.year ?? Int.max, Self.dateKey(row.date), row.id))
            guard let measure = Measure(row.figure.kind), byID[row.indicator] != nil else { continue }
            groups[Key(indicator: row.indicator, scope: row.scope, unit: row.figure.unit, measure: measure), default: []].append(index)
        }
        // One shared context per scope: the countries, no quote or session.
        var scopes: [String: Observation.Context] = [:]
        return groups.compactMap { key, indices -> Indicator? in
            guard let definition = byID[key.indicator] else { return nil }
            let context: Observation.Context
            if let known = scopes[key.scope] {
                context = known
            } else {
                context = Observation.Context(countries: key.scope.split(separator: "+").map(String.init))
                scopes[key.scope] = context
            }
            let ordered = indices.sorted { sortKeys[$0] < sortKeys[$1] }
            let observations = ordered.map { index -> Observation in
                let row = rows[index]
                return Observation(figureID: row.id, figure: row.figure, year: row.year, quoteID: row.quoteID, personID: row.personID,
                                   sessionID: row.sessionID, date: row.date, context: context)
            }
            return Indicator(definition: definition, scope: key.scope, unit: key.unit, measure: key.measure, observations: observations)
        }
        .sorted { ($0.observations.count, $1.id) > ($1.observations.count, $0.id) }
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
