import RostrumAnalytics
import RostrumModel

/// `/indicators` and `/indicators/{id}`: the figure tracker's series, each with a chart of its
/// values over time, the evidence behind every point, its targets and its conflicts.
struct IndicatorPages: Sendable {
    struct Row: Sendable {
        var name: String
        var href: String
        var scope: String?
        var unit: String
        var measure: String
        var reports: Int
        var targets: Int
        var years: String?
    }

    struct ListView: Sendable {
        var pageTitle = "Indicators"
        var query: String
        var total: Int
        var rows: [Row]
        var empty: Bool
        var pager: Pager
    }

    struct PointRow: Sendable {
        var year: String?
        var value: String
        var surface: String
        var isTarget: Bool
        var speaker: String?
        var speakerHref: String?
        var session: String
        var sessionHref: String
        var date: String?
    }

    struct View: Sendable {
        var pageTitle: String
        var name: String
        var nameRu: String
        var scope: String?
        var unit: String
        var measure: String
        var chart: String
        var points: [PointRow]
        var targets: [TargetsPage.Row]
        var conflicts: [ConflictRow]
        var hasTargets: Bool
        var hasConflicts: Bool
        /// "the latest 300 of 12,000" when the table does not show every point.
        var shownNote: String?
    }

    struct ConflictRow: Sendable {
        var year: Int
        var spread: String
        var reports: [PointRow]
    }

    static let perPage = 50
    /// The most points (and targets) one indicator page lists; the chart draws at most `chartPoints`.
    static let shownPoints = 300
    static let chartPoints = 2000
    let tracker: FigureTracker

    /// The list, filtered by words of the name.
    func list(query: String?, page: String?) async throws -> ListView {
        let text = (query ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let found = try await tracker.indicators(matching: text.isEmpty ? nil : text)
        let page = Pager.page(page)
        let pager = Pager(total: found.count, page: page, perPage: Self.perPage) {
            WebPaths.with("/indicators", [("q", text), ("page", $0 > 1 ? String($0) : nil)])
        }
        let rows = found.dropFirst((page - 1) * Self.perPage).prefix(Self.perPage).map { indicator in
            Row(name: indicator.definition.en, href: Self.path(indicator.id), scope: indicator.scope.isEmpty ? nil : indicator.scope,
                unit: FigureValue.unitName(indicator.unit), measure: indicator.measure.rawValue, reports: indicator.reported.count,
                targets: indicator.targets.count,
                years: indicator.years.map { $0.lowerBound == $0.upperBound ? String($0.lowerBound) : "\($0.lowerBound)–\($0.upperBound)" })
        }
        return ListView(query: text, total: found.count, rows: Array(rows), empty: found.isEmpty, pager: pager)
    }

    /// The page of indicator `id`; nil when there is none.
    func view(id: String) async throws -> View? {
        let snapshot = try await tracker.snapshot()
        guard let indicator = snapshot.indicators.first(where: { $0.id == id }) else { return nil }
        let unit = FigureValue.unitName(indicator.unit)
        // A busy series is shown by its latest points, read in full; the chart samples evenly.
        let shown = try await tracker.details(of: Array(indicator.observations.suffix(Self.shownPoints)))
        let sampled = Self.sample(indicator.observations.filter { $0.year != nil }, Self.chartPoints)
        let full = Dictionary(shown.map { ($0.figureID, $0) }, uniquingKeysWith: { a, _ in a })
        let points = sampled.compactMap { slim -> FigureChart.Point? in
            guard let year = slim.year else { return nil }
            let o = full[slim.figureID]
            let label = o.map { "\($0.figure.surface) — \($0.speaker?.name ?? "unattributed"), \($0.sessionTitle ?? "untitled session")" }
                ?? "\(FigureValue.text(slim.figure.value))\(FigureValue.unitSuffix(slim.figure.unit)) (\(year))"
            return FigureChart.Point(year: year, value: slim.figure.value, series: slim.figure.kind == .target ? "target" : "reported", label: label)
        }
        let chart = FigureChart(title: "\(indicator.title) by year", unit: unit, points: points).svg()
        let targets = try await tracker.hydrated(Array(snapshot.targets.filter { $0.indicatorID == id }.suffix(Self.shownPoints))).map(TargetsPage.row)
        let conflicts = try await tracker.hydrated(snapshot.conflicts.filter { $0.indicatorID == id }.map { $0.trimmed(to: 20) }).map { conflict in
            ConflictRow(year: conflict.year, spread: "\(Int((conflict.spread * 100).rounded()))% apart", reports: conflict.observations.map(Self.pointRow))
        }
        let total = indicator.observations.count
        return View(
            pageTitle: indicator.title, name: indicator.definition.en, nameRu: indicator.definition.ru,
            scope: indicator.scope.isEmpty ? nil : indicator.scope, unit: unit, measure: indicator.measure.rawValue, chart: chart,
            points: shown.map(Self.pointRow),
            targets: targets, conflicts: conflicts, hasTargets: !targets.isEmpty, hasConflicts: !conflicts.isEmpty,
            shownNote: total > shown.count ? "the latest \(shown.count) of \(total) figures" : nil)
    }

    /// At most `limit` of `items`, evenly spaced, the last always included.
    static func sample<T>(_ items: [T], _ limit: Int) -> [T] {
        guard items.count > limit, limit > 1 else { return items }
        let step = Double(items.count - 1) / Double(limit - 1)
        return (0..<limit).map { items[Int((Double($0) * step).rounded())] }
    }

    static func path(_ id: String) -> String { "/indicators/" + WebPaths.encode(id) }

    static func pointRow(_ o: Observation) -> PointRow {
        PointRow(year: o.year.map(String.init), value: FigureValue.text(o.figure.value) + FigureValue.unitSuffix(o.figure.unit), surface: o.figure.surface,
                 isTarget: o.figure.kind == .target, speaker: o.speaker?.name, speakerHref: o.personID.map(WebPaths.speaker),
                 session: o.sessionTitle ?? "Untitled session", sessionHref: WebPaths.session(o.sessionID), date: o.date)
    }
}
