/// The role a Unicode scalar plays when text is cut into tokens.
///
/// Classification is a handful of range checks for the scripts Rostrum reads (ASCII, Latin,
/// Cyrillic, CJK) and falls back to Unicode properties only for rare scalars, so that the
/// tokenizer and the language detector stay fast on ordinary text.
enum ScalarClass: UInt8, Sendable {
    /// A Latin letter (ASCII, Latin-1, Latin Extended, fullwidth Latin).
    case latin
    /// A Cyrillic letter.
    case cyrillic
    /// A letter of another alphabetic script (Greek, Arabic, Devanagari…).
    case otherLetter
    /// A decimal digit of any script.
    case digit
    /// A combining mark: part of the word it follows.
    case mark
    /// An apostrophe, straight or typographic: joins two letters ("don't", "O’Neill").
    case apostrophe
    /// '.' or ',': a decimal or grouping separator between digits.
    case numberSeparator
    /// A no-break or thin space: a thousands separator between digits ("1 000").
    case groupSpace
    /// Zero-width and soft-hyphen characters: skipped without breaking a word.
    case ignorable
    /// A Han, Hiragana, Katakana or Hangul character.
    case cjk
    /// Anything else: spaces, punctuation, symbols, dashes.
    case other

    /// The class of scalar value `v`.
    @inline(__always)
    static func of(_ v: UInt32) -> ScalarClass {
        if v < 0x80 {
            if (v | 0x20) &- 0x61 < 26 { return .latin }
            if v &- 0x30 < 10 { return .digit }
            if v == 0x27 { return .apostrophe }
            if v == 0x2C || v == 0x2E { return .numberSeparator }
            return .other
        }
        if v &- 0x410 < 0x40 { return .cyrillic }  // А…я
        if v &- 0x4E00 < 0x5200 { return .cjk }    // common Han
        return nonASCII(v)
    }

    /// Whether `v` belongs to a CJK script emitted as bigrams.
    @inline(__always)
    static func isCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x3005...0x3007,          // 々 〆 〇
             0x3041...0x309F,          // Hiragana
             0x30A1...0x30FF,          // Katakana (incl. ー)
             0x31F0...0x31FF,          // Katakana phonetic extensions
             0x3400...0x4DBF,          // Han extension A
             0x4E00...0x9FFF,          // Han
             0xAC00...0xD7AF,          // Hangul syllables
             0x1100...0x11FF,          // Hangul jamo
             0x3131...0x318E,          // Hangul compatibility jamo
             0xF900...0xFAFF,          // Han compatibility
             0xFF66...0xFF9F,          // halfwidth Katakana
             0x20000...0x3134F:        // Han extensions B–H
            return true
        default:
            return false
        }
    }

    private static func nonASCII(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x400...0x481, 0x48A...0x52F: return .cyrillic
        case 0x483...0x489: return .mark
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return .latin
        case 0xAA, 0xBA: return .latin
        case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return .mark
        case 0x2019, 0x2018, 0x02BC, 0xFF07: return .apostrophe
        case 0xA0, 0x2007, 0x2009, 0x202F: return .groupSpace
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: return .ignorable
        // The rest of U+0080…U+00BF (C1 controls, «, », ©, °, ±, superscripts, fractions…) but µ:
        // neither digits, marks nor letters, so no Unicode property need be looked up.
        case 0x80...0xB4, 0xB6...0xBF: return .other
        case 0xFF10...0xFF19: return .digit
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .latin
        case 0xFF0C, 0xFF0E: return .numberSeparator
        case 0x2000...0x2BFF: return .other  // punctuation, symbols, arrows, dashes
        case 0x3000...0x3004, 0x3008...0x303F: return .other  // CJK punctuation
        default:
            if isCJK(v) { return .cjk }
            guard let scalar = Unicode.Scalar(v) else { return .other }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .decimalNumber: return .digit
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            case .format: return .ignorable
            default: return properties.isAlphabetic ? .otherLetter : .other
            }
        }
    }
}
