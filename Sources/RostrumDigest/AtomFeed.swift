/// An Atom 1.0 feed (RFC 4287) of sessions, for people who follow a topic, a speaker or a query.
///
/// Pure: entries in, XML text out. Every text is escaped; links are absolute, built from `baseURL`.
public struct AtomFeed: Sendable {
    /// One entry: a session.
    public struct Entry: Sendable, Hashable {
        public var sessionID: Int64
        public var title: String
        /// When the entry changed: the session's ingestion time, RFC 3339.
        public var updated: String
        /// The session date, YYYY-MM-DD, shown in the summary.
        public var date: String?
        public var event: String?
        /// A short text: the best matching quote and its speaker.
        public var summary: String

        /// An entry.
        public init(sessionID: Int64, title: String, updated: String, date: String?, event: String?, summary: String) {
            self.sessionID = sessionID
            self.title = title
            self.updated = updated
            self.date = date
            self.event = event
            self.summary = summary
        }
    }

    /// The feed's title ("Rostrum: topic trade").
    public var title: String
    /// The server's address, e.g. "http://127.0.0.1:8080", without a trailing slash.
    public var baseURL: String
    /// The feed's own path and query ("/feeds/atom?topic=trade"), its id and self link.
    public var selfPath: String

    /// A feed.
    public init(title: String, baseURL: String, selfPath: String) {
        self.title = title
        self.baseURL = baseURL
        self.selfPath = selfPath
    }

    /// The feed XML for `entries` (newest first). `updated` is the newest entry's time, or `now`.
    public func render(_ entries: [Entry], now: String) -> String {
        var xml = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
        xml += #"<feed xmlns="http://www.w3.org/2005/Atom">"# + "\n"
        xml += "  <title>\(Self.escape(title))</title>\n"
        xml += "  <id>\(Self.escape(baseURL + selfPath))</id>\n"
        xml += #"  <link rel="self" type="application/atom+xml" href="\#(Self.escape(baseURL + selfPath))"/>"# + "\n"
        xml += #"  <link rel="alternate" type="text/html" href="\#(Self.escape(baseURL + "/"))"/>"# + "\n"
        xml += "  <updated>\(Self.escape(entries.map(\.updated).max() ?? now))</updated>\n"
        xml += "  <generator>Rostrum</generator>\n"
        for entry in entries {
            let link = baseURL + "/sessions/\(entry.sessionID)"
            let context = [entry.event, entry.date].compactMap { $0 }.joined(separator: ", ")
            xml += "  <entry>\n"
            xml += "    <title>\(Self.escape(entry.title))</title>\n"
            xml += "    <id>\(Self.escape(link))</id>\n"
            xml += #"    <link rel="alternate" type="text/html" href="\#(Self.escape(link))"/>"# + "\n"
            xml += "    <updated>\(Self.escape(entry.updated))</updated>\n"
            xml += "    <author><name>\(Self.escape(entry.event ?? "Rostrum"))</name></author>\n"
            xml += "    <summary>\(Self.escape(context.isEmpty ? entry.summary : context + " — " + entry.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// `text` safe in XML text and attribute values; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                if v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000 {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
