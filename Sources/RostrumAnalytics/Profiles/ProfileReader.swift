public import RostrumStore

/// Reads a profile's connections from the store: figures cited by series (from the indicators
/// matched when the figures were stored), people or organisations met in the same sessions, and
/// countries named. Each is one grouped, indexed query.
public struct ProfileReader: Sendable {
    let store: any Store
    let tracker: FigureTracker

    /// A reader over `store`; `tracker` matches any figures still pending first and names the indicators.
    public init(store: any Store, tracker: FigureTracker) {
        self.store = store
        self.tracker = tracker
    }

    /// The connections of `subject`, each list at most `limit` long.
    public func connections(of subject: ProfileSubject, limit: Int = 20) async throws -> ProfileConnections {
        try await tracker.index()
        let definitions = try await tracker.currentLexicon().definitions
        // More rows than series: kinds of one series are merged.
        let cited = CitedSeries.merge(try await store.citedIndicators(subject, limit: limit * 4), definitions: definitions)
        let shared: [SharedSessions]
        switch subject {
        case .person(let id): shared = try await store.coSpeakers(personID: id, limit: limit)
        case .organization(let id): shared = try await store.coOrganizations(organizationID: id, limit: limit)
        }
        return ProfileConnections(figures: Array(cited.prefix(limit)), sharedSessions: shared, countries: try await store.countries(of: subject, limit: limit))
    }
}
