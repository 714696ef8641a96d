public import Hummingbird
import RostrumAnalytics
import RostrumModel
import RostrumStore

/// The analyses as JSON: indicators and their series, targets with their status, conflicting
/// reports, topic trends and comparisons between events, co-occurrence graphs.
public struct AnalyticsRoutes: Sendable {
    let dependencies: ServerDependencies

    /// Routes over `dependencies`.
    public init(_ dependencies: ServerDependencies) {
        self.dependencies = dependencies
    }

    /// Adds the analytics routes to `group`.
    public func register(on group: RouterGroup<AppRequestContext>) {
        let tracker = dependencies.tracker
        let store = dependencies.store
        group.get("indicators") { request, _ in
            let query = APIQuery(request)
            let (limit, offset) = try query.page(defaultLimit: 50, maxLimit: 500)
            let found = try await tracker.indicators(matching: query.string("q"))
            return JSONResponse.make(APIJSON.page(total: found.count, limit: limit, offset: offset,
                                                  items: found.dropFirst(offset).prefix(limit).map(\.summaryJSON)))
        }
        group.get("indicators/{indicator}") { _, context in
            let id = context.parameters.get("indicator") ?? ""
            let snapshot = try await tracker.snapshot()
            guard let indicator = snapshot.indicators.first(where: { $0.id == id }) else {
                throw Problem(.notFound, detail: "no indicator “\(id)”; GET /api/v1/indicators lists them")
            }
            guard case .object(var fields) = indicator.jsonValue else { return JSONResponse.make(indicator.jsonValue) }
            fields.append(("targets", .array(snapshot.targets.filter { $0.indicatorID == id }.map(\.jsonValue))))
            fields.append(("conflicts", .array(snapshot.conflicts.filter { $0.indicatorID == id }.map(\.jsonValue))))
            return JSONResponse.make(.object(fields))
        }
        group.get("targets") { request, _ in
            let status = try APIQuery(request).optionalChoice("status", as: TargetStatus.self)
            let targets = try await tracker.snapshot().targets.filter { status == nil || $0.status == status }
            var counts: [(String, JSONValue)] = []
            let all = try await tracker.snapshot().targets
            for s in TargetStatus.allCases { counts.append((s.rawValue, .integer(all.filter { $0.status == s }.count))) }
            return JSONResponse.make(.object([("total", .integer(targets.count)), ("by_status", .object(counts)),
                                              ("items", .array(targets.map(\.jsonValue)))]))
        }
        group.get("conflicts") { _, _ in
            let conflicts = try await tracker.snapshot().conflicts
            return JSONResponse.make(.object([("total", .integer(conflicts.count)), ("items", .array(conflicts.map(\.jsonValue)))]))
        }
        group.get("trends") { _, _ in
            let trends = TopicTrends(counts: try await store.topicEventCounts())
            return JSONResponse.make(.object([
                ("events", .array(trends.events.map(JSONValue.string))),
                ("topics", .array(trends.shares().map { row in
                    .object([("topic", .string(row.topic)), ("shares", .array(row.shares.map { cell in
                        .object([("event", .string(cell.event)), ("share", .number(cell.share)), ("quotes", .integer(cell.quotes))])
                    }))])
                })),
            ]))
        }
        group.get("trends/compare") { request, _ in
            let query = APIQuery(request)
            guard let before = query.string("before") else { throw APIQuery.bad("before", "name the earlier event (any unambiguous part of its name)") }
            guard let after = query.string("after") else { throw APIQuery.bad("after", "name the later event (any unambiguous part of its name)") }
            let trends = TopicTrends(counts: try await store.topicEventCounts())
            let a: String, b: String
            do { a = try trends.event(named: before) } catch { throw APIQuery.bad("before", "\(error)") }
            do { b = try trends.event(named: after) } catch { throw APIQuery.bad("after", "\(error)") }
            return JSONResponse.make(.object([
                ("before", .string(a)), ("after", .string(b)),
                ("topics", .array(trends.compare(a, b).map { s in
                    .object([("topic", .string(s.topic)), ("quotes_before", .integer(s.quotesBefore)), ("quotes_after", .integer(s.quotesAfter)),
                             ("share_before", .number(s.shareBefore)), ("share_after", .number(s.shareAfter)), ("points", .number(s.points))])
                })),
            ]))
        }
        group.get("graph") { request, _ in
            let query = APIQuery(request)
            let kind = try query.choice("kind", default: CooccurrenceKind.speakerTopic)
            let limit = try query.integer("limit", default: 100, in: 1...1000)
            let graph = CooccurrenceGraph(kind: kind, pairs: try await store.cooccurrences(kind, limit: limit))
            return JSONResponse.make(graph.jsonValue)
        }
    }
}
