/// A thing figures can measure ("trade turnover"), with its names, the phrases that mention it
/// in English and Russian, and the units its figures can come in.
public struct IndicatorDefinition: Sendable, Hashable, Codable {
    /// A stable slug: "trade-turnover".
    public var id: String
    /// The English display name.
    public var en: String
    /// The Russian display name.
    public var ru: String
    /// Phrases that name the indicator, in either language; matched through the analyzer's stems.
    public var terms: [String]
    /// The unit codes a figure of this indicator may have ("percent", "times", "count", …, and
    /// "money" for any currency); nil for any unit. "Investment" is money or a rate, never tonnes:
    /// "30 million tonnes" near the word "investment" measures something else.
    public var units: [String]?

    /// A definition.
    public init(id: String, en: String, ru: String, terms: [String], units: [String]? = nil) {
        self.id = id
        self.en = en
        self.ru = ru
        self.terms = terms
        self.units = units
    }

    /// The currency codes the figure stage gives, which "money" stands for.
    public static let currencies: Set<String> = ["USD", "EUR", "RUB", "CNY", "GBP", "JPY", "KRW", "INR"]

    /// Whether a figure in `unit` can measure this indicator; a figure without a unit always can.
    public func accepts(unit: String?) -> Bool {
        guard let units, let unit else { return true }
        return units.contains(unit) || (units.contains("money") && Self.currencies.contains(unit))
    }
}
