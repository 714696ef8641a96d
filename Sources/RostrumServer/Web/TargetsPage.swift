import RostrumAnalytics

/// `/targets?status=`: every stated target with its status against what was reported later, the
/// explanation in numbers and links to the evidence.
struct TargetsPage: Sendable {
    struct Row: Sendable {
        var status: String
        var statusLabel: String
        var indicator: String
        var indicatorHref: String
        var target: String
        var year: String?
        var speaker: String?
        var speakerHref: String?
        var session: String
        var sessionHref: String
        var date: String?
        var explanation: String
        var evidence: [IndicatorPages.PointRow]
        var hasEvidence: Bool
    }

    struct StatusLink: Sendable {
        var label: String
        var href: String
        var count: Int
        var current: Bool
    }

    struct View: Sendable {
        var pageTitle = "Targets"
        var statuses: [StatusLink]
        var rows: [Row]
        var empty: Bool
        var total: Int
        var pager: Pager
    }

    static let perPage = 100

    let tracker: FigureTracker

    /// The page, optionally showing one status only (an unknown status shows all).
    func view(status: String?, page: String? = nil) async throws -> View {
        let all = try await tracker.snapshot().targets
        let chosen = status.flatMap(TargetStatus.init(rawValue:))
        let matching = all.filter { chosen == nil || $0.status == chosen }
        let page = Pager.page(page)
        let pager = Pager(total: matching.count, page: page, perPage: Self.perPage) {
            WebPaths.with("/targets", [("status", chosen?.rawValue), ("page", $0 > 1 ? String($0) : nil)])
        }
        let shown = try await tracker.hydrated(Array(matching.dropFirst((page - 1) * Self.perPage).prefix(Self.perPage)))
        let tally = Dictionary(grouping: all, by: \.status).mapValues(\.count)
        let links = [StatusLink(label: "All", href: "/targets", count: all.count, current: chosen == nil)]
            + TargetStatus.allCases.map { s in
                StatusLink(label: Self.label(s), href: WebPaths.with("/targets", [("status", s.rawValue)]), count: tally[s] ?? 0,
                           current: s == chosen)
            }
        return View(statuses: links, rows: shown.map(Self.row), empty: matching.isEmpty, total: matching.count, pager: pager)
    }

    static func label(_ status: TargetStatus) -> String {
        switch status {
        case .met: "Met"
        case .missed: "Missed"
        case .onTrack: "On track"
        case .offTrack: "Off track"
        case .noData: "No data"
        }
    }

    static func row(_ a: TargetAssessment) -> Row {
        let t = a.target
        return Row(status: a.status.rawValue, statusLabel: label(a.status), indicator: a.indicatorName, indicatorHref: IndicatorPages.path(a.indicatorID),
                   target: t.figure.surface, year: t.figure.year.map(String.init), speaker: t.speaker?.name, speakerHref: t.personID.map(WebPaths.speaker),
                   session: t.sessionTitle ?? "Untitled session", sessionHref: WebPaths.session(t.sessionID), date: t.date,
                   explanation: a.explanation, evidence: a.evidence.map(IndicatorPages.pointRow), hasEvidence: !a.evidence.isEmpty)
    }
}
