/// A value (a country code, a topic) with how many quotes name it.
public struct ValueCount: Sendable, Hashable, Codable {
    public var value: String
    public var quotes: Int

    /// A row.
    public init(value: String, quotes: Int) {
        self.value = value
        self.quotes = quotes
    }
}
