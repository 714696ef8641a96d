public import HTTPTypes
import Hummingbird
import RostrumExtraction
public import RostrumModel
import RostrumStore

/// An RFC 9457 problem: what went wrong, in words a user can act on, with the HTTP status.
public struct Problem: Error, Sendable, Hashable {
    public var status: HTTPResponse.Status
    /// A short, fixed summary of the problem type ("Bad query").
    public var title: String
    /// What went wrong this time and how to fix it.
    public var detail: String
    /// Extra headers (WWW-Authenticate on 401).
    public var headers: HTTPFields

    /// A problem.
    public init(_ status: HTTPResponse.Status, title: String? = nil, detail: String, headers: HTTPFields = [:]) {
        self.status = status
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.headers = headers
    }

    /// The problem a thrown error stands for; errors without a user-facing meaning become a 500
    /// that does not leak their text.
    public static func from(_ error: any Error) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let error as QueryError:
            return Problem(.badRequest, title: "Bad query", detail: error.description)
        case let error as ReadError:
            return Problem(.unprocessableContent, title: "Unreadable document", detail: error.message)
        case let error as StoreError:
            if case .conflict(let reason) = error { return Problem(.conflict, detail: reason) }
            if case .badRecord = error { return Problem(.badRequest, title: "Bad record", detail: error.description) }
            return Problem(.internalServerError, detail: "the knowledge base could not complete the request; see the server log")
        case let error as HTTPError:
            let detail = error.body ?? Self.defaultDetail(error.status)
            return Problem(error.status, detail: detail, headers: error.headers)
        case let error as any HTTPResponseError:
            return Problem(error.status, detail: Self.defaultDetail(error.status))
        default:
            return Problem(.internalServerError, detail: "an unexpected error occurred; see the server log")
        }
    }

    /// `application/problem+json` with type, title, status and detail.
    public var jsonValue: JSONValue {
        .object([
            ("type", .string("about:blank")), ("title", .string(title)), ("status", .integer(status.code)), ("detail", .string(detail)),
        ])
    }

    private static func defaultDetail(_ status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "there is nothing at this address"
        case .methodNotAllowed: "this address does not accept that method"
        case .contentTooLarge: "the request body is larger than this server accepts"
        default: status.reasonPhrase
        }
    }
}
