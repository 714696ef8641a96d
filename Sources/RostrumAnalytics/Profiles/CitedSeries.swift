public import RostrumModel
public import RostrumStore

/// A series a speaker (or an organisation's people) cited figures of: the indicator as the
/// tracker names it, with how many figures and targets and over which years.
public struct CitedSeries: Sendable, Hashable {
    /// The tracker's indicator id ("trade-turnover.CN.USD.level"), for a link to its page.
    public var id: String
    public var definition: IndicatorDefinition
    public var scope: String
    public var unit: String?
    public var measure: Measure
    /// Figures cited, targets included.
    public var figures: Int
    public var targets: Int
    public var firstYear: Int?
    public var lastYear: Int?

    /// "trade turnover (CN)".
    public var title: String { scope.isEmpty ? definition.en : "\(definition.en) (\(scope))" }

    /// The series of `rows` (one per indicator, scope, unit and kind), kinds merged by measure as
    /// the tracker merges them, most cited first; rows of unknown indicators or durations are left out.
    public static func merge(_ rows: [CitedIndicator], definitions: [IndicatorDefinition]) -> [CitedSeries] {
        let byID = Dictionary(definitions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var merged: [String: CitedSeries] = [:]
        var order: [String] = []
        for row in rows {
            guard let kind = FigureKind(rawValue: row.kind), let measure = Measure(kind), let definition = byID[row.indicator] else { continue }
            let id = Indicator.id(definition: row.indicator, scope: row.scope, unit: row.unit, measure: measure)
            var series = merged[id] ?? CitedSeries(id: id, definition: definition, scope: row.scope, unit: row.unit, measure: measure, figures: 0,
                                                   targets: 0, firstYear: nil, lastYear: nil)
            if merged[id] == nil { order.append(id) }
            series.figures += row.figures
            if kind == .target { series.targets += row.figures }
            series.firstYear = [series.firstYear, row.firstYear].compactMap { $0 }.min()
            series.lastYear = [series.lastYear, row.lastYear].compactMap { $0 }.max()
            merged[id] = series
        }
        return order.compactMap { merged[$0] }.sorted { ($0.figures, $1.id) > ($1.figures, $0.id) }
    }

    /// `{"id", "indicator", "name", "name_ru", "scope", "unit", "measure", "figures", "targets", "first_year", "last_year"}`.
    public var jsonValue: JSONValue {
        .object([
            ("id", .string(id)), ("indicator", .string(definition.id)), ("name", .string(definition.en)), ("name_ru", .string(definition.ru)),
            ("scope", .string(scope)), ("unit", unit.map(JSONValue.string) ?? .null), ("measure", .string(measure.rawValue)),
            ("figures", .integer(figures)), ("targets", .integer(targets)),
            ("first_year", firstYear.map(JSONValue.integer) ?? .null), ("last_year", lastYear.map(JSONValue.integer) ?? .null),
        ])
    }
}
