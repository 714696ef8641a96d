import RostrumAnalytics
import RostrumStore

/// `/speakers` (with `?q=` to find a name), `/speakers/{id}` (a person: names, roles over time,
/// what they spoke about and their quotes) and `/speaker?name=` (the page of a name, for links
/// from quotes).
struct SpeakerPages: Sendable {
    struct ListView: Sendable {
        var pageTitle = "Speakers"
        var query: String
        var people: [PersonRow]
        var empty: Bool
    }

    struct PersonRow: Sendable {
        var name: String
        var href: String
        var aliases: String?
        var position: String?
        var organization: String?
        var quotes: Int
        var sessions: Int

        init(_ person: PersonSummary) {
            name = person.name
            href = WebPaths.speaker(person.id)
            aliases = person.aliases.isEmpty ? nil : person.aliases.joined(separator: ", ")
            position = person.position
            organization = person.organization
            quotes = person.quotes
            sessions = person.sessions
        }
    }

    struct RoleRow: Sendable {
        var date: String?
        var event: String?
        var session: String
        var sessionHref: String
        var position: String?
        var organization: String?
        var organizationHref: String?
    }

    struct ProfileView: Sendable {
        var pageTitle: String
        var person: PersonRow
        var searchHref: String
        var feedHref: String
        var roles: [RoleRow]
        var connections: ConnectionsView?
        var listing: QuoteListing
    }

    let store: any Store
    /// Names the indicators of the figures cited; without it the page has no connections section.
    var tracker: FigureTracker? = nil

    /// People whose names match `query` (all, most quoted first, for none).
    func list(query: String?) async throws -> ListView {
        let query = (query ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let people = try await store.speakers(matching: query, limit: 500)
        return ListView(query: query, people: people.map(PersonRow.init), empty: people.isEmpty)
    }

    /// The profile of person `id`; nil when there is none.
    func profile(id: Int64, page: Int) async throws -> ProfileView? {
        guard let profile = try await store.person(id: id) else { return nil }
        var filters = SearchFilters()
        filters.personIDs = [id]
        let scope = FacetGroup.token("speaker", profile.person.name)
        let listing = try await QuoteListing(store: store, filters: filters, page: page, scope: scope) {
            WebPaths.with(WebPaths.speaker(id), [("page", $0 > 1 ? String($0) : nil)]) + "#quotes"
        }
        let roles = profile.roles.map {
            RoleRow(date: $0.date, event: $0.event, session: $0.sessionTitle ?? "Untitled session", sessionHref: WebPaths.session($0.sessionID),
                    position: $0.position, organization: $0.organization, organizationHref: $0.organizationID.map(WebPaths.organization))
        }
        return ProfileView(pageTitle: profile.person.name, person: PersonRow(profile.person), searchHref: WebPaths.search(scope),
                           feedHref: WebPaths.with("/feeds/atom", [("q", scope)]), roles: roles, connections: try await connections(.person(id)),
                           listing: listing)
    }

    /// The connections of `subject`, when there is a tracker to name indicators.
    func connections(_ subject: ProfileSubject) async throws -> ConnectionsView? {
        guard let tracker else { return nil }
        return ConnectionsView(try await ProfileReader(store: store, tracker: tracker).connections(of: subject), subject: subject)
    }

    /// The id of the person called `name` (exactly, or by an alias, else the best match); nil when nobody matches.
    func find(name: String) async throws -> Int64? {
        let candidates = try await store.speakers(matching: name, limit: 20)
        let folded = name.lowercased()
        if let exact = candidates.first(where: { $0.name.lowercased() == folded || $0.aliases.contains { $0.lowercased() == folded } }) {
            return exact.id
        }
        return candidates.first?.id
    }
}
