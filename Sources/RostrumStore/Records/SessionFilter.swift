public import RostrumModel

/// Which sessions a listing returns; nil fields do not filter.
public struct SessionFilter: Sendable, Hashable {
    /// Part of the event name, case-insensitive.
    public var event: String?
    public var year: Int?
    public var language: Language?
    /// The exact source the session was ingested from.
    public var source: String?

    /// A filter; the default lists every session.
    public init(event: String? = nil, year: Int? = nil, language: Language? = nil, source: String? = nil) {
        self.event = event
        self.year = year
        self.language = language
        self.source = source
    }
}
