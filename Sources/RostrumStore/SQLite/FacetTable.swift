/// The tables whose names facets show by id: people, organisations, events.
enum FacetTable: Hashable, Sendable {
    case people, organizations, events

    /// The name of one row by id (a fixed statement per table; no text of a caller reaches SQL).
    var nameSQL: String {
        switch self {
        case .people: "SELECT name FROM people WHERE id = ?"
        case .organizations: "SELECT name FROM organizations WHERE id = ?"
        case .events: "SELECT name FROM events WHERE id = ?"
        }
    }
}
