import Foundation
public import Hummingbird
import RostrumExtraction
public import RostrumModel
import RostrumStore

/// `POST /api/v1/documents`: one document in the body (text, Markdown, HTML or JSON), or several
/// files as `multipart/form-data`.
///
/// A single document answers 201 with the new session (200 when the same content was already
/// stored). A multipart upload always answers 200 with one entry per file carrying that file's
/// own status (201, 200 or the problem's status) — a bad file does not stop the others.
public struct DocumentUploadHandler: Sendable {
    let dependencies: ServerDependencies

    /// A handler over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    var ingestor: DocumentIngestor {
        DocumentIngestor(store: dependencies.store, pipeline: dependencies.pipeline, maxBytes: dependencies.configuration.maxBodyBytes, tracker: dependencies.tracker)
    }

    /// Handles one upload request.
    public func handle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = APIQuery(request)
        var options = ExtractionOptions()
        options.event = query.string("event")
        options.date = try query.date("date")
        options.source = query.string("source")
        options.language = try query.language("lang")
        let contentType = request.headers[.contentType] ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if mediaType == "multipart/form-data" {
            guard let boundary = MultipartUpload.boundary(ofContentType: contentType) else {
                throw Problem(.badRequest, title: "Bad multipart body", detail: "the multipart/form-data Content-Type has no boundary parameter")
            }
            let body = try await collect(request)
            return try await multipart(MultipartUpload(body: body, boundary: boundary), options: options)
        }
        guard let format = DocumentIngestor.format(mediaType: contentType) else {
            dependencies.metrics.recordIngestFailure()
            throw Self.unsupported(contentType, name: nil)
        }
        let body = try await collect(request)
        let name = options.source.map { String($0.split(separator: "/").last ?? "upload") } ?? "upload"
        do {
            let result = try await ingestor.ingest(body, name: name, format: format, options: options, source: options.source)
            dependencies.metrics.recordIngest(result.outcome)
            let json = try await sessionJSON(result)
            let status: HTTPResponse.Status = Self.status(of: result.outcome)
            return JSONResponse.make(json, status: status, headers: [.location: "/api/v1/sessions/\(result.outcome.sessionID)"])
        } catch {
            dependencies.metrics.recordIngestFailure()
            throw error
        }
    }

    /// Reads the whole body, refusing more than the configured limit even without a Content-Length.
    func collect(_ request: Request) async throws -> [UInt8] {
        let limit = dependencies.configuration.maxBodyBytes
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            // NIOTooManyBytesError: the body went past the limit while being read.
            throw Problem(.contentTooLarge, title: "Body too large",
                          detail: "the request body is larger than the \(limit) bytes this server accepts (--max-body); split the upload into smaller files")
        }
    }

    static func unsupported(_ contentType: String, name: String?) -> Problem {
        let prefix = name.map { "\($0): " } ?? ""
        return Problem(.unsupportedMediaType, title: "Unsupported media type",
                       detail: "\(prefix)Content-Type '\(contentType)' is not a format Rostrum reads; send text/plain, text/markdown, text/html, application/json or multipart/form-data")
    }

    static func status(of outcome: IngestOutcome) -> HTTPResponse.Status {
        if case .unchanged = outcome { return .ok }
        return .created
    }

    static func outcomeName(_ outcome: IngestOutcome) -> String {
        switch outcome {
        case .inserted: "inserted"
        case .unchanged: "unchanged"
        case .replaced: "replaced"
        }
    }

    /// The session an upload produced: id, outcome, content hash and the document's headline facts.
    func sessionJSON(_ result: DocumentIngestor.Result) async throws -> JSONValue {
        let id = result.outcome.sessionID
        let stored = try await dependencies.store.session(id: id)
        let document = stored?.document ?? result.document
        var replaced: JSONValue = .null
        if case .replaced(_, let old) = result.outcome { replaced = .integer(Int(old)) }
        return .object([
            ("id", .integer(Int(id))), ("outcome", .string(Self.outcomeName(result.outcome))), ("replaced_id", replaced),
            ("content_hash", stored.map { .string($0.contentHash) } ?? .null), ("title", APIJSON.text(document.title)),
            ("language", .string(document.language.rawValue)), ("event", APIJSON.text(document.event)), ("date", APIJSON.text(document.date)),
            ("source", APIJSON.text(stored?.source ?? document.source)), ("quotes", .integer(document.allQuotes.count)),
            ("speakers", .integer(document.speakers.count)), ("warnings", .array(document.warnings.map(\.jsonValue))),
            ("url", .string("/api/v1/sessions/\(id)")),
        ])
    }

    /// Every part in turn; each gets its own status and session or problem.
    func multipart(_ upload: MultipartUpload, options: ExtractionOptions) async throws -> Response {
        guard !upload.parts.isEmpty else {
            throw Problem(.badRequest, title: "No files", detail: "the multipart/form-data body has no parts; add one part per file")
        }
        var items: [JSONValue] = []
        var created = 0, unchanged = 0, failed = 0
        for part in upload.parts {
            do {
                guard let format = DocumentIngestor.format(mediaType: part.contentType) else {
                    throw Self.unsupported(part.contentType, name: part.filename)
                }
                var partOptions = options
                partOptions.source = nil
                let result = try await ingestor.ingest(part.bytes, name: part.filename, format: format, options: partOptions)
                dependencies.metrics.recordIngest(result.outcome)
                let status = Self.status(of: result.outcome)
                if status == .ok { unchanged += 1 } else { created += 1 }
                items.append(.object([
                    ("filename", .string(part.filename)), ("status", .integer(status.code)), ("session", try await sessionJSON(result)),
                    ("problem", .null),
                ]))
            } catch {
                let problem = Problem.from(error)
                if problem.status.code >= 500 { throw error }
                dependencies.metrics.recordIngestFailure()
                failed += 1
                items.append(.object([
                    ("filename", .string(part.filename)), ("status", .integer(problem.status.code)), ("session", .null),
                    ("problem", problem.jsonValue),
                ]))
            }
        }
        return JSONResponse.make(.object([
            ("created", .integer(created)), ("unchanged", .integer(unchanged)), ("failed", .integer(failed)), ("results", .array(items)),
        ]))
    }
}
