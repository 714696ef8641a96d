public import RostrumStore

/// Groups assigned figures into indicators as they arrive in series order (indicator, scope, unit,
/// kind; see `Store.foldIndicatorFigures`): a series is complete when the next one starts, so
/// nothing is hashed per figure and only the observations of one series are ever sorted.
///
/// Observations carry the figure, its ids and dates; their countries are the scope's, in one
/// context shared by every observation of that scope. Rows naming an indicator not in the
/// definitions, and durations, are left out.
public struct SeriesAccumulator: Sendable {
    private let definitions: [String: IndicatorDefinition]
    private var scopes: [String: Observation.Context] = [:]
    /// The series being read: its indicator's definition (nil when unknown), scope, the scope's
    /// shared context and unit.
    private var current: (indicator: String, definition: IndicatorDefinition?, scope: String, context: Observation.Context, unit: String?)?
    /// The current series' observations per measure (see `slot(of:)`) and whether each is already
    /// in time order.
    private var pending: [[Observation]] = Array(repeating: [], count: Measure.allCases.count)
    private var ordered: [Bool] = Array(repeating: true, count: Measure.allCases.count)
    /// The time-order key of the last observation of each measure.
    private var lastKeys: [(year: Int, date: Int, id: Int64)] = Array(repeating: (0, 0, 0), count: Measure.allCases.count)
    /// The indicators completed so far, in the order their series ended.
    public private(set) var indicators: [Indicator] = []

    /// An accumulator knowing `definitions`, keyed by id.
    public init(definitions: [String: IndicatorDefinition]) {
        self.definitions = definitions
    }

    /// Takes the next figure in series order.
    public mutating func add(_ row: IndicatorFigure) {
        guard let measure = Measure(row.figure.kind) else { return }
        if let current, current.indicator == row.indicator, current.scope == row.scope, current.unit == row.figure.unit {
            // Same series.
        } else {
            flush()
            current = (row.indicator, definitions[row.indicator], row.scope, context(of: row.scope), row.figure.unit)
        }
        guard let current, current.definition != nil else { return }
        let slot = Self.slot(of: measure)
        let context = current.context
        let observation = Observation(figureID: row.id, figure: row.figure, year: row.year, quoteID: row.quoteID, personID: row.personID,
                                      sessionID: row.sessionID, date: row.date, context: context)
        let key = Self.key(observation)
        if ordered[slot], !pending[slot].isEmpty, !(lastKeys[slot] < key) { ordered[slot] = false }
        lastKeys[slot] = key
        pending[slot].append(observation)
    }

    /// The context shared by the observations of `scope`: its countries, no quote or session.
    private mutating func context(of scope: String) -> Observation.Context {
        if let known = scopes[scope] { return known }
        let context = Observation.Context(countries: scope.split(separator: "+").map(String.init))
        scopes[scope] = context
        return context
    }

    /// The index of `measure` in `Measure.allCases`.
    private static func slot(of measure: Measure) -> Int {
        switch measure {
        case .level: 0
        case .change: 1
        case .share: 2
        }
    }

    /// Every indicator, the series still open included.
    public mutating func finish() -> [Indicator] {
        flush()
        return indicators
    }

    /// Ends the current series: one indicator per measure that has observations.
    private mutating func flush() {
        defer { current = nil }
        guard let current, let definition = current.definition else { return }
        for measure in Measure.allCases {
            let slot = Self.slot(of: measure)
            guard !pending[slot].isEmpty else { continue }
            var observations = pending[slot]
            if !ordered[slot] {
                // Levels, counts and targets arrive as three runs, each in time order: sorted by
                // integer keys, then moved once.
                let keys = observations.map(Self.key)
                observations = keys.indices.sorted { keys[$0] < keys[$1] }.map { observations[$0] }
            }
            indicators.append(Indicator(definition: definition, scope: current.scope, unit: current.unit, measure: measure, observations: observations))
            pending[slot] = []
            ordered[slot] = true
        }
    }

    /// The time order of `IndicatorBuilder.chronological`: year (unknown last), session date, figure id.
    private static func key(_ o: Observation) -> (year: Int, date: Int, id: Int64) {
        (o.year ?? Int.max, IndicatorBuilder.dateKey(o.date), o.figureID)
    }
}
