public import Hummingbird

/// The HTML page shown when a web page fails: the status and the problem's words, escaped,
/// in the site's layout (or a bare page if the templates could not be loaded).
public enum ErrorPage {
    /// What the error template shows.
    struct View: Sendable {
        var pageTitle: String
        var code: Int
        var title: String
        var detail: String
        /// A hint for the pages that are most often mistyped.
        var notFound: Bool
    }

    /// The error page response for `problem`.
    public static func response(_ problem: Problem) -> Response {
        let view = View(pageTitle: problem.title, code: problem.status.code, title: problem.title, detail: problem.detail,
                        notFound: problem.status == .notFound)
        var fields = problem.headers
        fields[.contentType] = "text/html; charset=utf-8"
        if case .success(let templates) = WebTemplates.bundled, let body = templates.render(view, template: "error") {
            return Response(status: problem.status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let body = """
            <!doctype html><html lang="en"><meta charset="utf-8"><title>\(HTML.escape(problem.title)) — Rostrum</title>
            <h1>\(problem.status.code) \(HTML.escape(problem.title))</h1><p>\(HTML.escape(problem.detail))</p><p><a href="/">Home</a></p></html>
            """
        return Response(status: problem.status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
