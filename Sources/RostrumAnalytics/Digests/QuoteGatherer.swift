public import RostrumModel
public import RostrumStore

/// The quotes a query finds, whole: each hit with the figures, topics and countries of its stored
/// quote and the session it belongs to — what a digest across sessions is written from.
public struct QuoteGatherer: Sendable {
    /// A found quote with its session's facts.
    public struct Found: Sendable, Hashable {
        public var quote: Quote
        public var language: Language
        public var sessionID: Int64
        public var sessionTitle: String?
        public var event: String?
        public var date: String?
    }

    let store: any Store
    let matcher: IndicatorMatcher?

    /// A gatherer over `store`; with a `lexicon`, each figure's subject becomes the name of the
    /// indicator it measures when the matcher can tell ("trade turnover" rather than "target").
    public init(store: any Store, lexicon: IndicatorLexicon? = nil) {
        self.store = store
        matcher = lexicon.map(IndicatorMatcher.init)
    }

    /// The `limit` best quotes for `query`, in relevance order.
    public func gather(_ query: SearchQuery, limit: Int) async throws -> [Found] {
        let hits = try await store.search(query, limit: limit, offset: 0, sort: .relevance).hits
        var sessions: [Int64: StoredSession] = [:]
        var found: [Found] = []
        for hit in hits {
            if sessions[hit.sessionID] == nil, let stored = try await store.session(id: hit.sessionID) { sessions[hit.sessionID] = stored }
            guard let stored = sessions[hit.sessionID] else { continue }
            // The stored quote (with its figures) is the one with the hit's text.
            let quote = stored.document.allQuotes.first { $0.text == hit.text }
                ?? Quote(text: hit.text, speaker: hit.speaker, topics: hit.topics)
            var withRole = quote
            if let speaker = hit.speaker { withRole.speaker = speaker }
            if let matcher {
                let heading = stored.document.sections.first { $0.quotes.contains { $0.text == hit.text } }?.heading
                withRole.figures = quote.figures.map { figure in
                    var named = figure
                    if let definition = matcher.indicator(forFigureAt: figure.offset, in: quote.text, subject: figure.subject, heading: heading,
                                                          wholeQuote: figure.kind == .target, unit: figure.unit) {
                        named.subject = stored.document.language == .ru ? definition.ru : definition.en
                    }
                    return named
                }
            }
            found.append(Found(quote: withRole, language: stored.document.language, sessionID: hit.sessionID, sessionTitle: hit.sessionTitle,
                               event: hit.event, date: hit.date))
        }
        return found
    }
}
