import RostrumModel
import RostrumStore

/// One quote in a list (search results, a speaker's or a topic's quotes): the text as HTML with
/// matches marked, who said it in which role, and the session it comes from.
struct QuoteRow: Sendable {
    /// Escaped HTML of the snippet (or the full text), with only `<mark>` tags as markup.
    var html: String
    var speakerName: String?
    var speakerHref: String?
    var role: String?
    var sessionTitle: String
    var sessionHref: String
    var meta: String?
    var topics: [LinkItem]

    /// The row of a search hit.
    init(_ hit: SearchHit) {
        html = hit.snippet.isEmpty ? HTML.escape(hit.text) : HTML.snippet(hit.snippet)
        speakerName = hit.speaker?.name
        speakerHref = hit.speaker.map { WebPaths.speaker(named: $0.name) }
        role = hit.speaker.flatMap { QuoteRow.role($0.position, $0.organization) }
        sessionTitle = hit.sessionTitle ?? "Untitled session"
        sessionHref = WebPaths.session(hit.sessionID)
        meta = QuoteRow.joined([hit.event, hit.date])
        topics = hit.topics.map { LinkItem(label: TopicLabel.name($0), href: WebPaths.topic($0)) }
    }

    /// "Position, Organisation", or nil when neither is known.
    static func role(_ position: String?, _ organization: String?) -> String? {
        joined([position, organization], separator: ", ")
    }

    /// The non-empty parts joined, or nil when there are none.
    static func joined(_ parts: [String?], separator: String = " · ") -> String? {
        let kept = parts.compactMap { $0 }.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept.joined(separator: separator)
    }
}
