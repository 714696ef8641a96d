/// One organisation: the people who spoke for it (with the position they held there) and the
/// latest sessions it appeared at, newest first (`organization.sessions` counts them all: a large
/// organisation appears at thousands).
public struct OrganizationProfile: Sendable, Hashable {
    /// How many sessions a profile lists unless asked for another number.
    public static let defaultSessionLimit = 50

    public var organization: OrganizationSummary
    /// People who spoke for it, most quoted first; `position` is their latest position there.
    public var people: [PersonSummary]
    /// Its latest sessions, newest first; at most the limit asked for.
    public var sessions: [SessionSummary]

    /// A profile.
    public init(organization: OrganizationSummary, people: [PersonSummary], sessions: [SessionSummary]) {
        self.organization = organization
        self.people = people
        self.sessions = sessions
    }
}
