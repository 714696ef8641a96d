public import Hummingbird
import RostrumAnalytics
import RostrumModel
import RostrumStore

/// `/speakers` and `/organizations`: who spoke, for whom, and what they said.
///
/// A profile's quotes and counts come from a search restricted to the person or organisation,
/// so they agree with `/search`: counts by topic, event and year are that search's facets. The
/// figures cited (by series), the people or organisations met in the same sessions and the
/// countries named come from `ProfileReader`.
public struct PeopleRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds the speaker and organisation routes to `group`.
    public func register(on group: RouterGroup<AppRequestContext>) {
        let store = dependencies.store
        let profiles = ProfileReader(store: store, tracker: dependencies.tracker)
        group.get("speakers") { request, _ in
            let query = APIQuery(request)
            let (limit, offset) = try query.page(defaultLimit: 50, maxLimit: 500)
            let people = try await store.speakers(matching: query.string("q") ?? "", limit: offset + limit + 1)
            let page = people.dropFirst(offset).prefix(limit)
            return JSONResponse.make(APIJSON.list(limit: limit, offset: offset, hasMore: people.count > offset + limit, items: page.map(APIJSON.person)))
        }
        group.get("speakers/:id") { request, context in
            let id = try PathID.require(context)
            let (limit, offset) = try APIQuery(request).page(defaultLimit: 20, maxLimit: 100)
            guard let profile = try await store.person(id: id) else { throw PathID.notFound("speaker", id, listing: "GET /api/v1/speakers") }
            var filters = SearchFilters()
            filters.personIDs = [id]
            let quotes = try await store.search(SearchQuery(filters: filters), limit: limit, offset: offset, sort: .date)
            let connections = try await profiles.connections(of: .person(id))
            return JSONResponse.make(.object([
                ("person", APIJSON.person(profile.person)), ("roles", .array(profile.roles.map(APIJSON.role))),
                ("counts", .object([
                    ("topics", APIJSON.counts(quotes.facets.topics)), ("events", APIJSON.counts(quotes.facets.events)),
                    ("years", APIJSON.counts(quotes.facets.years)),
                ])),
            ] + connections.jsonFields(for: .person(id)) + [
                ("quotes", APIJSON.quotes(quotes, limit: limit, offset: offset)),
            ]))
        }
        group.get("organizations") { request, _ in
            let query = APIQuery(request)
            let (limit, offset) = try query.page(defaultLimit: 50, maxLimit: 500)
            let organizations = try await store.organizations(matching: query.string("q") ?? "", limit: offset + limit + 1)
            let page = organizations.dropFirst(offset).prefix(limit)
            return JSONResponse.make(APIJSON.list(limit: limit, offset: offset, hasMore: organizations.count > offset + limit,
                                                  items: page.map(APIJSON.organization)))
        }
        group.get("organizations/:id") { request, context in
            let id = try PathID.require(context)
            let query = APIQuery(request)
            let (limit, offset) = try query.page(defaultLimit: 20, maxLimit: 100)
            let sessionLimit = try query.integer("sessions_limit", default: OrganizationProfile.defaultSessionLimit, in: 0...1_000)
            guard let profile = try await store.organization(id: id, sessionLimit: sessionLimit) else {
                throw PathID.notFound("organization", id, listing: "GET /api/v1/organizations")
            }
            var filters = SearchFilters()
            filters.organizationIDs = [id]
            let quotes = try await store.search(SearchQuery(filters: filters), limit: limit, offset: offset, sort: .date)
            let connections = try await profiles.connections(of: .organization(id))
            return JSONResponse.make(.object([
                ("organization", APIJSON.organization(profile.organization)), ("people", .array(profile.people.map(APIJSON.person))),
                ("sessions", .array(profile.sessions.map(APIJSON.session))),
                ("sessions_total", .integer(profile.organization.sessions)),
                ("counts", .object([
                    ("topics", APIJSON.counts(quotes.facets.topics)), ("events", APIJSON.counts(quotes.facets.events)),
                    ("years", APIJSON.counts(quotes.facets.years)),
                ])),
            ] + connections.jsonFields(for: .organization(id)) + [
                ("quotes", APIJSON.quotes(quotes, limit: limit, offset: offset)),
            ]))
        }
    }
}
