import Foundation
import RostrumDigest
import RostrumStore

/// `/feeds/atom?q=QUERY`: an Atom feed of the newest sessions matching a query in the search
/// language — `topic:trade`, `speaker:"Zhou Liqun"`, `"trade turnover" year:2019..` — so people
/// can follow a subject in a feed reader. Each entry links to the session page and quotes its
/// best matching quote.
struct SessionFeed: Sendable {
    static let entries = 30
    let store: any Store

    /// The feed XML; an empty or missing query follows every new session.
    /// - Throws: `QueryError` for a malformed query (a 400 from the problem middleware).
    func xml(query text: String?, baseURL: String) async throws -> String {
        let text = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let entries: [AtomFeed.Entry]
        if text.isEmpty {
            entries = try await store.sessions(filter: SessionFilter(), limit: Self.entries, offset: 0).map { s in
                AtomFeed.Entry(sessionID: s.id, title: s.title ?? "Untitled session", updated: Self.timestamp(s.date), date: s.date, event: s.event,
                               summary: "\(s.quotes) quotes from \(s.speakers) speakers")
            }
        } else {
            let query = try SearchQuery(parsing: text)
            entries = try await store.searchSessions(query, limit: Self.entries, offset: 0, sort: .date).hits.map { hit in
                let who = hit.best.speaker.map { ", " + $0.name } ?? ""
                return AtomFeed.Entry(sessionID: hit.sessionID, title: hit.title ?? "Untitled session", updated: Self.timestamp(hit.date),
                                      date: hit.date, event: hit.event, summary: "“\(hit.best.text)”\(who)")
            }
        }
        let title = text.isEmpty ? "Rostrum: new sessions" : "Rostrum: \(text)"
        let feed = AtomFeed(title: title, baseURL: baseURL, selfPath: WebPaths.with("/feeds/atom", [("q", text)]))
        return feed.render(entries, now: Self.timestamp(nil))
    }

    /// An RFC 3339 time for a session date (its midnight, UTC), or now.
    static func timestamp(_ date: String?) -> String {
        if let date, APIQuery.isCalendarDate(date) { return date + "T00:00:00Z" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
