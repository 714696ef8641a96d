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
        group.get("indicators/{indicator}") { request, context in
            let id = context.parameters.get("indicator") ?? ""
            // A busy series has thousands of observations: they come in pages, only the page in full.
            let (limit, offset) = try APIQuery(request).page(defaultLimit: 500, maxLimit: 5000)
            let snapshot = try await tracker.snapshot()
            guard let indicator = snapshot.indicators.first(where: { $0.id == id }) else {
                throw Problem(.notFound, detail: "no indicator “\(id)”; GET /api/v1/indicators lists them")
            }
            let observations = try await tracker.details(of: Array(indicator.observations.dropFirst(offset).prefix(limit)))
            let targets = try await tracker.hydrated(Array(snapshot.targets.filter { $0.indicatorID == id }.prefix(limit)))
            let conflicts = try await tracker.hydrated(snapshot.conflicts.filter { $0.indicatorID == id }.map { $0.trimmed(to: 20) })
            guard case .object(var fields) = indicator.summaryJSON else { return JSONResponse.make(indicator.summaryJSON) }
            fields.append(("observations_total", .integer(indicator.observations.count)))
            fields.append(("limit", .integer(limit)))
            fields.append(("offset", .integer(offset)))
            fields.append(("observations", .array(observations.map(\.jsonValue))))
            fields.append(("targets", .array(targets.map(\.jsonValue))))
            fields.append(("conflicts", .array(conflicts.map(\.jsonValue))))
            return JSONResponse.make(.object(fields))
        }
        group.get("targets") { request, _ in
            let query = APIQuery(request)
            let status = try query.optionalChoice("status", as: TargetStatus.self)
            let (limit, offset) = try query.page(defaultLimit: 100, maxLimit: 1000)
            let all = try await tracker.snapshot().targets
            let targets = all.filter { status == nil || $0.status == status }
            var counts: [(String, JSONValue)] = []
            let tally = Dictionary(grouping: all, by: \.status).mapValues(\.count)
            for s in TargetStatus.allCases { counts.append((s.rawValue, .integer(tally[s] ?? 0))) }
            let page = try await tracker.hydrated(Array(targets.dropFirst(offset).prefix(limit)))
            return JSONResponse.make(.object([("total", .integer(targets.count)), ("limit", .integer(limit)), ("offset", .integer(offset)),
                                              ("by_status", .object(counts)), ("items", .array(page.map(\.jsonValue)))]))
        }
        group.get("conflicts") { request, _ in
            let (limit, offset) = try APIQuery(request).page(defaultLimit: 50, maxLimit: 500)
            let conflicts = try await tracker.snapshot().conflicts
            // A busy year can hold hundreds of disagreeing reports: each conflict shows its 20 most extreme.
            let page = try await tracker.hydrated(conflicts.dropFirst(offset).prefix(limit).map { $0.trimmed(to: 20) })
            return JSONResponse.make(.object([("total", .integer(conflicts.count)), ("limit", .integer(limit)), ("offset", .integer(offset)),
                                              ("items", .array(page.map(\.jsonValue)))]))
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
