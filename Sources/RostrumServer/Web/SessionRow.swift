import RostrumStore

/// One session in a list: title linked to its page, event, date, language and counts.
struct SessionRow: Sendable {
    var title: String
    var href: String
    var event: String?
    var date: String?
    var language: String
    var quotes: Int
    var speakers: Int

    /// The row of a stored session.
    init(_ summary: SessionSummary) {
        title = summary.title ?? "Untitled session"
        href = WebPaths.session(summary.id)
        event = summary.event
        date = summary.date
        language = LanguageName.of(summary.language.rawValue)
        quotes = summary.quotes
        speakers = summary.speakers
    }
}
