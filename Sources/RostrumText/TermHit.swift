/// A token of analysed text whose term belongs to a `TermSet` (see `TextAnalyzer.hits(in:of:)`).
public struct TermHit: Sendable, Hashable {
    /// Index of the token's term in `TermSet.terms`.
    public var term: Int
    /// Ordinal of the token among all tokens of the text (as in `TextAnalyzer.tokens(in:)`).
    public var token: Int
    /// The token's surface as UTF-8 offsets into the analysed text.
    public var utf8Range: Range<Int>

    /// A hit of term `term` at token `token`, spelled by the bytes `utf8Range` of the text.
    public init(term: Int, token: Int, utf8Range: Range<Int>) {
        self.term = term
        self.token = token
        self.utf8Range = utf8Range
    }
}
