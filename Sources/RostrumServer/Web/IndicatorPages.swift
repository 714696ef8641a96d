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
    }

    struct ConflictRow: Sendable {
        var year: Int
        var spread: String
        var reports: [PointRow]
    }

    static let perPage = 50
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
        let points = indicator.observations.compactMap { o -> FigureChart.Point? in
            guard let year = o.year else { return nil }
            return FigureChart.Point(year: year, value: o.figure.value, series: o.figure.kind == .target ? "target" : "reported",
                                     label: "\(o.figure.surface) — \(o.speaker?.name ?? "unattributed"), \(o.sessionTitle ?? "untitled session")")
        }
        let chart = FigureChart(title: "\(indicator.title) by year", unit: unit, points: points).svg()
        let targets = snapshot.targets.filter { $0.indicatorID == id }.map(TargetsPage.row)
        let conflicts = snapshot.conflicts.filter { $0.indicatorID == id }.map { conflict in
            ConflictRow(year: conflict.year, spread: "\(Int((conflict.spread * 100).rounded()))% apart", reports: conflict.observations.map(Self.pointRow))
        }
        return View(
            pageTitle: indicator.title, name: indicator.definition.en, nameRu: indicator.definition.ru,
            scope: indicator.scope.isEmpty ? nil : indicator.scope, unit: unit, measure: indicator.measure.rawValue, chart: chart,
            points: indicator.observations.map(Self.pointRow),
            targets: targets, conflicts: conflicts, hasTargets: !targets.isEmpty, hasConflicts: !conflicts.isEmpty)
    }

    static func path(_ id: String) -> String { "/indicators/" + WebPaths.encode(id) }

    static func pointRow(_ o: Observation) -> PointRow {
        PointRow(year: o.year.map(String.init), value: FigureValue.text(o.figure.value) + FigureValue.unitSuffix(o.figure.unit), surface: o.figure.surface,
                 isTarget: o.figure.kind == .target, speaker: o.speaker?.name, speakerHref: o.personID.map(WebPaths.speaker),
                 session: o.sessionTitle ?? "Untitled session", sessionHref: WebPaths.session(o.sessionID), date: o.date)
    }
}
