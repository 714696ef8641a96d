import RostrumStore

/// The quotes of a person, an organisation or a topic: one page of them and the counts by topic,
/// event, year (the search facets), from one search restricted to them.
struct QuoteListing: Sendable {
    static let perPage = 20

    var total: Int
    var quotes: [QuoteRow]
    var pager: Pager
    var byTopic: [LinkItem]
    var byEvent: [LinkItem]
    var byYear: [LinkItem]
    var bySpeaker: [LinkItem]

    /// Page `page` of the quotes matching `filters`; `link` gives the address of a page, `scope`
    /// is the query filter that names the same set in the search ("topic:trade"), so counts link to searches.
    init(store: any Store, filters: SearchFilters, page: Int, scope: String?, link: (Int) -> String) async throws {
        var query = SearchQuery()
        query.filters = filters
        let results = try await store.search(query, limit: Self.perPage, offset: (page - 1) * Self.perPage, sort: .date)
        total = results.total
        quotes = results.hits.map(QuoteRow.init)
        pager = Pager(total: results.total, page: page, perPage: Self.perPage, link: link)
        func search(_ token: String) -> String { WebPaths.search([scope, token].compactMap { $0 }.joined(separator: " ")) }
        byTopic = results.facets.topics.map { LinkItem(label: TopicLabel.name($0.value), href: WebPaths.topic($0.value), count: $0.count) }
        byEvent = results.facets.events.map { LinkItem(label: $0.value, href: search(FacetGroup.token("event", $0.value)), count: $0.count) }
        byYear = results.facets.years.map { LinkItem(label: $0.value, href: search(FacetGroup.token("year", $0.value)), count: $0.count) }
        bySpeaker = results.facets.speakers.map { LinkItem(label: $0.value, href: WebPaths.speaker(named: $0.value), count: $0.count) }
    }
}
