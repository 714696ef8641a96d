public import RostrumModel
public import RostrumStore

/// The JSON shapes of the API's listings, built from the store's values with keys in the order
/// the OpenAPI document gives them (snake_case, absent values as null).
public enum APIJSON {
    /// A page of `items` out of `total` matches.
    public static func page(total: Int, limit: Int, offset: Int, items: [JSONValue]) -> JSONValue {
        .object([("total", .integer(total)), ("limit", .integer(limit)), ("offset", .integer(offset)), ("items", .array(items))])
    }

    /// A page of a list whose size is not counted: `has_more` says whether another page follows.
    public static func list(limit: Int, offset: Int, hasMore: Bool, items: [JSONValue]) -> JSONValue {
        .object([("limit", .integer(limit)), ("offset", .integer(offset)), ("has_more", .bool(hasMore)), ("items", .array(items))])
    }

    static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// A line of a session listing.
    public static func session(_ s: SessionSummary) -> JSONValue {
        .object([
            ("id", .integer(Int(s.id))), ("title", text(s.title)), ("event", text(s.event)), ("date", text(s.date)),
            ("language", .string(s.language.rawValue)), ("source", text(s.source)), ("quotes", .integer(s.quotes)),
            ("speakers", .integer(s.speakers)),
        ])
    }

    /// A stored session in full: id, content hash and source, then the document's contract JSON
    /// (its `source` is the one the session is stored under).
    public static func storedSession(_ stored: StoredSession) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .integer(Int(stored.id))), ("content_hash", .string(stored.contentHash))]
        if case .object(let documentMembers) = stored.document.jsonValue {
            for (key, value) in documentMembers {
                if key == "source", let source = stored.source { members.append((key, .string(source))) } else { members.append((key, value)) }
            }
        }
        return .object(members)
    }

    /// A person as listed.
    public static func person(_ p: PersonSummary) -> JSONValue {
        .object([
            ("id", .integer(Int(p.id))), ("name", .string(p.name)), ("aliases", .array(p.aliases.map(JSONValue.string))),
            ("position", text(p.position)), ("organization", text(p.organization)), ("quotes", .integer(p.quotes)),
            ("sessions", .integer(p.sessions)),
        ])
    }

    /// A role held at one session.
    public static func role(_ r: RoleHeld) -> JSONValue {
        .object([
            ("session_id", .integer(Int(r.sessionID))), ("session_title", text(r.sessionTitle)), ("event", text(r.event)),
            ("date", text(r.date)), ("position", text(r.position)), ("organization_id", r.organizationID.map { .integer(Int($0)) } ?? .null),
            ("organization", text(r.organization)),
        ])
    }

    /// An organisation as listed.
    public static func organization(_ o: OrganizationSummary) -> JSONValue {
        .object([
            ("id", .integer(Int(o.id))), ("name", .string(o.name)), ("people", .integer(o.people)), ("quotes", .integer(o.quotes)),
            ("sessions", .integer(o.sessions)),
        ])
    }

    /// A topic as listed.
    public static func topic(_ t: TopicSummary) -> JSONValue {
        .object([("topic", .string(t.topic)), ("quotes", .integer(t.quotes)), ("sessions", .integer(t.sessions)), ("speakers", .integer(t.speakers))])
    }

    /// A figure with its quote, speaker and session.
    public static func figure(_ f: FigureRecord) -> JSONValue {
        .object([
            ("id", .integer(Int(f.id))), ("figure", f.figure.jsonValue), ("year", f.year.map { .integer($0) } ?? .null),
            ("quote_id", .integer(Int(f.quoteID))), ("quote", .string(f.quoteText)),
            ("person_id", f.personID.map { .integer(Int($0)) } ?? .null),
            ("speaker", f.speaker.map { .object([("name", .string($0.name)), ("position", text($0.position)), ("organization", text($0.organization))]) } ?? .null),
            ("session_id", .integer(Int(f.sessionID))), ("session_title", text(f.sessionTitle)), ("event", text(f.event)), ("date", text(f.date)),
        ])
    }

    /// Facet counts as `[{"value", "count"}]`.
    public static func counts(_ items: [FacetCount]) -> JSONValue {
        .array(items.map { .object([("value", .string($0.value)), ("count", .integer($0.count))]) })
    }

    /// A search hit whose snippet is safe to insert into HTML.
    public static func hit(_ hit: SearchHit) -> JSONValue {
        var safe = hit
        safe.snippet = SafeSnippet.html(hit.snippet)
        return safe.jsonValue
    }

    /// Search results (`SearchResults.jsonValue`'s shape) with safe snippets.
    public static func results(_ results: SearchResults) -> JSONValue {
        .object([("total", .integer(results.total)), ("hits", .array(results.hits.map(hit))), ("facets", results.facets.jsonValue)])
    }

    /// Session search results with safe snippets.
    public static func sessionResults(_ results: SessionSearchResults) -> JSONValue {
        var safe = results
        safe.hits = results.hits.map { hit in
            var copy = hit
            copy.best.snippet = SafeSnippet.html(hit.best.snippet)
            return copy
        }
        return safe.jsonValue
    }

    /// A page of quotes (search hits) out of `total`.
    public static func quotes(_ results: SearchResults, limit: Int, offset: Int) -> JSONValue {
        page(total: results.total, limit: limit, offset: offset, items: results.hits.map(hit))
    }
}
