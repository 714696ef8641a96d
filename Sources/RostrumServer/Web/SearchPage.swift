import RostrumStore

/// `/search?q=&page=&sort=&view=`: quotes (or sessions) matching a query in Rostrum's query
/// language, with highlighted snippets, facet links and pages. A query that does not parse is
/// shown again with the parser's message (status 400).
struct SearchPage: Sendable {
    static let perPage = 20

    struct SessionResult: Sendable {
        var title: String
        var href: String
        var sessionMeta: String?
        var matches: Int
        var best: QuoteRow
    }

    struct View: Sendable {
        var pageTitle: String
        var q: String
        var error: String?
        var searched: Bool
        var total: Int
        var noResults = false
        /// When nothing matched because a `topic:` value names no topic of the knowledge base:
        /// which values, and the topics there are.
        var unknownTopics: String?
        var knownTopics: String?
        var sessionsView: Bool
        var byDate: Bool
        var quotesHref: String
        var sessionsHref: String
        var relevanceHref: String
        var dateHref: String
        /// The digest of these results and their Atom feed.
        var digestHref: String
        var feedHref: String
        var hits: [QuoteRow]
        var sessions: [SessionResult]
        var facets: [FacetGroup]
        var pager: Pager?
    }

    let store: any Store

    /// The view for the request's query values, and whether the query was bad (400).
    func view(q rawQuery: String?, page: String?, sort: String?, view: String?) async throws -> (View, bad: Bool) {
        let q = (rawQuery ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let sessionsView = view == "sessions"
        let byDate = sort == "date"
        let page = Pager.page(page)
        func link(_ query: String, page: Int = 1, sessions: Bool = sessionsView, date: Bool = byDate) -> String {
            WebPaths.with("/search", [("q", query), ("view", sessions ? "sessions" : nil), ("sort", date ? "date" : nil),
                                      ("page", page > 1 ? String(page) : nil)])
        }
        var result = View(
            pageTitle: q.isEmpty ? "Search" : "Search: \(q)", q: q, error: nil, searched: false, total: 0,
            sessionsView: sessionsView, byDate: byDate,
            quotesHref: link(q, sessions: false), sessionsHref: link(q, sessions: true),
            relevanceHref: link(q, date: false), dateHref: link(q, date: true),
            digestHref: WebPaths.with("/api/v1/digest", [("q", q), ("format", "html")]), feedHref: WebPaths.with("/feeds/atom", [("q", q)]),
            hits: [], sessions: [], facets: [], pager: nil)
        guard !q.isEmpty else { return (result, false) }
        let query: SearchQuery
        do {
            query = try SearchQuery(parsing: q)
        } catch {
            result.error = error.description
            return (result, true)
        }
        result.searched = true
        let order: SearchSort = byDate ? .date : .relevance
        let offset = (page - 1) * Self.perPage
        if sessionsView {
            // Session results carry the same facets (counted over the matching quotes).
            let found = try await store.searchSessions(query, limit: Self.perPage, offset: offset, sort: order)
            result.facets = Self.facets(found.facets, query: q) { link($0) }
            result.total = found.total
            result.sessions = found.hits.map {
                SessionResult(title: $0.title ?? "Untitled session", href: WebPaths.session($0.sessionID),
                              sessionMeta: QuoteRow.joined([$0.event, $0.date]), matches: $0.matches, best: QuoteRow($0.best))
            }
        } else {
            let quotes = try await store.search(query, limit: Self.perPage, offset: offset, sort: order)
            result.facets = Self.facets(quotes.facets, query: q) { link($0) }
            result.total = quotes.total
            result.hits = quotes.hits.map(QuoteRow.init)
        }
        result.noResults = result.total == 0
        if result.noResults, !query.filters.topics.isEmpty {
            let known = try await store.topics().map(\.topic).sorted()
            let unknown = TopicNames.unknown(query.filters.topics, known: known)
            if !unknown.isEmpty {
                result.unknownTopics = unknown.joined(separator: ", ")
                result.knownTopics = known.map { "\($0) (\(TopicLabel.name($0)))" }.joined(separator: ", ")
            }
        }
        result.pager = Pager(total: result.total, page: page, perPage: Self.perPage) { link(q, page: $0) }
        return (result, false)
    }

    /// The facet groups of `facets` as links over `query`.
    static func facets(_ facets: SearchFacets, query: String, link: (String) -> String) -> [FacetGroup] {
        [
            FacetGroup("Speakers", facets.speakers, query: query, link: link) { FacetGroup.token("speaker", $0) },
            FacetGroup("Organisations", facets.organizations, query: query, link: link) { FacetGroup.token("org", $0) },
            FacetGroup("Topics", facets.topics, query: query, link: link, label: TopicLabel.name) { FacetGroup.token("topic", $0) },
            FacetGroup("Events", facets.events, query: query, link: link) { FacetGroup.token("event", $0) },
            FacetGroup("Years", facets.years, query: query, link: link) { FacetGroup.token("year", $0) },
            FacetGroup("Countries", facets.countries, query: query, link: link, label: CountryLabel.name) { FacetGroup.token("country", $0) },
            FacetGroup("Section kinds", facets.kinds, query: query, link: link, label: { $0.prefix(1).uppercased() + $0.dropFirst() }) {
                FacetGroup.token("kind", $0)
            },
        ].filter { !$0.items.isEmpty }
    }
}
