import RostrumAnalytics
import RostrumStore

/// The part of a speaker or organisation page that `ProfileReader` fills: the series they cited
/// figures of (linked to the indicator pages), who shared their sessions and the countries their
/// quotes name. Rendered by the `connections` partial.
struct ConnectionsView: Sendable {
    struct SeriesRow: Sendable {
        var name: String
        var href: String
        var unit: String
        var measure: String
        var figures: Int
        var targets: Int
        var years: String?
    }

    struct SharedRow: Sendable {
        var name: String
        var href: String
        var sessions: Int
    }

    struct CountryRow: Sendable {
        var country: String
        var quotes: Int
    }

    var series: [SeriesRow]
    var shared: [SharedRow]
    var countries: [CountryRow]
    /// "People they shared sessions with" or "Organisations met in the same sessions".
    var sharedTitle: String
    var hasSeries: Bool
    var hasShared: Bool
    var hasCountries: Bool

    /// The view of `connections` for `subject`.
    init(_ connections: ProfileConnections, subject: ProfileSubject) {
        series = connections.figures.map { s in
            var years: String?
            if let first = s.firstYear, let last = s.lastYear { years = first == last ? String(first) : "\(first)–\(last)" }
            return SeriesRow(name: s.title, href: IndicatorPages.path(s.id), unit: FigureValue.unitName(s.unit), measure: s.measure.rawValue,
                             figures: s.figures, targets: s.targets, years: years)
        }
        let isPerson: Bool
        if case .person = subject { isPerson = true } else { isPerson = false }
        shared = connections.sharedSessions.map { s in
            SharedRow(name: s.name, href: isPerson ? WebPaths.speaker(s.id) : WebPaths.organization(s.id), sessions: s.sessions)
        }
        countries = connections.countries.map { CountryRow(country: CountryLabel.name($0.value), quotes: $0.quotes) }
        sharedTitle = isPerson ? "Speakers in the same sessions" : "Organisations in the same sessions"
        hasSeries = !series.isEmpty
        hasShared = !shared.isEmpty
        hasCountries = !countries.isEmpty
    }
}
