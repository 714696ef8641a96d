public import RostrumModel
public import RostrumStore

/// What a speaker or organisation profile adds to roles, topics and events: the figures cited (by
/// series), who shared sessions with them (people for a speaker, organisations for an
/// organisation) and the countries their quotes name.
public struct ProfileConnections: Sendable, Hashable {
    public var figures: [CitedSeries]
    /// People (for a speaker) or organisations (for an organisation) met in the same sessions.
    public var sharedSessions: [SharedSessions]
    public var countries: [ValueCount]

    /// Connections.
    public init(figures: [CitedSeries], sharedSessions: [SharedSessions], countries: [ValueCount]) {
        self.figures = figures
        self.sharedSessions = sharedSessions
        self.countries = countries
    }

    /// The JSON fields a profile gains: `figures`, `co_speakers` or `co_organizations`, `countries`.
    public func jsonFields(for subject: ProfileSubject) -> [(String, JSONValue)] {
        let shared: (String, JSONValue) = {
            let items = JSONValue.array(sharedSessions.map { s in .object([("id", .integer(Int(s.id))), ("name", .string(s.name)), ("sessions", .integer(s.sessions))]) })
            if case .person = subject { return ("co_speakers", items) }
            return ("co_organizations", items)
        }()
        return [
            ("figures", .array(figures.map(\.jsonValue))),
            shared,
            ("countries", .array(countries.map { .object([("country", .string($0.value)), ("quotes", .integer($0.quotes))]) })),
        ]
    }
}
