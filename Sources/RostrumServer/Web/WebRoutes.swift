public import Hummingbird

/// The server-rendered web pages.
public struct WebRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Pages over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds every page to `router`.
    public func register(on router: Router<AppRequestContext>) async throws {
        let store = dependencies.store
        router.get("/") { _, _ in
            let stats = try await store.stats()
            let body = "<!doctype html><title>Rostrum</title><h1>Rostrum</h1><p>\(stats.sessions) sessions, \(stats.quotes) quotes.</p>"
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
    }
}
