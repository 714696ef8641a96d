/// One token of analysed text.
public struct Token: Sendable, Hashable {
    /// The characters as written.
    public var surface: String
    /// Case- and diacritic-folded form.
    public var folded: String
    /// The index term: the stem of a word, the digits of a number, a CJK bigram.
    public var term: String
    /// UTF-16 offset of the token in the analysed text.
    public var utf16Offset: Int
    /// Whether the token is a word, a number or a CJK bigram.
    public var kind: TokenKind

    /// A token with its surface, folded form, term, position and kind.
    public init(surface: String, folded: String, term: String, utf16Offset: Int, kind: TokenKind) {
        self.surface = surface
        self.folded = folded
        self.term = term
        self.utf16Offset = utf16Offset
        self.kind = kind
    }

    /// Length of `surface` in UTF-16 code units: with `utf16Offset`, the token's range in the text.
    public var utf16Length: Int { surface.utf16.count }

    /// The token's range in the analysed text as UTF-16 offsets (for highlighting, NSRange).
    public var utf16Range: Range<Int> { utf16Offset..<(utf16Offset + utf16Length) }
}
