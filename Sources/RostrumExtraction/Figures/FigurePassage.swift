import RostrumModel
import RostrumText

/// Hashes of the few words the figure stage tests for by name.
enum W {
    static let plusWord = FigureLexicon.hash("plus")
    static let plyus = FigureLexicon.hash("плюс")
    static let than = FigureLexicon.hash("than")
    static let more = FigureLexicon.hash("more")
    static let less = FigureLexicon.hash("less")
    static let fewer = FigureLexicon.hash("fewer")
    static let at = FigureLexicon.hash("at")
    static let least = FigureLexicon.hash("least")
    static let up = FigureLexicon.hash("up")
    static let to = FigureLexicon.hash("to")
    static let ne = FigureLexicon.hash("не")
    static let meneye = FigureLexicon.hash("менее")
    static let boleye = FigureLexicon.hash("более")
    static let no = FigureLexicon.hash("no")
    static let us = FigureLexicon.hash("us")
    static let per = FigureLexicon.hash("per")
    static let cent = FigureLexicon.hash("cent")
    static let percentage = FigureLexicon.hash("percentage")
    static let points = FigureLexicon.hash("points")
    static let point = FigureLexicon.hash("point")
    static let cubic = FigureLexicon.hash("cubic")
    static let kub = FigureLexicon.hash("куб")
    static let m = FigureLexicon.hash("м")
    static let kvt = FigureLexicon.hash("квт")
    static let ch = FigureLexicon.hash("ч")
    static let usa = FigureLexicon.hash("сша")
    static let of = FigureLexicon.hash("of")
    static let the = FigureLexicon.hash("the")
    static let end = FigureLexicon.hash("end")
    static let year = FigureLexicon.hash("year")
    static let third = FigureLexicon.hash("third")
    static let thirds = FigureLexicon.hash("thirds")
    static let quarter = FigureLexicon.hash("quarter")
    static let quarters = FigureLexicon.hash("quarters")
    static let half = FigureLexicon.hash("half")
    static let fold = FigureLexicon.hash("fold")
    static let k = FigureLexicon.hash("k")
    static let mLatin = FigureLexicon.hash("m")
    static let b = FigureLexicon.hash("b")
    static let x = FigureLexicon.hash("x")
    static let veka = FigureLexicon.hash("века")
    /// Words before the whole in "of all exports", "of total imports".
    static let wholeWords = HashedWordTable(set: ["all", "total", "overall", "entire", "whole"].map(FigureLexicon.hash))
    static let metres = HashedWordTable(set: ["metres", "meters", "metre", "meter", "m"].map(FigureLexicon.hash))
}

/// Scalars the figure stage tests for.
enum S {
    static let dollar: UInt64 = 0x24
    static let euro: UInt64 = 0x20AC
    static let pound: UInt64 = 0xA3
    static let rouble: UInt64 = 0x20BD
    static let percent: UInt64 = 0x25
    static let hyphen: UInt64 = 0x2D
    static let enDash: UInt64 = 0x2013
    static let emDash: UInt64 = 0x2014
    static let minus: UInt64 = 0x2212
    static let dot: UInt64 = 0x2E
    static let plus: UInt64 = 0x2B
    static let openParen: UInt64 = 0x28
    static let closeParen: UInt64 = 0x29
    static let comma: UInt64 = 0x2C
    static let middleDot: UInt64 = 0xB7
    static let star: UInt64 = 0x2A
    static let hash: UInt64 = 0x23
    static let numero: UInt64 = 0x2116
    static let apostrophe: UInt64 = 0x27
}

/// A tokenised passage with the lookups the figure stage needs.
struct FigurePassage {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [FigureToken]
    let language: Language
    /// Per token: what the lexicon says of it, looked up once by the scanner rather than at every test.
    private let lex: [TokenLex]
    /// `FigureLexicon.infos`, held here so that a look-up does not go through a lazy global.
    private let infos: [WordInfo]

    /// A token's lexicon facts: its roles and which of its `WordInfo` fields are set, packed in
    /// eight bytes so that the lexicon's facts and a passage's copy of them stay small in cache.
    ///
    /// Bits 0–39 hold the roles, bits 40–43 the flags, bits 44–63 the entry's index plus one.
    struct TokenLex: Sendable {
        private var bits: UInt64 = 0

        private static let roleMask: UInt64 = (1 << 40) - 1
        private static let knownBit: UInt64 = 1 << 40
        private static let figureWordBit: UInt64 = 1 << 41
        private static let qualifierBit: UInt64 = 1 << 42
        private static let triggerBit: UInt64 = 1 << 43

        /// The word's roles.
        var roles: WordInfo.Role { WordInfo.Role(rawValue: bits & Self.roleMask) }
        /// Index of the word's entry in `FigureLexicon.infos`, -1 for an unknown word.
        var index: Int32 { Int32(truncatingIfNeeded: bits >> 44) - 1 }
        /// The lexicon knows the word.
        var known: Bool { bits & Self.knownBit != 0 }
        /// The word is a number, unit, qualifier or multiplier: never a content word.
        var figureWord: Bool { bits & Self.figureWordBit != 0 }
        /// The word has a qualifier ("about", «более»).
        var hasQualifier: Bool { bits & Self.qualifierBit != 0 }
        /// The word may start a figure: a number word other than "a"/"and", a multiplier, a
        /// currency code, or "us" (of "US$").
        var trigger: Bool { bits & Self.triggerBit != 0 }

        /// Whether the word has `role` (a single role).
        @inline(__always)
        func has(_ role: WordInfo.Role) -> Bool { bits & role.rawValue != 0 }

        /// Facts of a word unknown to the lexicon.
        init() {}

        /// Facts of the lexicon entry `index`, the word with hash `hash` and info `info`.
        init(index: Int32, hash: UInt64, info: WordInfo) {
            precondition(info.roles.rawValue <= Self.roleMask && index >= 0 && index < (1 << 19),
                         "TokenLex packs 40 roles and 2^19 entries")
            var bits = info.roles.rawValue | Self.knownBit | (UInt64(index) + 1) << 44
            if info.qualifier != nil { bits |= Self.qualifierBit }
            if info.number != nil || info.unit != nil || info.qualifier != nil || info.multiplier != nil {
                bits |= Self.figureWordBit
            }
            var trigger: Bool
            switch info.number {
            case .none, .article?, .and?: trigger = info.multiplier != nil || info.currencyBefore != nil
            default: trigger = true
            }
            if hash == W.us { trigger = true }
            if trigger { bits |= Self.triggerBit }
            self.bits = bits
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [FigureToken], language: Language) {
        self.bytes = bytes
        self.tokens = tokens
        self.language = language
        let facts = FigureLexicon.facts
        infos = FigureLexicon.infos
        let unknown = TokenLex()
        lex = tokens.map { $0.lex >= 0 ? facts[Int($0.lex)] : unknown }
    }

    var count: Int { tokens.count }

    func info(_ i: Int) -> WordInfo? {
        guard i >= 0, i < lex.count, lex[i].index >= 0 else { return nil }
        return infos[Int(lex[i].index)]
    }

    /// The unit of word `i` (`WordInfo.unit`), without copying its `WordInfo`.
    func unitOf(_ i: Int) -> String? {
        guard i >= 0, i < lex.count, lex[i].index >= 0 else { return nil }
        return infos[Int(lex[i].index)].unit
    }

    /// The number word `i` is (`WordInfo.number`).
    func numberOf(_ i: Int) -> NumberWord? {
        guard i >= 0, i < lex.count, lex[i].index >= 0 else { return nil }
        return infos[Int(lex[i].index)].number
    }

    /// The qualifier of word `i` (`WordInfo.qualifier`).
    func qualifierOf(_ i: Int) -> FigureQualifier? {
        guard i >= 0, i < lex.count, lex[i].hasQualifier else { return nil }
        return infos[Int(lex[i].index)].qualifier
    }

    /// The change word `i` is by itself (`WordInfo.multiplier`).
    func multiplierOf(_ i: Int) -> (value: Double, unit: String)? {
        guard i >= 0, i < lex.count, lex[i].index >= 0 else { return nil }
        return infos[Int(lex[i].index)].multiplier
    }

    /// The currency word `i` writes before a number (`WordInfo.currencyBefore`).
    func currencyBeforeOf(_ i: Int) -> String? {
        guard i >= 0, i < lex.count, lex[i].index >= 0 else { return nil }
        return infos[Int(lex[i].index)].currencyBefore
    }

    /// Whether token `i` is a word that may start a figure (see `TokenLex.trigger`).
    func isTrigger(_ i: Int) -> Bool { i >= 0 && i < lex.count && lex[i].trigger }

    /// Whether token `i` is a known word (has a lexicon entry).
    func isKnown(_ i: Int) -> Bool { i >= 0 && i < lex.count && lex[i].known }

    /// Whether token `i` is a word with a qualifier ("about", «более»).
    func hasQualifier(_ i: Int) -> Bool { i >= 0 && i < lex.count && lex[i].hasQualifier }

    func has(_ i: Int, _ role: WordInfo.Role) -> Bool {
        guard i >= 0, i < lex.count else { return false }
        return lex[i].has(role)
    }

    func isWord(_ i: Int, _ hash: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].hash == hash
    }

    func isSymbol(_ i: Int, _ scalar: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].hash == scalar
    }

    func isWordToken(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    func isDash(_ i: Int) -> Bool {
        isSymbol(i, S.hyphen) || isSymbol(i, S.enDash) || isSymbol(i, S.emDash) || isSymbol(i, S.minus)
    }

    /// Whether token `i` is a hyphen inside a word ("start-ups", «онлайн-контента»).
    func joinsWords(_ i: Int) -> Bool {
        isSymbol(i, S.hyphen) && !tokens[i].spaceBefore && isWordToken(i - 1) && isWordToken(i + 1)
            && !tokens[i + 1].spaceBefore
    }

    /// The last token of the word starting at `i`, hyphenated parts included ("start-ups" → "ups").
    func compoundEnd(_ i: Int) -> Int {
        var e = i
        while joinsWords(e + 1) { e += 2 }
        return e
    }

    /// The year a token names: four plain digits between 1900 and 2100.
    func year(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        let t = tokens[i]
        guard t.kind == .number, t.plain, !t.junk, t.leadDigits == 4, t.value >= 1900, t.value <= 2100 else {
            return nil
        }
        return Int(t.value)
    }

    /// Whether token `i` ends a sentence or clause list (. ! ? ; …), abbreviation dots aside.
    func endsSentence(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .symbol else { return false }
        switch tokens[i].hash {
        case 0x21, 0x3F, 0x3B, 0x2026: return true
        case S.dot:
            if tokens[i].spaceBefore { return true }
            if has(i - 1, .abbreviation) { return false }
            if isWordToken(i - 1), tokens[i - 1].end - tokens[i - 1].start == 1, tokens[i - 1].capitalized {
                return false  // "U.S."
            }
            return true
        default: return false
        }
    }

    /// Whether a word is a plain content word: no function role, not a number or unit.
    func isContent(_ i: Int) -> Bool {
        guard isWordToken(i) else { return false }
        let l = lex[i]
        guard l.known else { return tokens[i].end - tokens[i].start > 1 }
        if l.figureWord { return false }
        let blocking: WordInfo.Role = [.stop, .link, .pronoun, .preposition, .determiner, .month, .reference,
                                       .yearWord, .timeOfDay, .changeUp, .changeDown, .by, .of]
        return l.roles.isDisjoint(with: blocking)
    }

    /// The folded text of a word token.
    func lower(_ i: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[i].start..<tokens[i].end]), as: UTF8.self)
            .lowercasedFast()
    }

    /// The exact text between two byte offsets.
    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// Appends `lower(i, e)` as UTF-8 to `out`, without making strings when the words are ASCII
    /// or basic Cyrillic.
    func appendLower(_ i: Int, _ e: Int, to out: inout [UInt8]) {
        if !Self.appendLowerFast(bytes, tokens[i].start, tokens[e].end, to: &out) {
            out.append(contentsOf: lower(i, e).utf8)
        }
    }

    /// Appends the lower-cased bytes `from..<to` of valid UTF-8 to `out` and returns true when
    /// they are ASCII or basic Cyrillic (U+0400…U+045F): the bytes of `String.lowercased()`, by
    /// the mapping of `FastCase`. Returns false, `out` unchanged, for any other scalar.
    static func appendLowerFast(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, to out: inout [UInt8]) -> Bool {
        let mark = out.count
        var i = from
        while i < to {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b &- 0x41 < 26 ? b | 0x20 : b)
                i += 1
                continue
            }
            guard i + 1 < to else { out.removeSubrange(mark...); return false }
            let c = bytes[i + 1]
            guard let lower = FastCase.lowercasedCyrillic(b, c) else {
                out.removeSubrange(mark...)
                return false
            }
            out.append(UInt8(truncatingIfNeeded: lower >> 8))
            out.append(UInt8(truncatingIfNeeded: lower))
            i += 2
        }
        return true
    }

    /// Whether a word looks like an adjective that belongs to the noun after it
    /// ("Chinese tourists", "animated games", «китайских туристов»).
    func isAdjectiveLike(_ i: Int) -> Bool {
        guard isWordToken(i) else { return false }
        if has(i, .adjective) { return true }
        if let answer = isAdjectiveLikeFast(i) { return answer }
        let w = lower(i)
        let suffixes = language == .ru || w.unicodeScalars.first.map({ $0.value >= 0x400 }) == true
            ? ["ых", "их", "ый", "ая", "ое", "ые", "ие", "ой", "ого", "ому", "ую", "яя"]
            : ["ed", "al", "ic", "ive", "ous", "ian", "ese", "ish", "ful", "ary", "able", "ible", "ern", "an"]
        if tokens[i].capitalized && !(w.unicodeScalars.first.map({ $0.value >= 0x400 }) ?? false) { return true }
        return suffixes.contains { w.hasSuffix($0) && w.count > $0.count + 2 }
    }

    private static let russianAdjectiveEndings = ["ых", "их", "ый", "ая", "ое", "ые", "ие", "ой", "ого", "ому", "ую", "яя"]
        .map { (bytes: Array($0.utf8), letters: $0.unicodeScalars.count) }
    private static let englishAdjectiveEndings = ["ed", "al", "ic", "ive", "ous", "ian", "ese", "ish", "ful", "ary", "able",
                                                  "ible", "ern", "an"]
        .map { (bytes: Array($0.utf8), letters: $0.unicodeScalars.count) }

    /// `isAdjectiveLike(_:)` on the bytes of a word of ASCII or basic Cyrillic letters (where
    /// every letter is one scalar and one character), nil for any other word.
    private func isAdjectiveLikeFast(_ i: Int) -> Bool? {
        let t = tokens[i]
        var w: [UInt8] = []
        w.reserveCapacity(t.end - t.start)
        guard Self.appendLowerFast(bytes, t.start, t.end, to: &w), let first = w.first else { return nil }
        var letters = 0
        for b in w where b & 0xC0 != 0x80 { letters += 1 }
        let cyrillic = first >= 0x80
        if t.capitalized && !cyrillic { return true }
        let endings = language == .ru || cyrillic ? Self.russianAdjectiveEndings : Self.englishAdjectiveEndings
        return endings.contains { ending in
            letters > ending.letters + 2 && w.count >= ending.bytes.count
                && w[(w.count - ending.bytes.count)...].elementsEqual(ending.bytes)
        }
    }

    /// The folded text of tokens `i`…`e`, then a space and that of `n`…`ne`.
    private func lowerPair(_ i: Int, _ e: Int, _ n: Int, _ ne: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(tokens[e].end - tokens[i].start + tokens[ne].end - tokens[n].start + 1)
        appendLower(i, e, to: &out)
        out.append(0x20)
        appendLower(n, ne, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Tokens `i...e`, `n` and `h` lower-cased and joined by spaces: a modifier, a noun modifier
    /// and the plural head ("active pharmaceutical ingredients", "ice-class gas carriers").
    private func lowerTriple(_ i: Int, _ e: Int, _ n: Int, _ h: Int) -> String {
        var out: [UInt8] = []
        appendLower(i, e, to: &out)
        out.append(0x20)
        appendLower(n, n, to: &out)
        out.append(0x20)
        appendLower(h, h, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A short noun phrase starting at `i`: one word, or an adjective and its noun. Hyphenated
    /// words are one word ("start-ups", «онлайн-контента»). A counted noun (`allowProper` false)
    /// may be a singular modifier and a plural noun ("trade agreements"), and the modifier may
    /// also be a verb ("export contracts"). Returns the phrase and the index after it.
    func nounPhrase(at start: Int, allowProper: Bool) -> (String, Int)? {
        var i = start
        while has(i, .skipBeforeNoun) || has(i, .determiner) && isContentWord(i + 1) { i += 1 }
        let e = compoundEnd(i)
        let n = e + 1
        let ne = compoundEnd(n)
        let nextIsNoun = isContentWord(n) && tokens[n].spaceBefore && !tokens[n].capitalized
        if isContentWord(i) {
            if nextIsNoun, e == i, isAdjectiveLike(i) {
                // "active pharmaceutical ingredients": two English modifiers before a plural head noun.
                let h = ne + 1
                if ne == n, !isCyrillic(n), !isEnglishPlural(n, n), isContentWord(h),
                   tokens[h].spaceBefore, !tokens[h].capitalized, compoundEnd(h) == h, isEnglishPlural(h, h) {
                    return (lowerTriple(i, i, n, h), h + 1)
                }
                return (lowerPair(i, i, n, ne), ne + 1)
            }
            if !allowProper && tokens[i].capitalized && language != .ru && !isCyrillic(i) {
                return nil  // a proper name, not a counted noun
            }
            // "high-resolution imagery", "long-term loans": a hyphenated modifier before its noun.
            if e > i, nextIsNoun, !isCyrillic(i), !isEnglishPlural(i, e), !tokens[i].capitalized {
                // "15 ice-class gas carriers": a noun modifier between it and a plural head noun.
                let h = ne + 1
                if ne == n, !isEnglishPlural(n, n), isContentWord(h), tokens[h].spaceBefore, !tokens[h].capitalized,
                   compoundEnd(h) == h, isEnglishPlural(h, h) {
                    return (lowerTriple(i, e, n, h), h + 1)
                }
                return (lowerPair(i, e, n, ne), ne + 1)
            }
            // A counted English noun is plural: "12 trade agreements", "9 fintech start-ups".
            if !allowProper, nextIsNoun, !isCyrillic(i), !isEnglishPlural(i, e), isEnglishPlural(n, ne) {
                return (lowerPair(i, e, n, ne), ne + 1)
            }
            return (lowerString(i, e), e + 1)
        }
        if e == i, nextIsNoun, isNounModifier(i), isEnglishPlural(n, ne), !allowProper || endsInEd(i) {
            return (lowerPair(i, i, n, ne), ne + 1)
        }
        return nil
    }

    /// A content word, or a hyphenated word with a content part ("start-ups", "know-how").
    func isContentWord(_ i: Int) -> Bool {
        let e = compoundEnd(i)
        return isContent(i) || e > i && isContent(e)
    }

    /// The folded text of tokens `i`…`e` ("start-ups").
    func lower(_ i: Int, _ e: Int) -> String {
        e == i ? lower(i) : text(tokens[i].start, tokens[e].end).lowercasedFast()
    }

    /// `lower(i, e)`, through bytes when the words are ASCII or basic Cyrillic.
    func lowerString(_ i: Int, _ e: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(tokens[e].end - tokens[i].start)
        appendLower(i, e, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func isCyrillic(_ i: Int) -> Bool {
        let b = bytes[tokens[i].start]
        return b == 0xD0 || b == 0xD1
    }

    /// A lower-case English word that may modify a noun though it can also be a verb
    /// ("export", "trade"): no function role, not a number or unit.
    private func isNounModifier(_ i: Int) -> Bool {
        guard isWordToken(i), !tokens[i].capitalized, !isCyrillic(i), tokens[i].end - tokens[i].start > 2 else {
            return false
        }
        let l = lex[i]
        guard l.known else { return true }
        if l.figureWord { return false }
        let blocking: WordInfo.Role = [.stop, .pronoun, .preposition, .determiner, .month, .reference, .yearWord,
                                       .timeOfDay, .by, .of, .targetPrep, .yearPrep, .changeUp, .changeDown]
        return l.roles.isDisjoint(with: blocking)
    }

    /// A Latin word (tokens `i`…`e`) ending in a plural -s ("contracts", "start-ups", not "glass").
    private func isEnglishPlural(_ i: Int, _ e: Int) -> Bool {
        guard isWordToken(e), !isCyrillic(i), tokens[e].end - tokens[i].start > 3,
              tokens[e].end - tokens[e].start > 1 else { return false }
        let last = bytes[tokens[e].end - 1] | 0x20
        let before = bytes[tokens[e].end - 2] | 0x20
        return last == 0x73 && before != 0x73
    }

    /// A word ending in "-ed": a participle before a noun ("imported cars").
    private func endsInEd(_ i: Int) -> Bool {
        guard isWordToken(i), tokens[i].end - tokens[i].start > 3 else { return false }
        return bytes[tokens[i].end - 2] | 0x20 == 0x65 && bytes[tokens[i].end - 1] | 0x20 == 0x64
    }
}
