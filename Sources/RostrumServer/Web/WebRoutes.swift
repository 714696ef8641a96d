import Foundation
public import Hummingbird
import RostrumStore

/// The server-rendered web pages: home, search, sessions, speakers, organisations, topics,
/// figures, upload and sign-in, plus the stylesheet. Plain HTML forms and links; no JavaScript.
public struct WebRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Pages over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds every page to `router`.
    /// - Throws: `WebTemplates.LoadError` when the bundled templates are missing or do not parse.
    public func register(on router: Router<AppRequestContext>) async throws {
        let templates = try WebTemplates.bundled.get()
        let renderer = PageRenderer(templates: templates)
        let statics = StaticFiles.bundled()
        let store = dependencies.store
        let dependencies = dependencies

        router.get("/") { _, _ in
            try renderer.page("home", try await HomePage(store: store).view())
        }
        router.get("/search") { request, _ in
            let query = FormQuery(request.uri)
            let (view, bad) = try await SearchPage(store: store).view(
                q: query["q"], page: query["page"], sort: query["sort"], view: query["view"])
            return try renderer.page("search", view, status: bad ? .badRequest : .ok)
        }
        router.get("/sessions") { request, _ in
            let query = FormQuery(request.uri)
            let view = try await SessionsPage(store: store).view(
                event: query["event"], year: query["year"], language: query["lang"], page: query["page"])
            return try renderer.page("sessions", view)
        }
        router.get("/sessions/{id}") { _, context in
            let id = try Self.id(context, what: "session")
            guard let session = try await store.session(id: id) else { throw Self.notFound("There is no session \(id); it may have been deleted or replaced by a newer version.") }
            return try renderer.page("session", SessionPage.view(session))
        }
        router.get("/speakers") { request, _ in
            try renderer.page("speakers", try await SpeakerPages(store: store).list(query: FormQuery(request.uri)["q"]))
        }
        router.get("/speakers/{id}") { request, context in
            let id = try Self.id(context, what: "speaker")
            let page = Pager.page(FormQuery(request.uri)["page"])
            guard let view = try await SpeakerPages(store: store, tracker: dependencies.tracker).profile(id: id, page: page) else {
                throw Self.notFound("There is no speaker \(id). Find people by name on the speakers page.")
            }
            return try renderer.page("speaker", view)
        }
        router.get("/speaker") { request, _ in
            let name = (FormQuery(request.uri)["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, let id = try await SpeakerPages(store: store).find(name: name) else {
                throw Self.notFound("Nobody called “\(name)” is in the knowledge base.")
            }
            return Response.redirect(to: WebPaths.speaker(id), type: .normal)
        }
        router.get("/organizations") { request, _ in
            try renderer.page("organizations", try await OrganizationPages(store: store).list(query: FormQuery(request.uri)["q"]))
        }
        router.get("/organizations/{id}") { request, context in
            let id = try Self.id(context, what: "organisation")
            let page = Pager.page(FormQuery(request.uri)["page"])
            guard let view = try await OrganizationPages(store: store, tracker: dependencies.tracker).profile(id: id, page: page) else {
                throw Self.notFound("There is no organisation \(id). Find organisations by name on the organisations page.")
            }
            return try renderer.page("organization", view)
        }
        router.get("/topics") { _, _ in
            try renderer.page("topics", try await TopicPages(store: store).list())
        }
        router.get("/topics/{topic}") { request, context in
            let raw = context.parameters.get("topic") ?? ""
            let topic = raw.contains("%") ? raw.removingPercentEncoding ?? raw : raw
            let page = Pager.page(FormQuery(request.uri)["page"])
            guard let view = try await TopicPages(store: store).topic(topic, page: page) else {
                throw Self.notFound("No quote has the topic “\(topic)”. The topics page lists every topic in use.")
            }
            return try renderer.page("topic", view)
        }
        let tracker = dependencies.tracker
        router.get("/indicators") { request, _ in
            let query = FormQuery(request.uri)
            return try renderer.page("indicators", try await IndicatorPages(tracker: tracker).list(query: query["q"], page: query["page"]))
        }
        router.get("/indicators/{indicator}") { _, context in
            let id = context.parameters.get("indicator") ?? ""
            guard let view = try await IndicatorPages(tracker: tracker).view(id: id) else {
                throw Self.notFound("There is no indicator “\(id)”. The indicators page lists them.")
            }
            return try renderer.page("indicator", view)
        }
        router.get("/targets") { request, _ in
            try renderer.page("targets", try await TargetsPage(tracker: tracker).view(status: FormQuery(request.uri)["status"], page: FormQuery(request.uri)["page"]))
        }
        router.get("/trends") { request, _ in
            let query = FormQuery(request.uri)
            let view = try await TrendsPage(store: store).view(before: query["before"], after: query["after"])
            return try renderer.page("trends", view, status: view.error == nil ? .ok : .badRequest)
        }
        router.get("/graph") { request, _ in
            try renderer.page("graph", try await GraphPage(store: store).view(kind: FormQuery(request.uri)["kind"]))
        }
        router.get("/feeds/atom") { request, _ in
            let host = request.head.authority ?? "\(dependencies.configuration.host):\(dependencies.configuration.port)"
            let xml = try await SessionFeed(store: store).xml(query: FormQuery(request.uri)["q"], baseURL: "http://\(host)")
            return Response(status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: xml)))
        }
        router.get("/figures") { request, _ in
            let query = FormQuery(request.uri)
            let view = try await FiguresPage(store: store).view(
                subject: query["subject"], unit: query["unit"], kind: query["kind"],
                from: query["from"], to: query["to"], page: query["page"])
            return try renderer.page("figures", view)
        }
        router.get("/upload") { request, _ in
            let view = UploadPage(dependencies: dependencies).form(hasCookieToken: request.cookies[LoginPage.cookieName] != nil)
            return try renderer.page("upload", view)
        }
        router.post("/upload") { request, _ in
            let cookie = request.cookies[LoginPage.cookieName]?.value
            let (view, status) = try await UploadPage(dependencies: dependencies).submit(request, cookieToken: cookie.flatMap { $0.isEmpty ? nil : $0 })
            return try renderer.page("upload", view, status: status)
        }
        router.get("/login") { request, _ in
            let next = LoginPage.safeNext(FormQuery(request.uri)["next"])
            return try renderer.page("login", LoginPage.View(error: nil, next: next, signedIn: request.cookies[LoginPage.cookieName] != nil))
        }
        router.post("/login") { request, _ in
            try await LoginPage(store: store).submit(request, maxBytes: dependencies.configuration.maxBodyBytes, renderer: renderer)
        }
        router.post("/logout") { _, _ in
            LoginPage.signOut()
        }
        router.get("/static/{file}") { _, context in
            guard let response = statics.response(context.parameters.get("file") ?? "") else {
                throw Self.notFound("There is no such static file.")
            }
            return response
        }
    }

    /// The numeric id in the path; 404 for anything else.
    private static func id(_ context: AppRequestContext, what: String) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
            throw notFound("A \(what) address ends in its number, such as /\(what == "organisation" ? "organizations" : what + "s")/1.")
        }
        return id
    }

    private static func notFound(_ detail: String) -> Problem {
        Problem(.notFound, title: "Not found", detail: detail)
    }
}
