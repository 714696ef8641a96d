import Hummingbird
import RostrumStore

/// `/login`: on a private server, a form that checks a token and keeps it in an HttpOnly,
/// SameSite=Strict cookie (`rostrum_token`) that the pages and the upload form then use.
struct LoginPage: Sendable {
    /// The cookie the pages read a token from.
    static let cookieName = "rostrum_token"
    /// How long a browser keeps the cookie: thirty days.
    static let cookieSeconds = 30 * 24 * 3600

    struct View: Sendable {
        var pageTitle = "Sign in"
        var error: String?
        var next: String
        var signedIn: Bool
    }

    struct Form: Decodable {
        var token: String?
        var next: String?
    }

    let store: any Store

    /// Only local paths are followed after signing in, so the form cannot send anyone elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
              !next.contains(where: { $0.isWhitespace || $0.isNewline }) else { return "/" }
        return next
    }

    /// Checks the submitted token: a redirect with the cookie set, or the form again with 403.
    func submit(_ request: Request, maxBytes: Int, renderer: PageRenderer) async throws -> Response {
        let body = try await request.body.collect(upTo: min(maxBytes, 64 * 1024))
        let form = (try? URLEncodedFormDecoder().decode(Form.self, from: String(buffer: body))) ?? Form(token: nil, next: nil)
        let token = (form.token ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let next = Self.safeNext(form.next)
        let valid = !token.isEmpty && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        guard valid, try await store.activeToken(secretHash: TokenSecret.hash(token)) != nil else {
            let view = View(error: "This token is not valid: it is mistyped, revoked or from another server.", next: next, signedIn: false)
            return try renderer.page("login", view, status: .forbidden)
        }
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(Cookie(name: Self.cookieName, value: token, maxAge: Self.cookieSeconds, path: "/", secure: false, httpOnly: true,
                                  sameSite: .strict))
        return response
    }

    /// Forgets the cookie and goes home.
    static func signOut() -> Response {
        var response = Response.redirect(to: "/", type: .normal)
        response.setCookie(Cookie(name: cookieName, value: "", maxAge: 0, path: "/", secure: false, httpOnly: true, sameSite: .strict))
        return response
    }
}
