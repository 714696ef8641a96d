public import Hummingbird
import RostrumDigest
import RostrumModel
import RostrumStore

/// `/sessions`: the stored sessions, one in full, its digest, and deletion.
public struct SessionRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// The format of `GET /sessions/{id}/digest`.
    public enum DigestFormat: String, CaseIterable, Sendable {
        case md, html
    }

    /// Adds the session routes to `group`.
    public func register(on group: RouterGroup<AppRequestContext>) {
        let store = dependencies.store
        group.get("sessions") { request, _ in
            let query = APIQuery(request)
            let filter = SessionFilter(event: query.string("event"), year: try query.optionalInteger("year", in: 1000...9999),
                                       language: try query.language("lang"), source: query.string("source"))
            let (limit, offset) = try query.page(defaultLimit: 20, maxLimit: 200)
            async let total = store.sessionCount(filter: filter)
            let sessions = try await store.sessions(filter: filter, limit: limit, offset: offset)
            return JSONResponse.make(APIJSON.page(total: try await total, limit: limit, offset: offset, items: sessions.map(APIJSON.session)))
        }
        group.get("sessions/:id") { _, context in
            let id = try PathID.require(context)
            guard let stored = try await store.session(id: id) else { throw PathID.notFound("session", id, listing: "GET /api/v1/sessions") }
            return JSONResponse.make(APIJSON.storedSession(stored))
        }
        group.get("sessions/:id/digest") { request, context in
            let id = try PathID.require(context)
            let format = try APIQuery(request).choice("format", default: DigestFormat.md)
            guard let stored = try await store.session(id: id) else { throw PathID.notFound("session", id, listing: "GET /api/v1/sessions") }
            let (text, type) = switch format {
            case .md: (MarkdownDigest().render(stored.document), "text/markdown; charset=utf-8")
            case .html: (HTMLDigest().render(stored.document), "text/html; charset=utf-8")
            }
            return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        group.delete("sessions/:id") { _, context in
            let id = try PathID.require(context)
            guard try await store.delete(sessionID: id) else { throw PathID.notFound("session", id, listing: "GET /api/v1/sessions") }
            dependencies.tracker.warm()
            return Response(status: .noContent)
        }
    }
}
