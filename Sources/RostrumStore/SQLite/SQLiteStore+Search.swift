import GRDB
import RostrumModel
import RostrumText

/// Search: the terms' postings (from the FTS5 index, cached in memory until the next write) are
/// intersected and ranked by weighted BM25 in `TextMatcher`; filters, totals, facets and the page
/// are computed over `QuoteColumns` (facets counted on another thread while the page is read, `FacetCounting`); only the returned page is read from the tables
/// and gets snippets (`QuoteSnippet`).
///
/// Column weights of the BM25 score (`TextMatcher.weights`, as FTS5's `bm25()` takes them): quote text 1.0, speaker (name, position,
/// organisation) 1.5, section heading 0.6, session title 0.4 — what was said counts most, the
/// speaker's own name and role nearly as much, the headings and titles that many quotes share
/// least. Order: best rank first, then quote id; by date (and without words): newest session
/// first, undated last, then quote id.
extension SQLiteStore {
    static let facetLimit = 20

    /// Loads the in-memory search columns now (a server calls it at start), so that the first
    /// search does not wait seconds for them on a large database.
    public func prepareSearch() async throws {
        let index = quoteIndex
        try await read { db in
            _ = try index.columns(db, stamp: try QuoteIndexCache.stamp(db))
        }
    }

    public func search(_ query: SearchQuery, limit: Int, offset: Int, sort: SearchSort) async throws -> SearchResults {
        let plan = SearchPlan(query)
        if plan.matchesNothing { return SearchResults(total: 0, hits: [], facets: SearchFacets()) }
        let (limit, offset) = (max(0, limit), max(0, offset))
        let index = quoteIndex
        let cache = searchCache
        let key = SearchResultCache.Key(positive: plan.positive, negative: plan.negative, filters: plan.filters, limit: limit, offset: offset,
                                        sort: sort, sessions: false)
        return try await read { db in
            let stamp = try QuoteIndexCache.stamp(db)
            if case .quotes(let held)? = cache.value(for: key, stamp: stamp) { return held }
            let results = try Self.search(db, plan, limit: limit, offset: offset, sort: sort, index: index, stamp: stamp)
            cache.store(.quotes(results), for: key, stamp: stamp)
            return results
        }
    }

    /// The search itself, in the snapshot of `db` whose counters are `stamp`.
    static func search(_ db: Database, _ plan: SearchPlan, limit: Int, offset: Int, sort: SearchSort, index: QuoteIndexCache,
                       stamp: SearchResultCache.Stamp) throws -> SearchResults {
        let plan = try plan.withNameSpellings(db, index.nameSpellings)
        let columns = try index.columns(db, stamp: stamp)
        guard let filter = try Self.filter(db, plan, columns, index: index) else { return SearchResults(total: 0, hits: [], facets: SearchFacets()) }
        let found = try Self.scan(db, index, plan, columns, filter, ranked: sort == .relevance)
        let counting = FacetCounting(found.slots, columns)
        let best = found.best(offset + limit, columns)
        let page = Array(best.dropFirst(offset).prefix(limit))
        let hits = try Self.hydrate(db, page, plan: plan, ranked: sort == .relevance && plan.positive != nil)
        let tallies = counting.wait()
        return SearchResults(total: tallies.total, hits: hits, facets: try tallies.facets(db, index: index, columns: columns))
    }

    public func searchSessions(_ query: SearchQuery, limit: Int, offset: Int, sort: SearchSort) async throws -> SessionSearchResults {
        let plan = SearchPlan(query)
        if plan.matchesNothing { return SessionSearchResults(total: 0, hits: []) }
        let (limit, offset) = (max(0, limit), max(0, offset))
        let index = quoteIndex
        let cache = searchCache
        let key = SearchResultCache.Key(positive: plan.positive, negative: plan.negative, filters: plan.filters, limit: limit, offset: offset,
                                        sort: sort, sessions: true)
        return try await read { db in
            let stamp = try QuoteIndexCache.stamp(db)
            if case .sessions(let held)? = cache.value(for: key, stamp: stamp) { return held }
            let results = try Self.searchSessions(db, plan, limit: limit, offset: offset, sort: sort, index: index, stamp: stamp)
            cache.store(.sessions(results), for: key, stamp: stamp)
            return results
        }
    }

    /// Sessions ranked by their best quote, in the snapshot of `db` whose counters are `stamp`.
    static func searchSessions(_ db: Database, _ plan: SearchPlan, limit: Int, offset: Int, sort: SearchSort, index: QuoteIndexCache,
                               stamp: SearchResultCache.Stamp) throws -> SessionSearchResults {
        let plan = try plan.withNameSpellings(db, index.nameSpellings)
        let columns = try index.columns(db, stamp: stamp)
        guard let filter = try Self.filter(db, plan, columns, index: index) else { return SessionSearchResults(total: 0, hits: []) }
        // A session is as good as its best quote (best rank, then lowest id).
        var sessions: [Int64: (key: HitKey, count: Int)] = [:]
        let found = try Self.scan(db, index, plan, columns, filter, ranked: true)
        let counting = FacetCounting(found.slots, columns)
        for j in found.slots.indices {
            let key = found.key(j, columns)
            let slot = found.slots[j]
            let session = columns.session[Int(slot)]
            if let held = sessions[session] {
                sessions[session] = (min(held.key, key), held.count + 1)
            } else {
                sessions[session] = (key, 1)
            }
        }
        var order = sessions.map { (session: $0.key, best: $0.value.key) }
        if sort == .date {
            // Newest first (undated last), then by session id.
            order.sort { a, b in
                let da = columns.slot(of: a.best.id).map { columns.date(ofSlot: $0) } ?? -1
                let db = columns.slot(of: b.best.id).map { columns.date(ofSlot: $0) } ?? -1
                return da != db ? da > db : a.session < b.session
            }
        } else {
            order.sort { $0.best < $1.best }
        }
        let page = Array(order.dropFirst(offset).prefix(limit))
        let hits = try Self.hydrate(db, page.map(\.best), plan: plan, ranked: plan.positive != nil)
        let byQuote = Dictionary(hits.map { ($0.quoteID, $0) }, uniquingKeysWith: { a, _ in a })
        let sessionHits = page.compactMap { entry -> SessionHit? in
            guard let hit = byQuote[entry.best.id] else { return nil }
            return SessionHit(sessionID: entry.session, title: hit.sessionTitle, event: hit.event, date: hit.date,
                              matches: sessions[entry.session]?.count ?? 0, best: hit)
        }
        let tallies = counting.wait()
        return SessionSearchResults(total: order.count, hits: sessionHits, facets: try tallies.facets(db, index: index, columns: columns))
    }

    /// The filters of `plan` resolved, or nil when they can match nothing; an exclusion without
    /// positive text removes the quotes matching any excluded phrase.
    static func filter(_ db: Database, _ plan: SearchPlan, _ columns: QuoteColumns, index: QuoteIndexCache) throws -> QuoteFilter? {
        var filter = try QuoteFilter(plan.filters, columns: columns, db: db, organizationSpellings: index.organizationSpellings)
        if filter.matchesNothing { return nil }
        if plan.negative != nil, !plan.excluded.isEmpty {
            let matcher = TextMatcher { phrase in try index.phraseHits(db, phrase, columns: columns) }
            filter.exclude(try matcher.evaluate(required: [plan.excluded], excluded: []).slots, columns: columns)
        }
        return filter
    }

    /// Every hit of `plan` that passes `filter`, in slot order, with its sort key: the BM25 score
    /// when `ranked` and the query has words, else the date order.
    static func scan(_ db: Database, _ index: QuoteIndexCache, _ plan: SearchPlan, _ columns: QuoteColumns, _ filter: QuoteFilter,
                     ranked: Bool) throws -> FoundHits {
        guard plan.positive != nil else {
            return FoundHits(slots: (filter.allowed ?? columns.existing).slots, scores: nil)
        }
        let matcher = TextMatcher { phrase in try index.phraseHits(db, phrase, columns: columns) }
        let hits = try matcher.evaluate(required: plan.required, excluded: plan.excluded)
        guard let allowed = filter.allowed else {
            return FoundHits(slots: hits.slots, scores: ranked ? hits.scores : nil)
        }
        var slots: [Int32] = []
        var scores: [Double] = []
        slots.reserveCapacity(hits.slots.count)
        if ranked { scores.reserveCapacity(hits.slots.count) }
        allowed.words.withUnsafeBufferPointer { words in
            hits.slots.withUnsafeBufferPointer { hitSlots in
                for j in hitSlots.indices {
                    let s = Int(hitSlots[j])
                    let w = s >> 6
                    guard w < words.count, (words[w] >> UInt64(s & 63)) & 1 != 0 else { continue }
                    slots.append(hitSlots[j])
                    if ranked { scores.append(hits.scores[j]) }
                }
            }
        }
        return FoundHits(slots: slots, scores: ranked ? scores : nil)
    }

    /// The page's hits, in the order given, with speaker, session, topics and (for words) snippets.
    ///
    /// Each hit is read by id with cached statements (a page is a few rows; preparing an `IN`
    /// list per search cost more than reading them), and its snippet is made in Swift
    /// (`QuoteSnippet`) rather than by FTS5, which would look every hit up in the index again.
    static func hydrate(_ db: Database, _ page: [HitKey], plan: SearchPlan, ranked: Bool) throws -> [SearchHit] {
        guard !page.isEmpty else { return [] }
        let quote = try db.cachedStatement(sql: """
            SELECT q.session_id, q.text, q.speaker_name, r.position, o.name, s.title, e.name, q.date
            FROM quotes q
            JOIN sessions s ON s.id = q.session_id
            LEFT JOIN roles r ON r.id = q.role_id
            LEFT JOIN organizations o ON o.id = q.organization_id
            LEFT JOIN events e ON e.id = q.event_id
            WHERE q.id = ?
            """)
        let topics = try db.cachedStatement(sql: "SELECT topic FROM quote_topics WHERE quote_id = ? ORDER BY topic")
        let snippets = plan.positive.map { _ in QuoteSnippet(required: plan.required) }
        var hits: [SearchHit] = []
        hits.reserveCapacity(page.count)
        for key in page {
            guard let row = try Row.fetchOne(quote, arguments: [key.id]) else { continue }
            let text: String = row[1]
            let speaker: Speaker? = (row[2] as String?).map { Speaker(name: $0, position: row[3], organization: row[4]) }
            hits.append(SearchHit(
                quoteID: key.id, sessionID: row[0], sessionTitle: row[5], event: row[6], date: row[7],
                text: text, snippet: snippets.map { $0.snippet(of: text) } ?? Self.lead(text), speaker: speaker,
                topics: try String.fetchAll(topics, arguments: [key.id]),
                score: ranked && key.primary != 0 ? -key.primary : 0))
        }
        return hits
    }

    /// The first words of a quote, when there is no match to centre a snippet on.
    static func lead(_ text: String) -> String {
        guard text.count > 200 else { return text }
        let cut = text.prefix(200)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }
}

/// The sort key of a hit: smaller is better (a BM25 rank, or a negated date), then the quote id.
struct HitKey: Comparable, Sendable {
    var primary: Double
    var id: Int64

    static func < (a: HitKey, b: HitKey) -> Bool { a.primary != b.primary ? a.primary < b.primary : a.id < b.id }
}

/// The hits of a search in slot order, with their BM25 scores when ranked by relevance (else
/// they are ordered by date: newest first, undated last).
struct FoundHits {
    var slots: [Int32]
    var scores: [Double]?

    /// The sort key of the j-th hit.
    @inline(__always)
    func key(_ j: Int, _ c: QuoteColumns) -> HitKey {
        let slot = Int(slots[j])
        if let scores { return HitKey(primary: -scores[j], id: c.id(ofSlot: slot)) }
        return HitKey(primary: Self.dateKey(c.date(ofSlot: slot)), id: c.id(ofSlot: slot))
    }

    /// The order of a date: newer first, undated last.
    @inline(__always)
    static func dateKey(_ date: Int32) -> Double { date < 0 ? .infinity : -Double(date) }

    /// The `count` best hits, best first.
    func best(_ count: Int, _ c: QuoteColumns) -> [HitKey] {
        var best = BestHits(capacity: count)
        guard count > 0 else { return [] }
        for j in slots.indices { best.consider(key(j, c)) }
        return best.sorted
    }
}

/// The `capacity` best hits seen so far, kept sorted.
struct BestHits {
    let capacity: Int
    private(set) var sorted: [HitKey] = []

    init(capacity: Int) {
        self.capacity = capacity
        sorted.reserveCapacity(min(capacity, 4096) + 1)
    }

    @inline(__always)
    mutating func consider(_ key: HitKey) {
        if sorted.count == capacity, let worst = sorted.last, !(key < worst) { return }
        insert(key)
    }

    mutating func insert(_ key: HitKey) {
        guard capacity > 0 else { return }
        if sorted.count == capacity, let worst = sorted.last, !(key < worst) { return }
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < key { low = mid + 1 } else { high = mid }
        }
        sorted.insert(key, at: low)
        if sorted.count > capacity { sorted.removeLast() }
    }
}

/// A query turned into its parts: the MATCH text of what hits must and must not contain, and the filters.
struct SearchPlan {
    let positive: String?
    let negative: String?
    /// The phrases of `positive`: every group must match one of its phrases; none of `excluded` may.
    private(set) var required: [[MatchExpression.Phrase]]
    private(set) var excluded: [MatchExpression.Phrase]
    /// The single words typed in each group of `required` (folded).
    let words: [[String]]
    /// The single words excluded (folded).
    let excludedWords: [String]
    let filters: SearchFilters
    let matchesNothing: Bool

    init(_ query: SearchQuery) {
        let match = MatchExpression(query)
        positive = match.positive
        negative = match.negative
        required = match.required
        excluded = match.excluded
        words = match.words
        excludedWords = match.excludedWords
        filters = query.filters
        matchesNothing = MatchExpression.matchesNothing(query, match)
    }

    /// The plan with, in each group, the other spellings of the words of people's names it holds
    /// (`NameSpellings`), matched in the speaker column: "Volkov" also finds «Алексей Волков»;
    /// likewise for excluded words.
    func withNameSpellings(_ db: Database, _ spellings: NameSpellings, analyzer: TextAnalyzer = TextAnalyzer()) throws -> SearchPlan {
        var plan = self
        guard words.contains(where: { !$0.isEmpty }) || !excludedWords.isEmpty else { return plan }
        try spellings.refresh(db)
        // An excluded name goes in every spelling too: "-Volkov" also drops what «Волков» said.
        for word in excludedWords {
            for term in try spellings.otherTerms(db, of: word, analyzer: analyzer) {
                let phrase = MatchExpression.Phrase(terms: [term], prefix: false, columns: MatchExpression.Phrase.speakerColumn)
                if !plan.excluded.contains(phrase) { plan.excluded.append(phrase) }
            }
        }
        for (group, typed) in zip(required.indices, words) {
            for word in typed {
                for term in try spellings.otherTerms(db, of: word, analyzer: analyzer) {
                    let phrase = MatchExpression.Phrase(terms: [term], prefix: false, columns: MatchExpression.Phrase.speakerColumn)
                    if !plan.required[group].contains(where: { $0.terms == phrase.terms && !$0.prefix }) {
                        plan.required[group].append(phrase)
                    }
                }
            }
        }
        return plan
    }
}
