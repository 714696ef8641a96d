/// One person across the knowledge base: who they are and every role they held, oldest first.
///
/// What they said (quotes, counts by topic and event) comes from a search restricted to the person
/// (`SearchFilters.personIDs`), so the profile and the search agree.
public struct PersonProfile: Sendable, Hashable {
    public var person: PersonSummary
    public var roles: [RoleHeld]

    /// A profile.
    public init(person: PersonSummary, roles: [RoleHeld]) {
        self.person = person
        self.roles = roles
    }
}
