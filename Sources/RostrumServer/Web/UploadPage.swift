import Hummingbird
import RostrumExtraction
import RostrumModel
import RostrumStore

/// `/upload`: a form for session documents (files, or pasted text) and a write token; the POST
/// checks the token, ingests each document with `DocumentIngestor` and lists what happened, with
/// links to the new sessions. A wrong token gets 403 and the form again.
struct UploadPage: Sendable {
    struct Outcome: Sendable {
        var name: String
        var stored: Bool
        var status: String
        var title: String?
        var href: String?
        var quotes: Int
        var figures: Int
        var message: String?
    }

    struct View: Sendable {
        var pageTitle = "Upload"
        var maxMB: String
        var error: String?
        var outcomes: [Outcome]
        var hasOutcomes: Bool
        var pastedText: String
        var pastedName: String
        var hasCookieToken: Bool
    }

    let dependencies: ServerDependencies

    /// The empty form.
    func form(hasCookieToken: Bool, error: String? = nil, text: String = "", name: String = "") -> View {
        View(maxMB: Self.megabytes(dependencies.configuration.maxBodyBytes), error: error, outcomes: [], hasOutcomes: false,
             pastedText: text, pastedName: name, hasCookieToken: hasCookieToken)
    }

    /// Handles a submitted form: the view to show and its status.
    func submit(_ request: Request, cookieToken: String?) async throws -> (View, HTTPResponse.Status) {
        let contentType = request.headers[.contentType] ?? ""
        guard let boundary = MultipartForm.boundary(contentType: contentType) else {
            return (form(hasCookieToken: cookieToken != nil, error: "The upload must be sent as multipart/form-data, as the form below does."),
                    .unsupportedMediaType)
        }
        let body = try await request.body.collect(upTo: dependencies.configuration.maxBodyBytes)
        let formData = try MultipartForm(body: body, boundary: boundary)
        let text = formData.field("text") ?? ""
        let name = (formData.field("name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let typed = (formData.field("token") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let token = typed.isEmpty ? cookieToken ?? "" : typed
        let hasCookie = cookieToken != nil
        guard !token.isEmpty else {
            return (form(hasCookieToken: hasCookie, error: "A write token is required to upload. Ask the server's operator for one (rostrum token create NAME).",
                         text: text, name: name), .forbidden)
        }
        guard try await dependencies.store.activeToken(secretHash: TokenSecret.hash(token)) != nil else {
            return (form(hasCookieToken: hasCookie, error: "This token is not valid: it is mistyped, revoked or from another server. Nothing was stored.",
                         text: text, name: name), .forbidden)
        }
        var documents: [(name: String, bytes: [UInt8], format: SourceFormat??)] = formData.files("files").map {
            ($0.filename ?? "upload", $0.bytes, $0.contentType.map(DocumentIngestor.format(mediaType:)) ?? .some(nil))
        }
        if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            documents.append((name.isEmpty ? "pasted text" : name, Array(text.utf8), .some(nil)))
        }
        guard !documents.isEmpty else {
            return (form(hasCookieToken: hasCookie, error: "Choose at least one file or paste a document's text.", text: text, name: name), .badRequest)
        }
        let ingestor = DocumentIngestor(store: dependencies.store, pipeline: dependencies.pipeline, maxBytes: dependencies.configuration.maxBodyBytes, tracker: dependencies.tracker)
        var outcomes: [Outcome] = []
        var firstFailure: HTTPResponse.Status?
        for document in documents {
            do {
                // A type the browser guessed but Rostrum does not know is left to detection by extension and content.
                let format: SourceFormat? = document.format ?? nil
                let result = try await ingestor.ingest(document.bytes, name: document.name, format: format)
                let status: String
                switch result.outcome {
                case .inserted: status = "stored"
                case .unchanged: status = "already stored (unchanged)"
                case .replaced: status = "stored, replacing the earlier version from the same source"
                }
                let quotes = result.document.allQuotes
                outcomes.append(Outcome(name: document.name, stored: true, status: status, title: result.document.title ?? "Untitled session",
                                        href: WebPaths.session(result.outcome.sessionID), quotes: quotes.count,
                                        figures: quotes.reduce(0) { $0 + $1.figures.count },
                                        message: result.document.warnings.isEmpty ? nil : "\(result.document.warnings.count) extraction notes"))
            } catch {
                let problem = Problem.from(error)
                firstFailure = firstFailure ?? problem.status
                outcomes.append(Outcome(name: document.name, stored: false, status: "not stored", title: nil, href: nil, quotes: 0, figures: 0,
                                        message: problem.detail))
            }
        }
        var view = form(hasCookieToken: hasCookie)
        view.outcomes = outcomes
        view.hasOutcomes = true
        let anyStored = outcomes.contains { $0.stored }
        return (view, anyStored ? .ok : firstFailure ?? .unprocessableContent)
    }

    private static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb == mb.rounded() ? String(Int(mb)) : FigureValue.text(mb)
    }
}
