import RostrumAnalytics
import RostrumStore

/// `/organizations` (with `?q=`) and `/organizations/{id}`: who spoke for an organisation, at which
/// sessions, on which topics, and their quotes.
struct OrganizationPages: Sendable {
    struct Row: Sendable {
        var name: String
        var href: String
        var people: Int
        var quotes: Int
        var sessions: Int
    }

    struct ListView: Sendable {
        var pageTitle = "Organisations"
        var query: String
        var organizations: [Row]
        var empty: Bool
    }

    struct ProfileView: Sendable {
        var pageTitle: String
        var organization: Row
        var searchHref: String
        var people: [SpeakerPages.PersonRow]
        var sessions: [SessionRow]
        /// Set when the organisation has more sessions than are listed: a link to all of them.
        var moreSessions: MoreSessions?
        /// "The 50 most quoted of 1,149 people" when not all are listed.
        var peopleNote: String?
        var connections: ConnectionsView?
        var listing: QuoteListing
    }

    /// "The latest 50 of 14,332 sessions", with a link to all of them in the search's session view.
    struct MoreSessions: Sendable {
        var shown: Int
        var total: String
        var href: String
    }

    /// People listed on a profile page, the most quoted first (the API lists all of them).
    static let shownPeople = 50

    let store: any Store
    /// Names the indicators of the figures cited; without it the page has no connections section.
    var tracker: FigureTracker? = nil

    /// Organisations whose names contain every word of `query`.
    func list(query: String?) async throws -> ListView {
        let query = (query ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let found = try await store.organizations(matching: query, limit: 500)
        return ListView(query: query, organizations: found.map(Self.row), empty: found.isEmpty)
    }

    /// The profile of organisation `id`; nil when there is none.
    func profile(id: Int64, page: Int) async throws -> ProfileView? {
        guard let profile = try await store.organization(id: id) else { return nil }
        var filters = SearchFilters()
        filters.organizationIDs = [id]
        let scope = FacetGroup.token("org", profile.organization.name)
        let listing = try await QuoteListing(store: store, filters: filters, page: page, scope: scope) {
            WebPaths.with(WebPaths.organization(id), [("page", $0 > 1 ? String($0) : nil)]) + "#quotes"
        }
        return ProfileView(pageTitle: profile.organization.name, organization: Self.row(profile.organization),
                           searchHref: WebPaths.search(scope), people: profile.people.prefix(Self.shownPeople).map(SpeakerPages.PersonRow.init),
                           sessions: profile.sessions.map(SessionRow.init),
                           moreSessions: profile.organization.sessions > profile.sessions.count
                               ? MoreSessions(shown: profile.sessions.count, total: profile.organization.sessions.formatted(),
                                              href: WebPaths.with("/search", [("q", scope), ("view", "sessions"), ("sort", "date")]))
                               : nil,
                           peopleNote: profile.people.count > Self.shownPeople
                               ? "The \(Self.shownPeople) most quoted of \(profile.people.count.formatted()) people" : nil,
                           connections: try await SpeakerPages(store: store, tracker: tracker).connections(.organization(id)), listing: listing)
    }

    private static func row(_ summary: OrganizationSummary) -> Row {
        Row(name: summary.name, href: WebPaths.organization(summary.id), people: summary.people, quotes: summary.quotes, sessions: summary.sessions)
    }
}
