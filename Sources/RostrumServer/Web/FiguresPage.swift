import RostrumModel
import RostrumStore

/// `/figures?subject=&unit=&kind=&from=&to=&page=`: the figures speakers cited, as a table and
/// as charts of value by year (one chart per unit, one colour per kind of figure).
struct FiguresPage: Sendable {
    static let perPage = 50
    /// How many figures the charts draw at most.
    static let chartLimit = 2000
    static let commonUnits = ["USD", "RUB", "EUR", "CNY", "JPY", "INR", "percent", "t", "count", "km", "year"]

    struct Row: Sendable {
        var value: String
        var surface: String
        var kind: String
        var subject: String?
        var year: String?
        var speaker: String?
        var speakerHref: String?
        var session: String
        var sessionHref: String
        var date: String?
    }

    struct Chart: Sendable {
        var svg: String
    }

    struct View: Sendable {
        var pageTitle = "Figures"
        var subjectFilter: String
        var unitFilter: String
        var units: [String]
        var kinds: [SessionsPage.Option]
        var fromFilter: String
        var toFilter: String
        var total: Int
        var rows: [Row]
        var charts: [Chart]
        var chartNote: String?
        var empty: Bool
        var filtered: Bool
        var pager: Pager
    }

    let store: any Store

    /// The page for the request's filter values; values that do not parse are ignored.
    func view(subject: String?, unit: String?, kind: String?, from: String?, to: String?, page: String?) async throws -> View {
        let subject = (subject ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let unit = (unit ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let kind = kind.flatMap(FigureKind.init(rawValue:))
        let from = from.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let to = to.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        var years: ClosedRange<Int>?
        switch (from, to) {
        case let (low?, high?): years = min(low, high)...max(low, high)
        case let (low?, nil): years = low...9999
        case let (nil, high?): years = 0...high
        default: years = nil
        }
        let filter = FigureFilter(subject: subject.isEmpty ? nil : subject, unit: unit.isEmpty ? nil : unit, kind: kind, years: years)
        let page = Pager.page(page)
        let listing = try await store.figures(filter, limit: Self.perPage, offset: (page - 1) * Self.perPage)
        let all = try await store.figures(filter, limit: Self.chartLimit, offset: 0)
        let pager = Pager(total: listing.total, page: page, perPage: Self.perPage) {
            WebPaths.with("/figures", [("subject", subject), ("unit", unit), ("kind", kind?.rawValue), ("from", from.map(String.init)),
                                       ("to", to.map(String.init)), ("page", $0 > 1 ? String($0) : nil)])
        }
        let charts = Self.charts(all.figures)
        var note: String?
        if all.total > all.figures.count { note = "The charts show the first \(all.figures.count) of \(all.total) figures; narrow the filters to see the rest." }
        let withoutYear = all.figures.filter { $0.year == nil }.count
        if withoutYear > 0 { note = [note, "\(withoutYear) figures without a year are in the table but not on the charts."].compactMap { $0 }.joined(separator: " ") }
        return View(
            subjectFilter: subject, unitFilter: unit, units: Self.commonUnits,
            kinds: [SessionsPage.Option(value: "", label: "any kind", selected: kind == nil)]
                + FigureKind.allCases.map { SessionsPage.Option(value: $0.rawValue, label: $0.rawValue, selected: $0 == kind) },
            fromFilter: from.map(String.init) ?? "", toFilter: to.map(String.init) ?? "",
            total: listing.total, rows: listing.figures.map(Self.row), charts: charts, chartNote: note,
            empty: listing.figures.isEmpty,
            filtered: !subject.isEmpty || !unit.isEmpty || kind != nil || years != nil, pager: pager)
    }

    /// One chart per unit (the four units with most figures), each point a figure with a year.
    static func charts(_ figures: [FigureRecord]) -> [Chart] {
        let dated = figures.filter { $0.year != nil }
        var byUnit: [String: [FigureRecord]] = [:]
        for record in dated { byUnit[record.figure.unit ?? "no unit", default: []].append(record) }
        let units = byUnit.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(4)
        if units.isEmpty {
            return [Chart(svg: FigureChart(title: "Figures by year", unit: "", points: []).svg())]
        }
        return units.map { unit, records in
            let points = records.compactMap { record -> FigureChart.Point? in
                guard let year = record.year else { return nil }
                let who = record.speaker?.name ?? "unattributed"
                let label = "\(FigureMarkup.title(record.figure)) — \(who), \(record.sessionTitle ?? "untitled session")"
                return FigureChart.Point(year: year, value: record.figure.value, series: record.figure.kind.rawValue, label: label)
            }
            let name = unit == "percent" ? "%" : unit
            return Chart(svg: FigureChart(title: "Figures in \(name) by year", unit: name, points: points).svg())
        }
    }

    private static func row(_ record: FigureRecord) -> Row {
        let figure = record.figure
        var value = FigureValue.text(figure.value)
        if let high = figure.valueMax { value += "–" + FigureValue.text(high) }
        if let unit = figure.unit { value += unit == "percent" ? "%" : " " + unit }
        return Row(value: value, surface: figure.surface, kind: figure.kind.rawValue, subject: figure.subject, year: record.year.map(String.init),
                   speaker: record.speaker?.name, speakerHref: record.personID.map(WebPaths.speaker),
                   session: record.sessionTitle ?? "Untitled session", sessionHref: WebPaths.session(record.sessionID), date: record.date)
    }
}
