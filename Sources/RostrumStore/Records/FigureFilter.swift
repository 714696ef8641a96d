public import RostrumModel

/// Which extracted figures a listing returns; nil or empty fields do not filter.
public struct FigureFilter: Sendable, Hashable {
    /// Words of the subject ("trade turnover"): every word must start a word of the figure's subject.
    public var subject: String?
    /// The normalised unit: "USD", "RUB", "percent", "t" …
    public var unit: String?
    public var kind: FigureKind?
    /// The figure's own year (a target's year, a reported year), else the session's year.
    public var years: ClosedRange<Int>?
    public var personID: Int64?
    /// Figures said by the people of this organisation (as their role at the session gave it).
    public var organizationID: Int64?
    public var sessionID: Int64?
    /// Only these figures (at most a few hundred: each is a bound parameter).
    public var ids: [Int64]?
    /// Only figures with a larger id, in id order: for reading every figure in pages without
    /// OFFSET, which grows slower with every page.
    public var afterID: Int64?

    /// A filter; the default lists every figure.
    public init(subject: String? = nil, unit: String? = nil, kind: FigureKind? = nil, years: ClosedRange<Int>? = nil,
                personID: Int64? = nil, organizationID: Int64? = nil, sessionID: Int64? = nil, ids: [Int64]? = nil, afterID: Int64? = nil) {
        self.subject = subject
        self.unit = unit
        self.kind = kind
        self.years = years
        self.personID = personID
        self.organizationID = organizationID
        self.sessionID = sessionID
        self.ids = ids
        self.afterID = afterID
    }
}
