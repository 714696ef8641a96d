import Hummingbird

/// Renders a page template over its view into an HTML response.
struct PageRenderer: Sendable {
    let templates: WebTemplates

    /// `template` over `view` as `text/html` with `status`.
    /// - Throws: `Problem` (500) when the template is missing, which only a broken install causes.
    func page(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        guard let body = templates.render(view, template: template) else {
            throw Problem(.internalServerError, detail: "the page template \(template) is missing from this build")
        }
        return Self.html(body, status: status, headers: headers)
    }

    /// `body` as an HTML response; pages are not cached, since the knowledge base changes.
    static func html(_ body: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        fields[.cacheControl] = "no-cache"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
