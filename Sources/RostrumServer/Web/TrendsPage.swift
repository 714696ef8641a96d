import RostrumAnalytics
import RostrumStore

/// `/trends?before=&after=`: which topics rose or fell between two events, as shares of each
/// event's quotes; the two latest events when none are chosen.
struct TrendsPage: Sendable {
    struct Option: Sendable {
        var value: String
        var selected: Bool
    }

    struct Row: Sendable {
        var topic: String
        var href: String
        var before: String
        var after: String
        var points: String
        var rose: Bool
        /// Bar width, percent of the largest change.
        var width: Int
        var quotes: String
    }

    struct View: Sendable {
        var pageTitle = "Topic trends"
        var beforeOptions: [Option]
        var afterOptions: [Option]
        var before: String?
        var after: String?
        var rows: [Row]
        var error: String?
        var empty: Bool
        var hasRows: Bool
    }

    let store: any Store

    /// The comparison of the chosen events, or an error message when a name picks none.
    func view(before: String?, after: String?) async throws -> View {
        let trends = TopicTrends(counts: try await store.topicEventCounts())
        let events = trends.events
        var problem: String?
        func pick(_ name: String?, fallback: String?) -> String? {
            guard let name, !name.isEmpty else { return fallback }
            do { return try trends.event(named: name) } catch {
                if problem == nil { problem = "\(error)" }
                return nil
            }
        }
        let a = pick(before, fallback: events.dropLast().last)
        let b = pick(after, fallback: events.last)
        var rows: [Row] = []
        if let a, let b {
            let shifts = trends.compare(a, b)
            let largest = max(0.1, shifts.map { abs($0.points) }.max() ?? 0.1)
            rows = shifts.map { s in
                Row(topic: TopicLabel.name(s.topic), href: WebPaths.topic(s.topic), before: Self.percent(s.shareBefore), after: Self.percent(s.shareAfter),
                    points: String(format: "%+.1f", s.points), rose: s.points >= 0, width: max(1, Int((abs(s.points) / largest * 100).rounded())),
                    quotes: "\(s.quotesBefore) → \(s.quotesAfter)")
            }
        }
        return View(beforeOptions: events.map { Option(value: $0, selected: $0 == a) }, afterOptions: events.map { Option(value: $0, selected: $0 == b) },
                    before: a, after: b, rows: rows, error: problem, empty: events.count < 2, hasRows: !rows.isEmpty)
    }

    private static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }
}
