/// What a token is made of.
public enum TokenKind: Sendable, Hashable {
    /// Letters (of any script but CJK), possibly with digits after the first letter.
    case word
    /// Digits, possibly with a decimal or grouping separator ("1.5", "1,5", "1 000").
    case number
    /// A CJK character bigram, or a lone CJK character.
    case cjk
}
