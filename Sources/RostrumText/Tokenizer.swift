/// Cuts text into word, number and CJK tokens in one pass over its UTF-8 bytes.
///
/// - Words are runs of letters (with digits and combining marks after the first letter);
///   an apostrophe between two letters stays inside ("don't"); hyphens, dashes and other
///   punctuation separate words, so "state-owned" gives "state" and "owned".
/// - Numbers are runs of digits; a '.' or ',' between digits stays inside ("1.5", "1,5",
///   "1,000,000"), as does a no-break or thin space between digit groups ("1 000").
///   A letter right after a number starts a new word ("5G" → "5", "g").
/// - CJK runs (Han, Hiragana, Katakana, Hangul) give overlapping character bigrams; a CJK
///   run of one character gives that character.
///
/// It is an iterator over a UTF-8 buffer: `next(_:)` fills a reused `RawToken`. No
/// Character/grapheme iteration, no regular expressions, no allocation per character.
struct Tokenizer {
    private enum State {
        case none, word, number, cjk
    }

    /// What is held back until the next scalar shows whether it joins the token.
    private enum Pending {
        case nothing
        case apostrophe(start: Int)
        case separator(start: Int, folded: Unicode.Scalar)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var utf16 = 0
    private var state = State.none
    private var pending = Pending.nothing
    private var finished = false
    /// Digits in the current group of a number.
    private var groupDigits = 0
    /// CJK characters seen in the current run, and the last one.
    private var cjkRun = 0
    private var cjkPrevious: UInt32 = 0
    private var cjkPreviousStart = 0
    private var cjkPreviousUTF16 = 0

    /// A tokenizer over UTF-8 `bytes`, which must stay valid while it is used.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Fills `token` with the next token and returns `true`, or returns `false` at the end.
    ///
    /// When a scalar ends a token it is not consumed, and is looked at again by the next call.
    mutating func next(_ token: inout RawToken) -> Bool {
        let count = bytes.count
        while index < count {
            // Fast path: ASCII letters and digits continuing an open word.
            if state == .word, case .nothing = pending {
                var k = index
                var upper = false, digits = false, letters = false
                while k < count {
                    let byte = bytes[k]
                    if (byte | 0x20) &- 0x61 < 26 {
                        letters = true
                        if byte < 0x61 { upper = true }
                    } else if byte &- 0x30 < 10 {
                        digits = true
                    } else {
                        break
                    }
                    k += 1
                }
                if k > index {
                    token.folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<k]).lazy.map { byte in
                        Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    })
                    if upper { token.foldChanged = true }
                    if letters { token.scripts.insert(.latin) }
                    if digits { token.scripts.insert(.digits) }
                }
                utf16 += k - index
                index = k
                if index == count { break }
            }
            let (value, length) = decode(at: index)
            let cls = ScalarClass.of(value)

            // Resolve what was held back: it joins the token only if this scalar continues it.
            switch pending {
            case .nothing:
                break
            case .apostrophe(let start):
                pending = .nothing
                if cls == .latin || cls == .cyrillic || cls == .otherLetter {
                    token.folded.append("'")
                    if bytes[start] != UInt8(ascii: "'") { token.foldChanged = true }
                } else {
                    token.end = start
                    state = .none
                    return true
                }
            case .separator(let start, let folded):
                pending = .nothing
                if cls == .digit {
                    token.folded.append(folded)
                    if index - start != 1 || UInt32(bytes[start]) != folded.value { token.foldChanged = true }
                    groupDigits = 0
                } else {
                    token.end = start
                    state = .none
                    return true
                }
            }

            switch state {
            case .word:
                switch cls {
                case .latin, .cyrillic, .otherLetter, .digit, .mark:
                    if Folding.append(value, to: &token.folded) { token.foldChanged = true }
                    token.scripts.insert(Self.scripts(of: cls))
                case .ignorable:
                    token.foldChanged = true
                case .apostrophe:
                    pending = .apostrophe(start: index)
                case .cjk, .numberSeparator, .groupSpace, .other:
                    token.end = index
                    state = .none
                    return true
                }
            case .number:
                switch cls {
                case .digit:
                    if Folding.append(value, to: &token.folded) { token.foldChanged = true }
                    groupDigits += 1
                case .numberSeparator:
                    let folded: Unicode.Scalar = (value == 0x2C || value == 0xFF0C) ? "," : "."
                    pending = .separator(start: index, folded: folded)
                case .groupSpace where groupDigits <= 3:
                    pending = .separator(start: index, folded: " ")
                case .ignorable:
                    token.foldChanged = true
                default:
                    token.end = index
                    state = .none
                    return true
                }
            case .cjk:
                if cls != .cjk {
                    state = .none
                    if cjkRun == 1 {
                        cjkRun = 0
                        fillCJK(&token, end: index)
                        return true
                    }
                    cjkRun = 0
                }
            case .none:
                break
            }

            // Start a token when none is open.
            if state == .none {
                switch cls {
                case .latin, .cyrillic, .otherLetter:
                    token.reset(kind: .word, start: index, utf16Offset: utf16)
                    if Folding.append(value, to: &token.folded) { token.foldChanged = true }
                    token.scripts.insert(Self.scripts(of: cls))
                    state = .word
                case .digit:
                    token.reset(kind: .number, start: index, utf16Offset: utf16)
                    if Folding.append(value, to: &token.folded) { token.foldChanged = true }
                    groupDigits = 1
                    state = .number
                case .cjk:
                    state = .cjk
                    cjkRun = 0
                default:
                    break
                }
            }

            // Extend a CJK run; from its second character on, each character closes a bigram.
            var emitted = false
            if state == .cjk {
                if cjkRun > 0 {
                    fillCJK(&token, end: index)
                    token.folded.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    token.end = index + length
                    emitted = true
                }
                cjkRun += 1
                cjkPrevious = value
                cjkPreviousStart = index
                cjkPreviousUTF16 = utf16
            }

            index += length
            utf16 += value >= 0x10000 ? 2 : 1
            if emitted { return true }
        }

        // End of text: held-back characters are dropped, the open token is emitted.
        if finished { return false }
        finished = true
        switch pending {
        case .nothing:
            token.end = index
        case .apostrophe(let start), .separator(let start, _):
            token.end = start
        }
        pending = .nothing
        switch state {
        case .word, .number:
            state = .none
            return true
        case .cjk:
            state = .none
            if cjkRun == 1 {
                fillCJK(&token, end: index)
                return true
            }
            return false
        case .none:
            return false
        }
    }

    /// The next token when it is a word of ASCII letters and digits that an ASCII byte other than
    /// an apostrophe (or the end of the text) ends, or nil when `next(_:)` must read the next token.
    ///
    /// A fast path for callers that need only a word's bytes (`TextAnalyzer.hits(in:of:)`):
    /// nothing is folded. Bytes that cannot start a token are skipped first; on nil nothing but
    /// those is consumed, so `next(_:)` then reads the same token it would have read.
    @inline(__always)
    mutating func nextASCIIWord() -> ASCIIWord? {
        guard state == .none else { return nil }
        let count = bytes.count
        var i = index
        while i < count {
            let byte = bytes[i]
            if byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 { break }
            i += 1
        }
        utf16 += i - index
        index = i
        guard i < count, (bytes[i] | 0x20) &- 0x61 < 26 else { return nil }
        let start = i
        var digits = false
        i += 1
        while i < count {
            let byte = bytes[i]
            if (byte | 0x20) &- 0x61 < 26 {
                // letter
            } else if byte &- 0x30 < 10 {
                digits = true
            } else {
                if byte >= 0x80 || byte == UInt8(ascii: "'") { return nil }
                break
            }
            i += 1
        }
        utf16 += i - start
        index = i
        return ASCIIWord(start: start, end: i, hasDigits: digits)
    }

    /// The next token when it is a word of basic Russian letters only (А…я, Ё, ё) that an ASCII
    /// byte other than a letter, a digit or an apostrophe (or the end of the text) ends, or nil
    /// when `next(_:)` must read the next token. On nil nothing is consumed.
    ///
    /// The companion of `nextASCIIWord()` for Russian text: the word's folded scalars are those
    /// `next(_:)` gives (lower case, ё → е) and its scripts are Cyrillic only; the caller folds
    /// them with `foldBasicCyrillic(_:_:into:)` only when it needs them.
    @inline(__always)
    mutating func nextCyrillicWord() -> (start: Int, end: Int)? {
        guard state == .none, case .nothing = pending else { return nil }
        let count = bytes.count
        let start = index
        var i = start
        var letters = 0
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                // An ASCII letter, digit or apostrophe would continue the word: not this path.
                if (lead | 0x20) &- 0x61 < 26 || lead &- 0x30 < 10 || lead == 0x27 { return nil }
                break
            }
            guard i + 1 < count, Self.isBasicCyrillic(lead, bytes[i + 1]) else { return nil }
            letters += 1
            i += 2
        }
        guard letters > 0 else { return nil }
        utf16 += letters
        index = i
        return (start, i)
    }

    /// Whether the two bytes spell U+0410…U+044F, U+0401 or U+0451.
    @inline(__always)
    static func isBasicCyrillic(_ lead: UInt8, _ next: UInt8) -> Bool {
        if lead == 0xD0 { return next &- 0x90 < 0x30 || next == 0x81 }
        if lead == 0xD1 { return next &- 0x80 < 0x10 || next == 0x91 }
        return false
    }

    /// Appends the folded scalars of a word found by `nextCyrillicWord()` (bytes `start..<end`):
    /// what `Folding` makes of them, lower case with ё as е.
    @inline(__always)
    static func foldBasicCyrillic(_ bytes: UnsafeBufferPointer<UInt8>, _ range: (start: Int, end: Int), into folded: inout [Unicode.Scalar]) {
        folded.removeAll(keepingCapacity: true)
        var i = range.start
        while i < range.end {
            var v = (UInt32(bytes[i] & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
            if v == 0x401 || v == 0x451 {
                v = 0x435
            } else if v < 0x430 {
                v += 0x20
            }
            folded.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            i += 2
        }
    }

    /// A word of ASCII letters (and digits after the first letter) found by `nextASCIIWord()`.
    struct ASCIIWord {
        /// UTF-8 offsets of the word.
        let start: Int
        let end: Int
        /// Whether a digit is part of the word (its term is then the folded word, unstemmed).
        let hasDigits: Bool
    }

    /// Starts a CJK token with the previous CJK character, ending at `end`.
    @inline(__always)
    private func fillCJK(_ token: inout RawToken, end: Int) {
        token.reset(kind: .cjk, start: cjkPreviousStart, utf16Offset: cjkPreviousUTF16)
        token.folded.append(Unicode.Scalar(cjkPrevious) ?? "\u{FFFD}")
        token.end = end
    }

    /// Decodes the scalar starting at byte `i` (the buffer is valid UTF-8, as Swift strings are).
    @inline(__always)
    private func decode(at i: Int) -> (UInt32, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((UInt32(lead & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
            | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    @inline(__always)
    private static func scripts(of cls: ScalarClass) -> RawToken.Scripts {
        switch cls {
        case .latin: return .latin
        case .cyrillic: return .cyrillic
        case .digit: return .digits
        case .mark: return []
        default: return .other
        }
    }
}
