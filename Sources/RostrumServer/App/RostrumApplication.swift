public import Hummingbird
public import Logging

/// Builds the Rostrum HTTP application over `dependencies`: the JSON API under `/api/v1`, the web
/// pages, `/healthz` and `/metrics`. `app.runService()` serves it until SIGINT or SIGTERM, then
/// finishes the requests in flight (graceful shutdown through ServiceLifecycle).
public func buildApplication(_ dependencies: ServerDependencies, logger: Logger) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(dependencies)
    let configuration = dependencies.configuration
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Rostrum"),
        logger: logger)
}

/// The router alone: what tests drive with `app.test(.router)`.
public func buildRouter(_ dependencies: ServerDependencies) async throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.middlewares.add(MetricsMiddleware(metrics: dependencies.metrics))
    router.middlewares.add(ProblemMiddleware())
    router.middlewares.add(LogRequestsMiddleware(.info))
    router.middlewares.add(BodyLimitMiddleware(maxBytes: dependencies.configuration.maxBodyBytes))
    router.middlewares.add(TokenAuthMiddleware(store: dependencies.store, privateReads: dependencies.configuration.privateReads))
    router.get("healthz") { _, _ in
        Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
    }
    let metrics = dependencies.metrics
    router.get("metrics") { _, _ in
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
    }
    router.get("openapi.yaml") { _, _ in try OpenAPIDocument.response() }
    APIRoutes(dependencies).register(on: router.group("api/v1"))
    try await WebRoutes(dependencies).register(on: router)
    return router
}
