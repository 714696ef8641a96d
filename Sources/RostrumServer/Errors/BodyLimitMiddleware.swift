public import Hummingbird

/// Refuses a request whose declared body is larger than the limit before reading any of it (413).
/// Handlers still read bodies with `collect(upTo:)`, which catches bodies sent without a length.
public struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBytes: Int

    /// A limit of `maxBytes`.
    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw Problem(.contentTooLarge, title: "Body too large",
                          detail: "the request body is \(length) bytes; this server accepts at most \(maxBytes) bytes (--max-body)")
        }
        return try await next(request, context)
    }
}
