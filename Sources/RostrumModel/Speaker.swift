/// A person as a session names them: a name and the role held at that session.
///
/// `position` and `organization` describe the first role given; a speaker introduced with
/// several roles ("Minister of X; Chairman, Y") keeps the others in `otherRoles`.
public struct Speaker: Codable, Sendable, Hashable {
    public var name: String
    public var position: String?
    public var organization: String?
    public var otherRoles: [Role]

    public init(name: String, position: String? = nil, organization: String? = nil, otherRoles: [Role] = []) {
        self.name = name
        self.position = position
        self.organization = organization
        self.otherRoles = otherRoles
    }

    enum CodingKeys: String, CodingKey {
        case name, position, organization
        case otherRoles = "other_roles"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        position = try c.decodeIfPresent(String.self, forKey: .position)
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
        otherRoles = try c.decodeIfPresent([Role].self, forKey: .otherRoles) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(position, forKey: .position)
        try c.encode(organization, forKey: .organization)
        if !otherRoles.isEmpty { try c.encode(otherRoles, forKey: .otherRoles) }
    }
}

/// One position a person holds, optionally in an organisation.
public struct Role: Codable, Sendable, Hashable {
    public var position: String?
    public var organization: String?

    public init(position: String?, organization: String?) {
        self.position = position
        self.organization = organization
    }

    enum CodingKeys: String, CodingKey { case position, organization }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(position, forKey: .position)
        try c.encode(organization, forKey: .organization)
    }
}
