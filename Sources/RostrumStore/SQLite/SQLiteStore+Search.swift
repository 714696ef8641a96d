import GRDB
import RostrumModel
import RostrumText

/// Search over the FTS5 index: hits ranked by weighted BM25, snippets and facets.
///
/// Column weights of `bm25(quote_fts, …)`: quote text 1.0, speaker (name, position,
/// organisation) 1.5, section heading 0.6, session title 0.4 — what was said counts most, the
/// speaker's own name and role nearly as much, the headings and titles that many quotes share
/// least.
extension SQLiteStore {
    static let rankSQL = "bm25(quote_fts, 1.0, 1.5, 0.6, 0.4)"
    static let facetLimit = 20

    public func search(_ query: SearchQuery, limit: Int, offset: Int, sort: SearchSort) async throws -> SearchResults {
        let plan = SearchPlan(query)
        if plan.matchesNothing { return SearchResults(total: 0, hits: [], facets: SearchFacets()) }
        return try await read { db in
            let hits = try Self.hits(db, plan, sort: sort, limit: limit, offset: offset, restrictTo: nil)
            let (total, facets) = try Self.totalAndFacets(db, plan)
            return SearchResults(total: total, hits: hits, facets: facets)
        }
    }

    public func searchSessions(_ query: SearchQuery, limit: Int, offset: Int, sort: SearchSort) async throws -> SessionSearchResults {
        let plan = SearchPlan(query)
        if plan.matchesNothing { return SessionSearchResults(total: 0, hits: []) }
        return try await read { db in
            // Every hit's session and rank, best first; a session is as good as its best quote.
            let rankColumn = plan.positive == nil ? "0" : Self.rankSQL
            let from = plan.positive == nil ? "quotes q" : "quote_fts JOIN quotes q ON q.id = quote_fts.rowid"
            let rows = try Row.fetchAll(db, sql: """
                SELECT q.id, q.session_id, \(rankColumn) AS rank, q.date FROM \(from)
                WHERE \(plan.positive == nil ? plan.filterCondition : "quote_fts MATCH ? AND " + plan.filterCondition)
                ORDER BY rank, q.id
                """, arguments: StatementArguments(plan.matchArguments))
            var order: [Int64] = []
            var best: [Int64: (quote: Int64, rank: Double, date: String?)] = [:]
            var counts: [Int64: Int] = [:]
            for row in rows {
                let session: Int64 = row[1]
                if best[session] == nil {
                    best[session] = (row[0], row[2], row[3])
                    order.append(session)
                }
                counts[session, default: 0] += 1
            }
            if sort == .date {
                order.sort { (best[$0]?.date ?? "", $1) > (best[$1]?.date ?? "", $0) }
            }
            let page = Array(order.dropFirst(offset).prefix(limit))
            let quoteIDs = page.compactMap { best[$0]?.quote }
            let hits = try Self.hits(db, plan, sort: .relevance, limit: quoteIDs.count, offset: 0, restrictTo: quoteIDs)
            let byQuote = Dictionary(hits.map { ($0.quoteID, $0) }, uniquingKeysWith: { a, _ in a })
            let sessionHits = page.compactMap { session -> SessionHit? in
                guard let quote = best[session]?.quote, let hit = byQuote[quote] else { return nil }
                return SessionHit(sessionID: session, title: hit.sessionTitle, event: hit.event, date: hit.date, matches: counts[session] ?? 0, best: hit)
            }
            return SessionSearchResults(total: order.count, hits: sessionHits)
        }
    }

    /// One page of hits with their speaker, session and topics.
    static func hits(_ db: Database, _ plan: SearchPlan, sort: SearchSort, limit: Int, offset: Int, restrictTo ids: [Int64]?) throws -> [SearchHit] {
        let text = plan.positive != nil
        var condition = text ? "quote_fts MATCH ? AND " + plan.filterCondition : plan.filterCondition
        var arguments = plan.matchArguments
        if let ids {
            guard !ids.isEmpty else { return [] }
            condition += " AND q.id IN (\(FilterSQL.placeholders(ids.count)))"
            arguments += ids.map(\.databaseValue)
        }
        let order = sort == .date || !text ? "q.date IS NULL, q.date DESC, q.id" : "rank, q.id"
        let select = """
            SELECT q.id, q.session_id, q.text, q.speaker_name, r.position, o.name AS organization, s.title, e.name AS event, q.date,
                \(text ? rankSQL : "0") AS rank, \(text ? "snippet(quote_fts, 0, '<mark>', '</mark>', '…', 32)" : "NULL") AS snip
            FROM \(text ? "quote_fts JOIN quotes q ON q.id = quote_fts.rowid" : "quotes q")
            JOIN sessions s ON s.id = q.session_id
            LEFT JOIN roles r ON r.id = q.role_id
            LEFT JOIN organizations o ON o.id = q.organization_id
            LEFT JOIN events e ON e.id = q.event_id
            WHERE \(condition)
            ORDER BY \(order) LIMIT ? OFFSET ?
            """
        arguments += [limit.databaseValue, offset.databaseValue]
        let rows = try Row.fetchAll(db, sql: select, arguments: StatementArguments(arguments))
        let ids = rows.map { $0[0] as Int64 }
        var topics: [Int64: [String]] = [:]
        if !ids.isEmpty {
            let topicRows = try Row.fetchAll(db, sql: "SELECT quote_id, topic FROM quote_topics WHERE quote_id IN (\(FilterSQL.placeholders(ids.count))) ORDER BY quote_id, topic",
                                             arguments: StatementArguments(ids))
            for row in topicRows { topics[row[0], default: []].append(row[1]) }
        }
        return rows.map { row in
            let text: String = row["text"]
            let speaker: Speaker? = (row["speaker_name"] as String?).map {
                Speaker(name: $0, position: row["position"], organization: row["organization"])
            }
            let id: Int64 = row["id"]
            let rank: Double = row["rank"]
            return SearchHit(
                quoteID: id, sessionID: row["session_id"], sessionTitle: row["title"], event: row["event"], date: row["date"],
                text: text, snippet: (row["snip"] as String?) ?? Self.lead(text), speaker: speaker, topics: topics[id] ?? [],
                score: rank == 0 ? 0 : -rank)
        }
    }

    /// The number of hits and the facet counts over all of them, from one pass over the hits: the
    /// full-text match runs once, not once per facet.
    static func totalAndFacets(_ db: Database, _ plan: SearchPlan) throws -> (Int, SearchFacets) {
        var total = 0
        var ids: [Int64] = []
        var people: [Int64: Int] = [:], organizations: [Int64: Int] = [:], events: [Int64: Int] = [:]
        var years: [Int: Int] = [:], kinds: [String: Int] = [:]
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT q.id, q.person_id, q.organization_id, q.event_id, q.year, q.kind FROM quotes q WHERE \(plan.condition)",
            arguments: plan.arguments)
        while let row = try cursor.next() {
            total += 1
            ids.append(row[0])
            if let p: Int64 = row[1] { people[p, default: 0] += 1 }
            if let o: Int64 = row[2] { organizations[o, default: 0] += 1 }
            if let e: Int64 = row[3] { events[e, default: 0] += 1 }
            if let y: Int = row[4] { years[y, default: 0] += 1 }
            if let k: String = row[5] { kinds[k, default: 0] += 1 }
        }
        var facets = SearchFacets()
        guard total > 0 else { return (0, facets) }
        facets.speakers = try named(db, people, table: "people")
        facets.organizations = try named(db, organizations, table: "organizations")
        facets.events = try named(db, events, table: "events")
        facets.years = top(years.map { (String($0.key), $0.value) })
        facets.kinds = top(kinds.map { ($0.key, $0.value) })
        // Topics and countries live in their own tables: counted over the hit ids, without the MATCH.
        let idList = "[" + ids.map(String.init).joined(separator: ",") + "]"
        func counts(_ sql: String) throws -> [FacetCount] {
            try Row.fetchAll(db, sql: sql + " ORDER BY 2 DESC, 1 LIMIT \(facetLimit)", arguments: [idList]).compactMap { row in
                guard let value = row[0] as String? else { return nil }
                return FacetCount(value: value, count: row[1])
            }
        }
        facets.topics = try counts("SELECT topic, COUNT(*) FROM quote_topics WHERE quote_id IN (SELECT value FROM json_each(?)) GROUP BY topic")
        facets.countries = try counts("SELECT country, COUNT(*) FROM quote_countries WHERE quote_id IN (SELECT value FROM json_each(?)) GROUP BY country")
        return (total, facets)
    }

    /// The `facetLimit` most frequent ids of `table` with their names, most frequent first, then by name.
    private static func named(_ db: Database, _ counts: [Int64: Int], table: String) throws -> [FacetCount] {
        guard !counts.isEmpty else { return [] }
        // Ties at the cut-off are resolved by name, so fetch the names of every id that can still place.
        let sorted = counts.sorted { $0.value > $1.value }
        let threshold = sorted[min(facetLimit, sorted.count) - 1].value
        let candidates = sorted.filter { $0.value >= threshold }.map(\.key)
        var names: [Int64: String] = [:]
        for chunk in stride(from: 0, to: candidates.count, by: 500) {
            let slice = Array(candidates[chunk..<min(chunk + 500, candidates.count)])
            let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM \(table) WHERE id IN (\(FilterSQL.placeholders(slice.count)))", arguments: StatementArguments(slice))
            for row in rows { names[row[0]] = row[1] }
        }
        return top(candidates.compactMap { id in names[id].map { ($0, counts[id] ?? 0) } })
    }

    /// The most frequent values first, ties by value as SQLite orders text (by UTF-8 bytes).
    private static func top(_ items: [(String, Int)]) -> [FacetCount] {
        items.sorted { a, b in a.1 != b.1 ? a.1 > b.1 : Array(a.0.utf8).lexicographicallyPrecedes(Array(b.0.utf8)) }
            .prefix(facetLimit).map { FacetCount(value: $0.0, count: $0.1) }
    }

    /// The first words of a quote, when there is no match to centre a snippet on.
    static func lead(_ text: String) -> String {
        guard text.count > 200 else { return text }
        let cut = text.prefix(200)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }
}

/// A query turned into SQL: the MATCH text, the filter conditions and their arguments.
struct SearchPlan {
    let positive: String?
    let negative: String?
    let filter: FilterSQL
    let matchesNothing: Bool

    init(_ query: SearchQuery) {
        let match = MatchExpression(query)
        positive = match.positive
        negative = match.negative
        filter = FilterSQL(query.filters)
        matchesNothing = MatchExpression.matchesNothing(query, match)
    }

    /// The filters (and an exclusion without positive text) over `q`, without the MATCH.
    var filterCondition: String {
        var clauses = filter.clauses
        if negative != nil { clauses.append("q.id NOT IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)") }
        return clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
    }

    var filterArguments: [DatabaseValue] {
        filter.arguments + (negative.map { [$0.databaseValue] } ?? [])
    }

    /// Every condition of a hit over `q`, MATCH as a subquery: for counts and facets.
    var condition: String {
        guard positive != nil else { return filterCondition }
        return "q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?) AND " + filterCondition
    }

    /// Arguments of `condition`.
    var arguments: StatementArguments {
        StatementArguments((positive.map { [$0.databaseValue] } ?? []) + filterArguments)
    }

    /// Arguments of "quote_fts MATCH ? AND filterCondition".
    var matchArguments: [DatabaseValue] {
        (positive.map { [$0.databaseValue] } ?? []) + filterArguments
    }
}
