public import Hummingbird
import Logging

/// Turns every error a route throws into a response: `application/problem+json` for the API and
/// other machine routes, an HTML error page for the web pages. Internal errors are logged with their
/// details and answered without them.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The middleware.
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Problem.from(error)
            if problem.status.code >= 500 {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            let path = request.uri.path
            if path.hasPrefix("/api/") || path == "/metrics" || path == "/healthz" || path == "/openapi.yaml" {
                return JSONResponse.problem(problem)
            }
            return ErrorPage.response(problem)
        }
    }
}
