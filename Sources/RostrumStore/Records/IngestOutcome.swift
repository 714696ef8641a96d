/// What `Store.ingest` did with a document.
public enum IngestOutcome: Sendable, Hashable {
    /// A new session was stored.
    case inserted(Int64)
    /// The same content was already stored; nothing changed.
    case unchanged(Int64)
    /// The source's previous version (second id) was replaced by a new session (first id).
    case replaced(Int64, old: Int64)

    /// The id of the session that now holds the document.
    public var sessionID: Int64 {
        switch self {
        case .inserted(let id), .unchanged(let id), .replaced(let id, _): id
        }
    }
}
