public import RostrumModel

/// The analyzer shared by extraction and search: it turns text into comparable terms.
///
/// Folding (case, diacritics, ё→е), tokenisation, English and Russian stemming and Chinese
/// character bigrams live here so that a topic lexicon, the full-text index and a query all see
/// the same terms. It is a pure value: no I/O, safe to share across tasks.
public struct TextAnalyzer: Sendable {
    public init() {}

    /// Index terms of `text` in reading order: folded, stemmed words, numbers, CJK bigrams.
    public func terms(in text: String) -> [String] {
        tokens(in: text).map(\.term)
    }

    /// Tokens of `text` with their folded form, term and position.
    public func tokens(in text: String) -> [Token] {
        // Provisional: split on non-alphanumerics and lowercase. Replaced by the real analyzer.
        var result: [Token] = []
        var current = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                let folded = current.lowercased()
                result.append(Token(surface: current, folded: folded, term: folded, utf16Offset: start, kind: .word))
                current = ""
            }
            offset += scalar.utf16.count
        }
        if !current.isEmpty {
            let folded = current.lowercased()
            result.append(Token(surface: current, folded: folded, term: folded, utf16Offset: start, kind: .word))
        }
        return result
    }
}

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
    public var kind: TokenKind

    public init(surface: String, folded: String, term: String, utf16Offset: Int, kind: TokenKind) {
        self.surface = surface
        self.folded = folded
        self.term = term
        self.utf16Offset = utf16Offset
        self.kind = kind
    }
}

/// What a token is made of.
public enum TokenKind: Sendable, Hashable {
    case word, number, cjk
}
