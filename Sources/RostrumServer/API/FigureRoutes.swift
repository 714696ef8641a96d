public import Hummingbird
import RostrumModel
import RostrumStore

/// `GET /figures`: extracted figures filtered by subject, unit, kind, year range and speaker.
public struct FigureRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds the figures route to `group`.
    public func register(on group: RouterGroup<AppRequestContext>) {
        let store = dependencies.store
        group.get("figures") { request, _ in
            let query = APIQuery(request)
            let filter = FigureFilter(subject: query.string("subject"), unit: query.string("unit"),
                                      kind: try query.optionalChoice("kind", as: FigureKind.self), years: try query.years("year"),
                                      personID: try query.id("speaker"), sessionID: try query.id("session"))
            let (limit, offset) = try query.page(defaultLimit: 50, maxLimit: 500)
            let page = try await store.figures(filter, limit: limit, offset: offset)
            return JSONResponse.make(APIJSON.page(total: page.total, limit: limit, offset: offset, items: page.figures.map(APIJSON.figure)))
        }
    }
}
