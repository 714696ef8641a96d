/// A token as the tokenizer found it, before strings are made: byte range, position, folded
/// scalars and what the letters were. Reused between tokens to avoid allocation.
struct RawToken {
    /// Which scripts the letters of a word came from; decides the stemmer.
    struct Scripts: OptionSet {
        let rawValue: UInt8
        static let latin = Scripts(rawValue: 1)
        static let cyrillic = Scripts(rawValue: 2)
        static let other = Scripts(rawValue: 4)
        static let digits = Scripts(rawValue: 8)
    }

    var kind: TokenKind = .word
    /// UTF-8 offset of the first byte of the token.
    var start: Int = 0
    /// UTF-8 offset just past the token.
    var end: Int = 0
    /// UTF-16 offset of the token in the text.
    var utf16Offset: Int = 0
    /// The folded scalars: lower case, no diacritics; for numbers the digits and separators.
    var folded: [Unicode.Scalar] = []
    /// Whether `folded` differs from the surface bytes.
    var foldChanged = false
    var scripts: Scripts = []

    init() {
        folded.reserveCapacity(64)
    }

    mutating func reset(kind: TokenKind, start: Int, utf16Offset: Int) {
        self.kind = kind
        self.start = start
        self.end = start
        self.utf16Offset = utf16Offset
        folded.removeAll(keepingCapacity: true)
        foldChanged = false
        scripts = []
    }
}
