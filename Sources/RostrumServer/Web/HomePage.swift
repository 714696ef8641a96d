import RostrumModel
import RostrumStore

/// `/`: what the knowledge base holds, the latest sessions, the most quoted topics and speakers.
struct HomePage: Sendable {
    struct View: Sendable {
        var pageTitle = "Home"
        var stats: [LinkItem]
        var languages: String?
        var sessions: [SessionRow]
        var topics: [LinkItem]
        var speakers: [LinkItem]
        var organizations: [LinkItem]
        var empty: Bool
    }

    let store: any Store

    /// The view of the home page.
    func view() async throws -> View {
        let stats = try await store.stats()
        let sessions = try await store.sessions(filter: SessionFilter(), limit: 8, offset: 0)
        let topics = try await store.topics().prefix(16)
        let speakers = try await store.speakers(matching: "", limit: 10)
        let organizations = try await store.organizations(matching: "", limit: 10)
        let languages = stats.languages.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.value) \(LanguageName.of($0.key))" }.joined(separator: ", ")
        return View(
            stats: [
                LinkItem(label: "sessions", href: "/sessions", count: stats.sessions),
                LinkItem(label: "quotes", href: "/search", count: stats.quotes),
                LinkItem(label: "speakers", href: "/speakers", count: stats.people),
                LinkItem(label: "organisations", href: "/organizations", count: stats.organizations),
                LinkItem(label: "events", href: "/sessions", count: stats.events),
                LinkItem(label: "figures", href: "/figures", count: stats.figures),
            ],
            languages: languages.isEmpty ? nil : languages,
            sessions: sessions.map(SessionRow.init),
            topics: topics.map { LinkItem(label: TopicLabel.name($0.topic), href: WebPaths.topic($0.topic), count: $0.quotes) },
            speakers: speakers.map { LinkItem(label: $0.name, href: WebPaths.speaker($0.id), count: $0.quotes) },
            organizations: organizations.map { LinkItem(label: $0.name, href: WebPaths.organization($0.id), count: $0.quotes) },
            empty: stats.sessions == 0)
    }
}
