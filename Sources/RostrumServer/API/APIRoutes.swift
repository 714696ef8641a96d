public import Hummingbird
import RostrumModel

/// The JSON API under `/api/v1`.
///
/// Every route here is listed in `Resources/openapi.yaml`; a test walks the router and the
/// document and fails when one has a route the other lacks.
public struct APIRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds every API route to `group` (mounted at `/api/v1`).
    public func register(on group: RouterGroup<AppRequestContext>) {
        let store = dependencies.store
        let upload = DocumentUploadHandler(dependencies)
        group.post("documents") { request, context in
            try await upload.handle(request, context: context)
        }
        SessionRoutes(dependencies).register(on: group)
        SearchRoutes(dependencies).register(on: group)
        PeopleRoutes(dependencies).register(on: group)
        TopicRoutes(dependencies).register(on: group)
        FigureRoutes(dependencies).register(on: group)
        AnalyticsRoutes(dependencies).register(on: group)
        DigestRoutes(dependencies).register(on: group)
        group.get("stats") { _, _ in
            let stats = try await store.stats()
            let languages = stats.languages.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.integer($0.value)) }
            return JSONResponse.make(.object([
                ("sessions", .integer(stats.sessions)), ("quotes", .integer(stats.quotes)), ("people", .integer(stats.people)),
                ("organizations", .integer(stats.organizations)), ("events", .integer(stats.events)), ("figures", .integer(stats.figures)),
                ("size_bytes", .integer(Int(stats.sizeBytes))), ("languages", .object(languages)),
            ]))
        }
    }
}
