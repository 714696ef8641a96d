/// A number a speaker cites, normalised so that figures can be compared and tracked.
///
/// `value` is in base units: "$1.1 billion" is 1100000000 with unit `USD`, "55%" is 55 with
/// unit `percent`. `surface` keeps the words as written, so a reader can find them in the quote.
public struct Figure: Codable, Sendable, Hashable {
    /// The figure as written in the text ("$100 billion by 2015").
    public var surface: String
    /// The normalised value; for a range, its lower bound.
    public var value: Double
    /// The upper bound of a range ("10–15%"), otherwise nil.
    public var valueMax: Double?
    /// ISO 4217 currency code, `percent`, a physical unit (`tonne`, `km`…), `count` or a time unit.
    public var unit: String?
    public var kind: FigureKind
    public var qualifier: FigureQualifier?
    /// The year the figure refers to: a target year, or "last year" resolved from the session date.
    public var year: Int?
    /// What the figure measures ("trade turnover", "soybeans", "tourists").
    public var subject: String?
    /// UTF-16 offset of `surface` inside the quote text, when known.
    public var offset: Int?

    public init(
        surface: String, value: Double, valueMax: Double? = nil, unit: String?, kind: FigureKind,
        qualifier: FigureQualifier? = nil, year: Int? = nil, subject: String? = nil, offset: Int? = nil
    ) {
        self.surface = surface
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
        self.year = year
        self.subject = subject
        self.offset = offset
    }

    enum CodingKeys: String, CodingKey {
        case surface, value, valueMax = "value_max", unit, kind, qualifier, year, subject, offset
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        surface = try c.decode(String.self, forKey: .surface)
        value = try c.decode(Double.self, forKey: .value)
        valueMax = try c.decodeIfPresent(Double.self, forKey: .valueMax)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        kind = try c.decode(FigureKind.self, forKey: .kind)
        qualifier = try c.decodeIfPresent(FigureQualifier.self, forKey: .qualifier)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        offset = try c.decodeIfPresent(Int.self, forKey: .offset)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(surface, forKey: .surface)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(valueMax, forKey: .valueMax)
        try c.encode(unit, forKey: .unit)
        try c.encode(kind, forKey: .kind)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(year, forKey: .year)
        try c.encode(subject, forKey: .subject)
        try c.encodeIfPresent(offset, forKey: .offset)
    }
}

/// What a figure is: a level ("$80 billion"), a change ("up by 55%"), a share ("a third of"),
/// a target ("$100 billion by 2015"), a count ("20 projects") or a duration ("20 years").
public enum FigureKind: String, Codable, Sendable, Hashable, CaseIterable {
    case level, change, share, target, count, duration
}

/// How exact a figure is, as the speaker put it ("more than", "about", «до»).
public enum FigureQualifier: String, Codable, Sendable, Hashable, CaseIterable {
    case moreThan = "more_than"
    case lessThan = "less_than"
    case atLeast = "at_least"
    case about
    case upTo = "up_to"
    case almost
}
