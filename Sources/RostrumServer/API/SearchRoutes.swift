public import Hummingbird
import RostrumModel
import RostrumStore

/// `GET /search`: quotes (or sessions) matching a query in the CLI's query language, with facets
/// and highlighted snippets that are safe to insert into HTML.
public struct SearchRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds the search route to `group`.
    public func register(on group: RouterGroup<AppRequestContext>) {
        let store = dependencies.store
        let metrics = dependencies.metrics
        group.get("search") { request, _ in
            let query = APIQuery(request)
            guard let text = query.string("q") else {
                throw APIQuery.bad("q", "required; write words, \"a phrase\", prefix*, or filters such as speaker:\"Name\" topic:trade year:2016..2019")
            }
            let parsed: SearchQuery
            do {
                parsed = try SearchQuery(parsing: text)
            } catch let error as QueryError {
                throw APIQuery.bad("q", error.description)
            }
            let (limit, offset) = try query.page(defaultLimit: 20, maxLimit: 100)
            let sort = try query.choice("sort", default: SearchSort.relevance)
            let bySession = try query.bool("sessions", default: false)
            metrics.recordSearch(sessions: bySession)
            if bySession {
                return JSONResponse.make(APIJSON.sessionResults(try await store.searchSessions(parsed, limit: limit, offset: offset, sort: sort)))
            }
            // Written straight to bytes: the same text as `JSONResponse.make(APIJSON.results(…))`.
            var bytes = SearchJSON.bytes(try await store.search(parsed, limit: limit, offset: offset, sort: sort))
            bytes.append(UInt8(ascii: "\n"))
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
