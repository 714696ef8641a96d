/// Which pairs a co-occurrence graph links.
public enum CooccurrenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// People and the topics of their quotes.
    case speakerTopic = "speaker-topic"
    /// Organisations and the countries their people's quotes name.
    case organizationCountry = "organization-country"
}

/// One linked pair and how many quotes link it.
public struct CooccurrencePair: Sendable, Hashable, Codable {
    /// The person's or organisation's id.
    public var entityID: Int64
    public var entityName: String
    /// The topic label or the ISO country code.
    public var value: String
    public var quotes: Int

    /// A pair.
    public init(entityID: Int64, entityName: String, value: String, quotes: Int) {
        self.entityID = entityID
        self.entityName = entityName
        self.value = value
        self.quotes = quotes
    }
}
