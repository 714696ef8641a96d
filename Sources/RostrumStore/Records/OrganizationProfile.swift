/// One organisation: the people who spoke for it (with the position they held there) and the
/// sessions it appeared at, newest first.
public struct OrganizationProfile: Sendable, Hashable {
    public var organization: OrganizationSummary
    /// People who spoke for it, most quoted first; `position` is their latest position there.
    public var people: [PersonSummary]
    public var sessions: [SessionSummary]

    /// A profile.
    public init(organization: OrganizationSummary, people: [PersonSummary], sessions: [SessionSummary]) {
        self.organization = organization
        self.people = people
        self.sessions = sessions
    }
}
