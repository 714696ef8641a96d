public import Hummingbird

/// The JSON API under `/api/v1`.
public struct APIRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds every API route to `group` (mounted at `/api/v1`).
    public func register(on group: RouterGroup<AppRequestContext>) {
        let store = dependencies.store
        group.get("stats") { _, _ in
            let stats = try await store.stats()
            return JSONResponse.make(.object([
                ("sessions", .integer(stats.sessions)), ("quotes", .integer(stats.quotes)), ("people", .integer(stats.people)),
                ("organizations", .integer(stats.organizations)), ("events", .integer(stats.events)), ("figures", .integer(stats.figures)),
            ]))
        }
    }
}
