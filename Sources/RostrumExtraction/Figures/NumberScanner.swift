import RostrumModel

/// One token of a passage as the figure stage sees it: a word, a number or a single symbol.
///
/// Tokens keep byte offsets into the passage's UTF-8 so that surfaces and offsets can be cut
/// out exactly; words carry a hash of their folded form (lower case, ё → е) for lexicon lookups.
struct FigureToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol }
    var kind: Kind
    /// Byte range in the passage's UTF-8.
    var start: Int
    var end: Int
    /// Word: folded hash (`FigureLexicon.hash`); symbol: the scalar value.
    var hash: UInt64
    /// Number: the value as written (decimals and thousands resolved).
    var value: Double = 0
    /// Number: digits before any separator ("2018" → 4, "1,200" → 1).
    var leadDigits: Int = 0
    /// Number: written as digits only, no separators or decimals.
    var plain = false
    /// Number: a date, a time, a version or a similar run that is never a figure.
    var junk = false
    /// Whitespace separates this token from the one before.
    var spaceBefore = false
    /// A line break (or the start of the passage) comes before this token.
    var lineStart = false
    /// Word: starts with an upper-case letter.
    var capitalized = false
    /// Word: all letters upper case and more than one letter ("USD", «США»).
    var allCaps = false
    /// Word: the index of its entry in `FigureLexicon.infos`, -1 when the lexicon does not know it.
    var lex: Int32 = -1
}

/// Splits a passage into `FigureToken`s in one left-to-right pass over its UTF-8 bytes.
///
/// Numbers are read here with the language's separators: "1,200" is 1200 in English and
/// "1,5" is 1.5 in Russian; in Russian a space (and everywhere a no-break or thin space)
/// separates thousands ("1 200"). Dates and times such as "12.09.2018" and "10:30" are marked
/// as junk so that they never become figures.
struct NumberScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let language: Language
    /// The lexicon each word is looked up in once, as it is scanned.
    let lexicon: HashedWordTable<WordInfo>

    init(bytes: UnsafeBufferPointer<UInt8>, language: Language) {
        self.bytes = bytes
        self.language = language
        lexicon = FigureLexicon.table
    }

    /// Whether the passage may hold a figure: it has a digit, or a word that can start a figure
    /// by itself (a number word, a multiplier; see `FigurePassage.TokenLex.trigger`).
    ///
    /// Without a digit there is no number token, and a currency sign or code starts a figure only
    /// before a number, so a passage without digits and trigger words has no figure; most quotes
    /// without digits are let go here without being tokenised.
    func mayHoldFigure() -> Bool {
        if hasDigit() { return true }
        let n = bytes.count
        let triggers = FigureLexicon.triggerWords
        var i = 0
        var afterEvery = false
        while i < n {
            let b = bytes[i]
            var isWord = false
            if b < 0x80 {
                isWord = isASCIILetter(b)
                if !isWord { i += 1; continue }
            } else {
                let (scalar, len) = decode(at: i)
                isWord = isLetter(scalar)
                if !isWord { i += len; continue }
            }
            let t = scanWord(at: i, space: false, line: false, lookUp: false)
            if afterEvery, FigureLexicon.ratioOrdinals.contains(t.hash) { return true }
            afterEvery = false
            if let trigger = triggers[t.hash] {
                if trigger { return true }
                afterEvery = true  // "every": a figure if an ordinal follows
            }
            i = t.end
        }
        return false
    }

    /// Whether the passage has an ASCII digit; eight bytes at a time.
    ///
    /// A byte is a digit when `byte ^ 0x30` is below 10; `(x - 0x0A…) & ~x & 0x80…` is non-zero
    /// exactly when some byte of `x` is below 10.
    func hasDigit() -> Bool {
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ (ones &* 0x30)
                if (x &- ones &* 10) & ~x & (ones &* 0x80) != 0 { return true }
                i += 8
            }
        }
        while i < n {
            if bytes[i] &- 0x30 < 10 { return true }
            i += 1
        }
        return false
    }

    /// All tokens of the passage.
    func tokens() -> [FigureToken] {
        var result: [FigureToken] = []
        result.reserveCapacity(bytes.count / 5 + 4)
        var i = 0
        let n = bytes.count
        var space = false
        var line = true
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x20 || b == 0x09 || b == 0x0D { space = true; i += 1; continue }
                if b == 0x0A { space = true; line = true; i += 1; continue }
                if b >= 0x30 && b <= 0x39 {
                    var t = scanNumber(at: i)
                    t.spaceBefore = space
                    t.lineStart = line
                    result.append(t)
                    i = t.end
                    space = false; line = false
                    continue
                }
                if isASCIILetter(b) {
                    let t = scanWord(at: i, space: space, line: line)
                    result.append(t)
                    i = t.end
                    space = false; line = false
                    continue
                }
                result.append(FigureToken(kind: .symbol, start: i, end: i + 1, hash: UInt64(b),
                                          spaceBefore: space, lineStart: line))
                i += 1
                space = false; line = false
                continue
            }
            let (scalar, len) = decode(at: i)
            if scalar == 0xA0 || (scalar >= 0x2000 && scalar <= 0x200B) || scalar == 0x202F || scalar == 0x3000 {
                space = true; i += len; continue
            }
            if scalar == 0x2028 || scalar == 0x2029 { space = true; line = true; i += len; continue }
            if isLetter(scalar) {
                let t = scanWord(at: i, space: space, line: line)
                result.append(t)
                i = t.end
            } else {
                result.append(FigureToken(kind: .symbol, start: i, end: i + len, hash: UInt64(scalar),
                                          spaceBefore: space, lineStart: line))
                i += len
            }
            space = false; line = false
        }
        return result
    }

    // MARK: - Words

    /// The word starting at `start`; with `lookUp`, its entry in the lexicon is found too.
    @inline(__always)
    private func scanWord(at start: Int, space: Bool, line: Bool, lookUp: Bool = true) -> FigureToken {
        var i = start
        var h = FigureLexicon.offsetBasis
        var capitalized = false
        var upperCount = 0
        let n = bytes.count
        // ASCII letters, the common case, without decoding: `b | 0x20` is `FigureLexicon.fold`.
        while i < n {
            let b = bytes[i]
            let lower = b | 0x20
            guard lower &- 0x61 < 26 else { break }
            if b != lower {
                upperCount += 1
                if i == start { capitalized = true }
            }
            h = FigureLexicon.mix(h, UInt32(lower))
            i += 1
        }
        var letters = i - start
        while i < n {
            let b = bytes[i]
            var scalar: UInt32
            var len = 1
            if b < 0x80 {
                guard isASCIILetter(b) else { break }
                scalar = UInt32(b)
            } else {
                (scalar, len) = decode(at: i)
                guard isLetter(scalar) else { break }
            }
            let lower = FigureLexicon.fold(scalar)
            if lower != scalar {
                upperCount += 1
                if letters == 0 { capitalized = true }
            }
            h = FigureLexicon.mix(h, lower)
            letters += 1
            i += len
        }
        return FigureToken(kind: .word, start: start, end: i, hash: h, spaceBefore: space, lineStart: line,
                           capitalized: capitalized, allCaps: letters > 1 && upperCount == letters,
                           lex: lookUp ? Int32(truncatingIfNeeded: lexicon.index(of: h)) : -1)
    }

    // MARK: - Numbers

    private func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }

    /// Number of digits starting at `i`.
    private func digitRun(_ i: Int) -> Int {
        var j = i
        while digit(j) { j += 1 }
        return j - i
    }

    /// Width of a thousands separator at `i` (0 if none): a no-break or thin space everywhere,
    /// a plain space in Russian.
    private func spaceSeparator(at i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        let b = bytes[i]
        if b == 0x20 { return language == .ru ? 1 : 0 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF {
            return 3
        }
        return 0
    }

    private func scanNumber(at start: Int) -> FigureToken {
        var i = start
        var value = 0.0
        let lead = digitRun(i)
        for _ in 0..<lead { value = value * 10 + Double(bytes[i] - 0x30); i += 1 }
        var plain = true
        var junk = false
        var grouped = false
        // Thousands groups: "1,200,000" (English), "1 200 000" (Russian), "1 200" (no-break space).
        if lead <= 3 {
            while true {
                var sep = 0
                if i < bytes.count, bytes[i] == 0x2C, language != .ru { sep = 1 }
                if sep == 0 { sep = spaceSeparator(at: i) }
                guard sep > 0, digitRun(i + sep) == 3 else { break }
                // A comma group must not be followed by a fourth digit; a decimal point may follow.
                let g = i + sep
                for k in 0..<3 { value = value * 10 + Double(bytes[g + k] - 0x30) }
                i = g + 3
                plain = false
                grouped = true
            }
        }
        // Decimals: "." everywhere; "," in Russian (and in English when not a thousands group).
        if i + 1 < bytes.count, digit(i + 1) {
            let b = bytes[i]
            let decimalComma = b == 0x2C && (language == .ru || (!grouped && digitRun(i + 1) <= 2))
            if b == 0x2E || decimalComma {
                var scale = 0.1
                var j = i + 1
                while digit(j) { value += Double(bytes[j] - 0x30) * scale; scale /= 10; j += 1 }
                i = j
                plain = false
                // "12.09.2018", "1.2.3": a second separator makes it a date or a version.
                if i + 1 < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x3A || bytes[i] == 0x2F, digit(i + 1) {
                    junk = true
                }
            } else if b == 0x3A || b == 0x2F {
                junk = true  // 10:30, 12/09/2018, 1/3
            }
        }
        if junk {
            while i < bytes.count, digit(i) || ((bytes[i] == 0x2E || bytes[i] == 0x3A || bytes[i] == 0x2F) && digit(i + 1)) {
                i += 1
            }
        }
        return FigureToken(kind: .number, start: start, end: i, hash: 0, value: value, leadDigits: lead,
                           plain: plain, junk: junk)
    }

    // MARK: - Scalars

    private func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    private func isLetter(_ s: UInt32) -> Bool {
        if s >= 0x400 && s <= 0x52F { return true }  // Cyrillic
        if s >= 0xC0 && s <= 0x24F { return s != 0xD7 && s != 0xF7 }  // Latin letters with diacritics
        if s < 0x80 { return (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A }
        guard let u = Unicode.Scalar(s) else { return false }
        return u.isAlphabeticFast
    }

    private func decode(at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        let n = bytes.count
        if b0 < 0xE0, i + 1 < n { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if i + 3 < n {
            return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, n - i)
    }
}
