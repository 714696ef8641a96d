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
    /// The series being read (kept as separate properties, compared in place: a tuple would be
    /// copied, with its strings retained, for every figure): indicator, scope, unit, the
    /// indicator's definition (nil when unknown) and the scope's shared context.
    private var hasSeries = false
    private var indicator = ""
    private var scope = ""
    private var unit: String?
    private var definition: IndicatorDefinition?
    private var context: Observation.Context?
    /// The current series' rows per measure (see `slot(of:)`), buffers reused from series to
    /// series, whether each is already in time order, and the time-order key of its last row.
    private var pending: [[IndicatorFigure]] = Array(repeating: [], count: Measure.allCases.count)
    private var ordered: [Bool] = Array(repeating: true, count: Measure.allCases.count)
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
        if !hasSeries || indicator != row.indicator || scope != row.scope || unit != row.figure.unit {
            flush()
            hasSeries = true
            (indicator, scope, unit) = (row.indicator, row.scope, row.figure.unit)
            definition = definitions[row.indicator]
            context = definition == nil ? nil : context(of: row.scope)
        }
        guard definition != nil else { return }
        let slot = Self.slot(of: measure)
        let key = Self.key(row)
        if ordered[slot], !pending[slot].isEmpty, !(lastKeys[slot] < key) { ordered[slot] = false }
        lastKeys[slot] = key
        pending[slot].append(row)
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

    /// Ends the current series: one indicator per measure that has rows, its observations made
    /// once, in their final order, in an array of the exact size.
    private mutating func flush() {
        defer { hasSeries = false }
        guard hasSeries, let definition, let context else { return }
        for measure in Measure.allCases {
            let slot = Self.slot(of: measure)
            guard !pending[slot].isEmpty else { continue }
            let observations: [Observation]
            if ordered[slot] {
                observations = pending[slot].map { Self.observation($0, context) }
            } else {
                // Levels, counts and targets arrive as three runs, each in time order (unknown
                // years first): sorted by integer keys.
                let rows = pending[slot]
                let keys = rows.map(Self.key)
                observations = keys.indices.sorted { keys[$0] < keys[$1] }.map { Self.observation(rows[$0], context) }
            }
            indicators.append(Indicator(definition: definition, scope: scope, unit: unit, measure: measure, observations: observations))
            pending[slot].removeAll(keepingCapacity: true)
            ordered[slot] = true
        }
    }

    /// The observation of `row`, sharing `context`.
    private static func observation(_ row: IndicatorFigure, _ context: Observation.Context) -> Observation {
        Observation(figureID: row.id, figure: row.figure, year: row.year, quoteID: row.quoteID, personID: row.personID,
                    sessionID: row.sessionID, date: row.date, context: context)
    }

    /// The time order of `IndicatorBuilder.chronological`: year (unknown last), session date, figure id.
    private static func key(_ row: IndicatorFigure) -> (year: Int, date: Int, id: Int64) {
        (row.year ?? Int.max, IndicatorBuilder.dateKey(row.date), row.id)
    }
}
