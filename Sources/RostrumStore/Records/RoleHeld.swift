/// A position a person held at one session: the role as it was printed there.
public struct RoleHeld: Sendable, Hashable, Codable {
    public var sessionID: Int64
    public var sessionTitle: String?
    public var event: String?
    public var date: String?
    public var position: String?
    public var organizationID: Int64?
    public var organization: String?

    /// A role row.
    public init(sessionID: Int64, sessionTitle: String?, event: String?, date: String?, position: String?,
                organizationID: Int64?, organization: String?) {
        self.sessionID = sessionID
        self.sessionTitle = sessionTitle
        self.event = event
        self.date = date
        self.position = position
        self.organizationID = organizationID
        self.organization = organization
    }
}
