import Foundation
public import Hummingbird
import RostrumModel
import RostrumStore

/// `/topics`: the taxonomy topics with quotes, and one topic's counts by event and year, its top
/// speakers and its quotes.
public struct TopicRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds the topic routes to `group`.
    public func register(on group: RouterGroup<AppRequestContext>) {
        let store = dependencies.store
        group.get("topics") { _, _ in
            let topics = try await store.topics()
            return JSONResponse.make(.object([("total", .integer(topics.count)), ("items", .array(topics.map(APIJSON.topic)))]))
        }
        group.get("topics/:topic") { request, context in
            let raw = context.parameters.get("topic") ?? ""
            let name = (raw.removingPercentEncoding ?? raw).lowercased()
            let (limit, offset) = try APIQuery(request).page(defaultLimit: 20, maxLimit: 100)
            let topics = try await store.topics()
            guard let summary = topics.first(where: { $0.topic == name }) else {
                throw Problem(.notFound, title: "Not found",
                              detail: "no quotes have the topic '\(name)'; GET /api/v1/topics lists the topics in use")
            }
            var filters = SearchFilters()
            filters.topics = [name]
            let quotes = try await store.search(SearchQuery(filters: filters), limit: limit, offset: offset, sort: .date)
            return JSONResponse.make(.object([
                ("topic", APIJSON.topic(summary)),
                ("counts", .object([("events", APIJSON.counts(quotes.facets.events)), ("years", APIJSON.counts(quotes.facets.years))])),
                ("top_speakers", APIJSON.counts(Array(quotes.facets.speakers.prefix(10)))),
                ("quotes", APIJSON.quotes(quotes, limit: limit, offset: offset)),
            ]))
        }
    }
}
