/// A thing figures can measure ("trade turnover"), with its names and the phrases that mention it
/// in English and Russian.
public struct IndicatorDefinition: Sendable, Hashable, Codable {
    /// A stable slug: "trade-turnover".
    public var id: String
    /// The English display name.
    public var en: String
    /// The Russian display name.
    public var ru: String
    /// Phrases that name the indicator, in either language; matched through the analyzer's stems.
    public var terms: [String]

    /// A definition.
    public init(id: String, en: String, ru: String, terms: [String]) {
        self.id = id
        self.en = en
        self.ru = ru
        self.terms = terms
    }
}
