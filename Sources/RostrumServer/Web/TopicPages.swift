import RostrumStore

/// `/topics` (every topic with its counts) and `/topics/{topic}` (who spoke on it, where, when,
/// and the quotes).
struct TopicPages: Sendable {
    struct Row: Sendable {
        var topic: String
        var href: String
        var quotes: Int
        var sessions: Int
        var speakers: Int
        /// The bar width in percent of the most quoted topic.
        var share: Int
    }

    struct ListView: Sendable {
        var pageTitle = "Topics"
        var topics: [Row]
        var empty: Bool
    }

    struct TopicView: Sendable {
        var pageTitle: String
        var topic: String
        var searchHref: String
        var feedHref: String
        var listing: QuoteListing
    }

    let store: any Store

    /// Every topic, most quoted first.
    func list() async throws -> ListView {
        let topics = try await store.topics()
        let most = max(1, topics.map(\.quotes).max() ?? 1)
        return ListView(topics: topics.map {
            Row(topic: TopicLabel.name($0.topic), href: WebPaths.topic($0.topic), quotes: $0.quotes, sessions: $0.sessions, speakers: $0.speakers,
                share: max(2, $0.quotes * 100 / most))
        }, empty: topics.isEmpty)
    }

    /// The page of `topic`; nil when no quote has it.
    func topic(_ topic: String, page: Int) async throws -> TopicView? {
        var filters = SearchFilters()
        filters.topics = [topic]
        let scope = FacetGroup.token("topic", topic)
        let listing = try await QuoteListing(store: store, filters: filters, page: page, scope: scope) {
            WebPaths.with(WebPaths.topic(topic), [("page", $0 > 1 ? String($0) : nil)]) + "#quotes"
        }
        if listing.total == 0, page == 1 { return nil }
        return TopicView(pageTitle: "Topic: \(TopicLabel.name(topic))", topic: TopicLabel.name(topic), searchHref: WebPaths.search(scope),
                         feedHref: WebPaths.with("/feeds/atom", [("q", scope)]), listing: listing)
    }
}
