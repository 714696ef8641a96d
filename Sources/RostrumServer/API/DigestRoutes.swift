public import Hummingbird
import RostrumAnalytics
import RostrumDigest
import RostrumExtraction
import RostrumModel
import RostrumStore

/// `GET /digest?q=`: a digest across sessions — the best quotes for a query grouped by thesis and
/// event after a box of key figures — as Markdown, HTML or the document JSON.
public struct DigestRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds the digest route to `group`.
    public func register(on group: RouterGroup<AppRequestContext>) {
        let store = dependencies.store
        group.get("digest") { request, _ in
            let query = APIQuery(request)
            guard let text = query.string("q") else { throw APIQuery.bad("q", "give a query in the search language, e.g. q=topic:trade") }
            let parsed: SearchQuery
            do { parsed = try SearchQuery(parsing: text) } catch { throw APIQuery.bad("q", "\(error)") }
            let limit = try query.integer("limit", default: 60, in: 1...500)
            let format = try query.choice("format", default: DigestFormat.md)
            let found = try await QuoteGatherer(store: store, lexicon: try? IndicatorLexicon.bundled()).gather(parsed, limit: limit)
            let items = found.map { QueryDigest.Item(quote: $0.quote, language: $0.language, event: $0.event, date: $0.date, sessionTitle: $0.sessionTitle) }
            let language = QueryDigest.language(of: items).rawValue
            let labels = (try? TopicTaxonomy.bundled().labels(in: language)) ?? [:]
            let document = QueryDigest(topicLabels: labels).digest(query: text, items: items)
            switch format {
            case .md:
                return Response(status: .ok, headers: [.contentType: "text/markdown; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: MarkdownDigest().render(document) + "\n")))
            case .html:
                return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: HTMLDigest().render(document))))
            case .json:
                return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: document.jsonText(pretty: false) + "\n")))
            }
        }
    }

    /// The forms a digest is written in.
    enum DigestFormat: String, CaseIterable {
        case md, html, json
    }
}
