/// One session as the pipeline understood it: the JSON object `rostrum extract` prints.
///
/// This is the contract other tools rely on (see DESIGN.md). It round-trips through JSON:
/// reading Rostrum's own JSON back gives the same value.
public struct ExtractedDocument: Codable, Sendable, Hashable {
    public var title: String?
    public var language: Language
    public var event: String?
    /// ISO date `YYYY-MM-DD` of the session, when known.
    public var date: String?
    /// Where the document came from (URL or file), when known.
    public var source: String?
    public var sections: [Section]
    public var speakers: [SpeakerSummary]
    public var warnings: [ExtractionWarning]

    public init(
        title: String?, language: Language, event: String? = nil, date: String? = nil, source: String? = nil,
        sections: [Section] = [], speakers: [SpeakerSummary] = [], warnings: [ExtractionWarning] = []
    ) {
        self.title = title
        self.language = language
        self.event = event
        self.date = date
        self.source = source
        self.sections = sections
        self.speakers = speakers
        self.warnings = warnings
    }

    /// Every quote of the document in reading order.
    public var allQuotes: [Quote] { sections.flatMap(\.quotes) }

    enum CodingKeys: String, CodingKey { case title, language, event, date, source, sections, speakers, warnings }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        language = try c.decodeIfPresent(Language.self, forKey: .language) ?? .unknown
        event = try c.decodeIfPresent(String.self, forKey: .event)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        sections = try c.decode([Section].self, forKey: .sections)
        speakers = try c.decodeIfPresent([SpeakerSummary].self, forKey: .speakers) ?? []
        warnings = try c.decodeIfPresent([ExtractionWarning].self, forKey: .warnings) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(event, forKey: .event)
        try c.encode(date, forKey: .date)
        try c.encode(source, forKey: .source)
        try c.encode(sections, forKey: .sections)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// A speaker of the session with their role there and how many quotes they have.
public struct SpeakerSummary: Codable, Sendable, Hashable {
    public var name: String
    public var position: String?
    public var organization: String?
    public var quotes: Int

    public init(name: String, position: String?, organization: String?, quotes: Int) {
        self.name = name
        self.position = position
        self.organization = organization
        self.quotes = quotes
    }

    enum CodingKeys: String, CodingKey { case name, position, organization, quotes }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(position, forKey: .position)
        try c.encode(organization, forKey: .organization)
        try c.encode(quotes, forKey: .quotes)
    }
}

/// Something the pipeline could not do cleanly, with where and why, so a user can check it.
public struct ExtractionWarning: Codable, Sendable, Hashable {
    public var code: Code
    public var message: String
    /// 1-based line in the source, when known.
    public var line: Int?

    public init(code: Code, message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    /// Stable, machine-readable reasons; new ones may be added.
    public struct Code: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(rawValue)
        }

        public static let unattributedQuote: Code = "unattributed_quote"
        public static let noQuotes: Code = "no_quotes"
        public static let unclosedQuote: Code = "unclosed_quote"
        public static let unknownRepeatSpeaker: Code = "unknown_repeat_speaker"
        public static let truncated: Code = "truncated"
    }
}
