public import RostrumStore

/// Topic trends from per-event counts: each topic's share of attention per event, and what rose
/// or fell most between two events.
///
/// Shares, not raw counts, are compared: a forum with twice the sessions is not twice as
/// interested in everything.
public struct TopicTrends: Sendable {
    /// The counts, as the store gives them.
    public let counts: [TopicEventCount]

    /// Trends over `counts`.
    public init(counts: [TopicEventCount]) {
        self.counts = counts
    }

    /// The events in chronological order of their first session (undated last), each once.
    public var events: [String] {
        var seen = Set<String>()
        return counts.sorted { ($0.date ?? "9999", $0.year ?? Int.max, $0.event) < ($1.date ?? "9999", $1.year ?? Int.max, $1.event) }
            .compactMap { seen.insert($0.event).inserted ? $0.event : nil }
    }

    /// The event whose name matches `name`: exactly (ignoring case), else the only one containing it.
    /// - Throws: `TrendError` when none or several match.
    public func event(named name: String) throws(TrendError) -> String {
        let all = events
        if let exact = all.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { return exact }
        let partial = all.filter { $0.localizedCaseInsensitiveContains(name) }
        if partial.count == 1, let only = partial.first { return only }
        if partial.isEmpty { throw TrendError.noSuchEvent(name, known: all) }
        throw TrendError.ambiguousEvent(name, candidates: partial)
    }

    /// Every topic's change from `before` to `after`, biggest rise first, biggest fall last.
    public func compare(_ before: String, _ after: String) -> [TopicShift] {
        let a = counts.filter { $0.event == before }, b = counts.filter { $0.event == after }
        let totalA = a.first?.eventQuotes ?? 0, totalB = b.first?.eventQuotes ?? 0
        let quotesA = Dictionary(a.map { ($0.topic, $0.quotes) }, uniquingKeysWith: +)
        let quotesB = Dictionary(b.map { ($0.topic, $0.quotes) }, uniquingKeysWith: +)
        let topics = Set(quotesA.keys).union(quotesB.keys)
        return topics.map { topic in
            let qa = quotesA[topic] ?? 0, qb = quotesB[topic] ?? 0
            return TopicShift(topic: topic, quotesBefore: qa, quotesAfter: qb,
                              shareBefore: totalA > 0 ? Double(qa) / Double(totalA) : 0,
                              shareAfter: totalB > 0 ? Double(qb) / Double(totalB) : 0)
        }
        .sorted { ($1.points, $0.topic) < ($0.points, $1.topic) }
    }

    /// Each topic's share of attention per event, events in chronological order.
    public func shares() -> [(topic: String, shares: [(event: String, share: Double, quotes: Int)])] {
        let order = events
        // Look-ups by key: scanning the counts for every topic and event grew with their product.
        var totals: [String: Int] = [:]
        var quotes: [String: [String: Int]] = [:]
        for row in counts {
            if totals[row.event] == nil { totals[row.event] = row.eventQuotes }
            if quotes[row.topic, default: [:]][row.event] == nil { quotes[row.topic, default: [:]][row.event] = row.quotes }
        }
        return quotes.keys.sorted().map { topic in
            let byEvent = quotes[topic] ?? [:]
            return (topic, order.map { event in
                let n = byEvent[event] ?? 0
                let total = totals[event] ?? 0
                return (event, total > 0 ? Double(n) / Double(total) : 0, n)
            })
        }
    }
}

/// An event name that does not pick one event.
public enum TrendError: Error, Sendable, Hashable, CustomStringConvertible {
    case noSuchEvent(String, known: [String])
    case ambiguousEvent(String, candidates: [String])

    public var description: String {
        switch self {
        case .noSuchEvent(let name, let known):
            "no event matches “\(name)”; known events: \(known.joined(separator: ", "))"
        case .ambiguousEvent(let name, let candidates):
            "“\(name)” matches several events: \(candidates.joined(separator: ", ")); give more of the name"
        }
    }
}
