/// A page of figures and how many match in all.
public struct FigurePage: Sendable, Hashable {
    public var total: Int
    public var figures: [FigureRecord]

    /// A page.
    public init(total: Int, figures: [FigureRecord]) {
        self.total = total
        self.figures = figures
    }
}
