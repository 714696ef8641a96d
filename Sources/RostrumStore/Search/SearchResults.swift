public import RostrumModel

/// One quote found by a search.
public struct SearchHit: Sendable, Hashable {
    public var quoteID: Int64
    public var sessionID: Int64
    public var sessionTitle: String?
    public var event: String?
    public var date: String?
    public var text: String
    /// The text around the matches, matched terms between `<mark>` and `</mark>`.
    public var snippet: String
    /// The speaker with the position and organisation held at that session.
    public var speaker: Speaker?
    public var topics: [String]
    /// Higher is better (negated BM25); 0 for a search without words.
    public var score: Double

    /// A hit.
    public init(quoteID: Int64, sessionID: Int64, sessionTitle: String?, event: String?, date: String?, text: String,
                snippet: String, speaker: Speaker?, topics: [String], score: Double) {
        self.quoteID = quoteID
        self.sessionID = sessionID
        self.sessionTitle = sessionTitle
        self.event = event
        self.date = date
        self.text = text
        self.snippet = snippet
        self.speaker = speaker
        self.topics = topics
        self.score = score
    }

    /// The hit in the JSON shape of the search API.
    public var jsonValue: JSONValue {
        let speakerJSON: JSONValue = speaker.map {
            .object([("name", .string($0.name)), ("position", $0.position.map(JSONValue.string) ?? .null),
                     ("organization", $0.organization.map(JSONValue.string) ?? .null)])
        } ?? .null
        return .object([
            ("quote_id", .integer(Int(quoteID))), ("session_id", .integer(Int(sessionID))),
            ("session_title", sessionTitle.map(JSONValue.string) ?? .null), ("event", event.map(JSONValue.string) ?? .null),
            ("date", date.map(JSONValue.string) ?? .null), ("text", .string(text)), ("snippet", .string(snippet)),
            ("speaker", speakerJSON), ("topics", .array(topics.map(JSONValue.string))), ("score", .number(score)),
        ])
    }
}

/// A value of a facet and how many hits have it.
public struct FacetCount: Sendable, Hashable, Codable {
    public var value: String
    public var count: Int

    /// A facet entry.
    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}

/// Counts over all hits of a search (not only the page), most frequent first.
public struct SearchFacets: Sendable, Hashable {
    public var speakers: [FacetCount] = []
    public var organizations: [FacetCount] = []
    public var topics: [FacetCount] = []
    public var events: [FacetCount] = []
    public var years: [FacetCount] = []
    public var countries: [FacetCount] = []
    public var kinds: [FacetCount] = []

    /// Empty facets.
    public init() {}

    /// The facets as JSON: each a list of `{"value", "count"}`.
    public var jsonValue: JSONValue {
        func list(_ items: [FacetCount]) -> JSONValue {
            .array(items.map { .object([("value", .string($0.value)), ("count", .integer($0.count))]) })
        }
        return .object([
            ("speakers", list(speakers)), ("organizations", list(organizations)), ("topics", list(topics)),
            ("events", list(events)), ("years", list(years)), ("countries", list(countries)), ("kinds", list(kinds)),
        ])
    }
}

/// A page of quote hits, the number of all hits and the facets.
public struct SearchResults: Sendable, Hashable {
    public var total: Int
    public var hits: [SearchHit]
    public var facets: SearchFacets

    /// Results.
    public init(total: Int, hits: [SearchHit], facets: SearchFacets) {
        self.total = total
        self.hits = hits
        self.facets = facets
    }

    /// `{"total", "hits", "facets"}`, the JSON of `rostrum search --format json`.
    public var jsonValue: JSONValue {
        .object([("total", .integer(total)), ("hits", .array(hits.map(\.jsonValue))), ("facets", facets.jsonValue)])
    }
}

/// A session found by a search, with its best quote.
public struct SessionHit: Sendable, Hashable {
    public var sessionID: Int64
    public var title: String?
    public var event: String?
    public var date: String?
    /// How many of the session's quotes match.
    public var matches: Int
    public var best: SearchHit

    /// A session hit.
    public init(sessionID: Int64, title: String?, event: String?, date: String?, matches: Int, best: SearchHit) {
        self.sessionID = sessionID
        self.title = title
        self.event = event
        self.date = date
        self.matches = matches
        self.best = best
    }

    /// The session hit as JSON.
    public var jsonValue: JSONValue {
        .object([
            ("session_id", .integer(Int(sessionID))), ("session_title", title.map(JSONValue.string) ?? .null),
            ("event", event.map(JSONValue.string) ?? .null), ("date", date.map(JSONValue.string) ?? .null),
            ("matches", .integer(matches)), ("score", .number(best.score)), ("best", best.jsonValue),
        ])
    }
}

/// A page of session hits, the number of matching sessions and the facets.
///
/// The facets count the matching quotes, as a quote search does (the same numbers for the same
/// query in either view), so that a facet's count says how much was said, not in how many sessions.
public struct SessionSearchResults: Sendable, Hashable {
    public var total: Int
    public var hits: [SessionHit]
    public var facets: SearchFacets

    /// Results.
    public init(total: Int, hits: [SessionHit], facets: SearchFacets = SearchFacets()) {
        self.total = total
        self.hits = hits
        self.facets = facets
    }

    /// `{"total", "hits", "facets"}`, the JSON of `rostrum search --sessions --format json`.
    public var jsonValue: JSONValue {
        .object([("total", .integer(total)), ("hits", .array(hits.map(\.jsonValue))), ("facets", facets.jsonValue)])
    }
}
