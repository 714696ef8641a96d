import Foundation
public import Hummingbird
public import RostrumStore

/// Checks API tokens against the store and sets `context.token`.
///
/// Under `/api/`:
/// - writes (POST, PUT, PATCH, DELETE) need `Authorization: Bearer TOKEN`; the `rostrum_token`
///   cookie is not accepted for writes, so a cross-site form cannot act with a user's cookie;
/// - reads are public, unless the server runs with private reads: then they need the header or
///   the cookie.
/// `/metrics`, `/openapi.yaml` and `/healthz` stay public. The web pages find the token of the
/// header (any method) or of the cookie (reads only) in `context.token`; with private reads a page
/// read without one is sent to `/login` (which, with `/logout` and `/static/`, stays open), and the
/// pages' own forms (upload, sign-in) check the token they are given.
///
/// Refusals are 401 with `WWW-Authenticate: Bearer`: no or a malformed credential
/// (`error="invalid_request"` when malformed), and a token that is unknown or revoked
/// (`error="invalid_token"`, RFC 6750 §3.1). The store keeps only active tokens' hashes
/// searchable, so an unknown and a revoked token look the same and get the same answer.
public struct TokenAuthMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let store: any Store
    let privateReads: Bool

    /// A middleware looking tokens up in `store`; `privateReads` makes API reads need a token.
    public init(store: any Store, privateReads: Bool) {
        self.store = store
        self.privateReads = privateReads
    }

    static let realm = "Bearer realm=\"rostrum\""

    /// Paths that stay open on a private server: what signing in and the health checks need.
    static func isOpen(_ path: String) -> Bool {
        ["/login", "/logout", "/healthz", "/metrics", "/openapi.yaml"].contains(path) || path.hasPrefix("/static/")
    }

    /// Whether `method` changes something.
    public static func isWrite(_ method: HTTPRequest.Method) -> Bool {
        method == .post || method == .put || method == .patch || method == .delete
    }

    public func handle(_ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let isAPI = path.hasPrefix("/api/")
        let write = Self.isWrite(request.method)
        var context = context
        let header = BearerCredentials.header(of: request)
        switch header {
        case .token(let secret):
            context.token = try await store.activeToken(secretHash: TokenSecret.hash(secret))
            if isAPI, context.token == nil {
                throw Problem(.unauthorized, title: "Invalid token",
                              detail: "the bearer token is unknown or has been revoked; create a new one with `rostrum token create NAME`",
                              headers: [.wwwAuthenticate: Self.realm + ", error=\"invalid_token\""])
            }
        case .malformed:
            if isAPI {
                throw Problem(.unauthorized, title: "Malformed credentials",
                              detail: "the Authorization header must read 'Bearer TOKEN', the token as `rostrum token create` printed it",
                              headers: [.wwwAuthenticate: Self.realm + ", error=\"invalid_request\""])
            }
        case .missing:
            if !write, let secret = BearerCredentials.cookie(of: request) {
                context.token = try await store.activeToken(secretHash: TokenSecret.hash(secret))
            }
        }
        if !isAPI, privateReads, !write, context.token == nil, !Self.isOpen(path) {
            let target = request.uri.query.map { path + "?" + $0 } ?? path
            var components = URLComponents()
            components.queryItems = [URLQueryItem(name: "next", value: target)]
            // A form-encoded '+' would come back as a space: encode it.
            let query = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
            return Response.redirect(to: "/login" + (query.map { "?" + $0 } ?? ""), type: .normal)
        }
        if isAPI, context.token == nil, write || privateReads {
            let what = write ? "changing data" : "reading on this server (it runs with --private)"
            let cookieNote = write && BearerCredentials.cookie(of: request) != nil ? " (the login cookie is accepted for reads only)" : ""
            throw Problem(.unauthorized, title: "Token required",
                          detail: "\(what) needs an API token: send 'Authorization: Bearer TOKEN'\(cookieNote); create one with `rostrum token create NAME`",
                          headers: [.wwwAuthenticate: Self.realm])
        }
        return try await next(request, context)
    }
}
