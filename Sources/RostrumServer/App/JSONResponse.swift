public import Hummingbird
public import RostrumModel

/// Responses in JSON written from `JSONValue`, so keys keep the order the API documents.
public enum JSONResponse {
    /// `value` as `application/json` with `status`.
    public static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: value.rendered(pretty: false) + "\n")))
    }

    /// `problem` as `application/problem+json`.
    public static func problem(_ problem: Problem) -> Response {
        var fields = problem.headers
        fields[.contentType] = "application/problem+json; charset=utf-8"
        return Response(status: problem.status, headers: fields,
                        body: .init(byteBuffer: ByteBuffer(string: problem.jsonValue.rendered(pretty: false) + "\n")))
    }
}
