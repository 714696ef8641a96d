import RostrumAnalytics
import RostrumStore

/// `/graph?kind=`: the co-occurrence graph drawn, with a switch between its two kinds and a link
/// to its JSON.
struct GraphPage: Sendable {
    struct KindLink: Sendable {
        var label: String
        var href: String
        var current: Bool
    }

    struct View: Sendable {
        var pageTitle = "Who speaks about what"
        var kinds: [KindLink]
        var svg: String
        var jsonHref: String
        var pairs: Int
    }

    static let pairLimit = 60
    let store: any Store

    /// The page for `kind` (speakers and topics unless it names the other kind).
    func view(kind: String?) async throws -> View {
        let chosen = kind.flatMap(CooccurrenceKind.init(rawValue:)) ?? .speakerTopic
        let pairs = try await store.cooccurrences(chosen, limit: Self.pairLimit)
        let graph = CooccurrenceGraph(kind: chosen, pairs: pairs)
        return View(
            kinds: [
                KindLink(label: "Speakers ↔ topics", href: WebPaths.with("/graph", [("kind", CooccurrenceKind.speakerTopic.rawValue)]), current: chosen == .speakerTopic),
                KindLink(label: "Organisations ↔ countries", href: WebPaths.with("/graph", [("kind", CooccurrenceKind.organizationCountry.rawValue)]),
                         current: chosen == .organizationCountry),
            ],
            svg: GraphDrawing(graph: graph).svg(), jsonHref: WebPaths.with("/api/v1/graph", [("kind", chosen.rawValue)]), pairs: pairs.count)
    }
}
