public import Hummingbird

/// Records every request in `ServerMetrics`: method, route pattern (`context.endpointPath`, such
/// as `/api/v1/sessions/{id}`; "NotFound" for unknown addresses), status and latency.
///
/// Installed outermost, so it sees the status of error responses after `ProblemMiddleware`
/// wrote them; an error that still escapes is counted with the status it stands for.
public struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    /// Records into `metrics`.
    public init(metrics: ServerMetrics) {
        self.metrics = metrics
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await next(request, context)
            metrics.recordRequest(method: request.method.rawValue, route: context.endpointPath ?? "NotFound",
                                  status: response.status.code, duration: clock.now - start)
            return response
        } catch {
            metrics.recordRequest(method: request.method.rawValue, route: context.endpointPath ?? "NotFound",
                                  status: Problem.from(error).status.code, duration: clock.now - start)
            throw error
        }
    }
}
