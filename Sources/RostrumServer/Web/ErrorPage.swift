public import Hummingbird

/// The HTML page shown when a web page fails: the status and the problem's words, escaped.
public enum ErrorPage {
    /// The error page response for `problem`.
    public static func response(_ problem: Problem) -> Response {
        let body = """
            <!doctype html><html lang="en"><meta charset="utf-8"><title>\(HTML.escape(problem.title)) — Rostrum</title>
            <h1>\(problem.status.code) \(HTML.escape(problem.title))</h1><p>\(HTML.escape(problem.detail))</p><p><a href="/">Home</a></p></html>
            """
        var fields = problem.headers
        fields[.contentType] = "text/html; charset=utf-8"
        return Response(status: problem.status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
