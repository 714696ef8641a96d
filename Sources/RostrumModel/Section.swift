/// A thematic part of a session: a heading and the quotes and narrative under it.
public struct Section: Codable, Sendable, Hashable {
    /// The thematic heading; nil for text before the first heading.
    public var heading: String?
    /// The group label above the heading, such as "Key conclusions" or «Решения».
    public var group: String?
    public var kind: SectionKind
    public var topics: [String]
    public var countries: [String]
    public var quotes: [Quote]
    /// Paragraphs that are not quotes: narrative, moderator remarks.
    public var paragraphs: [String]

    public init(
        heading: String?, group: String? = nil, kind: SectionKind = .other, topics: [String] = [],
        countries: [String] = [], quotes: [Quote] = [], paragraphs: [String] = []
    ) {
        self.heading = heading
        self.group = group
        self.kind = kind
        self.topics = topics
        self.countries = countries
        self.quotes = quotes
        self.paragraphs = paragraphs
    }

    enum CodingKeys: String, CodingKey { case heading, group, kind, topics, countries, quotes, paragraphs }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        heading = try c.decodeIfPresent(String.self, forKey: .heading)
        group = try c.decodeIfPresent(String.self, forKey: .group)
        kind = try c.decodeIfPresent(SectionKind.self, forKey: .kind) ?? .other
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        countries = try c.decodeIfPresent([String].self, forKey: .countries) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        paragraphs = try c.decodeIfPresent([String].self, forKey: .paragraphs) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(heading, forKey: .heading)
        try c.encode(group, forKey: .group)
        try c.encode(kind, forKey: .kind)
        try c.encode(topics, forKey: .topics)
        try c.encode(countries, forKey: .countries)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(paragraphs, forKey: .paragraphs)
    }
}

/// The role a section plays in a summary, from its group label or its heading.
public enum SectionKind: String, Codable, Sendable, Hashable, CaseIterable {
    case conclusion, problem, solution, other
}
