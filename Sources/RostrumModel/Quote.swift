/// A passage attributed to a speaker: verbatim, or reported speech when `indirect` is true.
public struct Quote: Codable, Sendable, Hashable {
    public var text: String
    /// Who said it; nil only with a warning in the document.
    public var speaker: Speaker?
    public var figures: [Figure]
    /// Taxonomy labels of the quote.
    public var topics: [String]
    /// ISO 3166-1 alpha-2 codes of the countries the quote mentions.
    public var countries: [String]
    /// True for reported speech ("He noted that …", "According to …").
    public var indirect: Bool
    /// 1-based line in the source where the quote starts, when known.
    public var line: Int?

    public init(
        text: String, speaker: Speaker?, figures: [Figure] = [], topics: [String] = [],
        countries: [String] = [], indirect: Bool = false, line: Int? = nil
    ) {
        self.text = text
        self.speaker = speaker
        self.figures = figures
        self.topics = topics
        self.countries = countries
        self.indirect = indirect
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case text, speaker, figures, topics, countries, indirect, line }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        speaker = try c.decodeIfPresent(Speaker.self, forKey: .speaker)
        figures = try c.decodeIfPresent([Figure].self, forKey: .figures) ?? []
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        countries = try c.decodeIfPresent([String].self, forKey: .countries) ?? []
        indirect = try c.decodeIfPresent(Bool.self, forKey: .indirect) ?? false
        line = try c.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(figures, forKey: .figures)
        try c.encode(topics, forKey: .topics)
        try c.encode(countries, forKey: .countries)
        try c.encode(indirect, forKey: .indirect)
        try c.encodeIfPresent(line, forKey: .line)
    }
}
