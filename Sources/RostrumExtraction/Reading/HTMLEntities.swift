/// Decodes HTML character references: named entities (`&nbsp;`, `&laquo;`, `&mdash;` …) and
/// numeric ones (`&#171;`, `&#xAB;`).
///
/// Session pages are full of typographic entities — quote marks, dashes, non-breaking spaces —
/// and the attribution stage depends on seeing the real characters. Unknown or malformed
/// references are kept as written; numeric references in the Windows-1252 range (`&#151;`) are
/// mapped the way browsers map them.
public enum HTMLEntities {
    /// `text` with every character reference replaced by its character.
    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, let (scalar, length) = reference(bytes, at: i, end: bytes.count) {
                UTF8Text.append(scalar, to: &out)
                i += length
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character named `name` (without `&` and `;`), if Rostrum knows it.
    public static func character(named name: String) -> Unicode.Scalar? {
        named[name]
    }

    /// Decodes the reference starting with `&` at `i`; returns the scalar and the number of
    /// bytes it spans, or nil when the bytes there are not a reference.
    static func reference(_ bytes: [UInt8], at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        guard j < end else { return nil }
        if bytes[j] == 0x23 {  // '#'
            j += 1
            var hex = false
            if j < end, bytes[j] == 0x78 || bytes[j] == 0x58 {
                hex = true
                j += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while j < end, digits < 8 {
                let b = bytes[j]
                let d: UInt32
                if b >= 0x30 && b <= 0x39 {
                    d = UInt32(b - 0x30)
                } else if hex && b >= 0x61 && b <= 0x66 {
                    d = UInt32(b - 0x61 + 10)
                } else if hex && b >= 0x41 && b <= 0x46 {
                    d = UInt32(b - 0x41 + 10)
                } else {
                    break
                }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                j += 1
            }
            guard digits > 0 else { return nil }
            if j < end, bytes[j] == 0x3B { j += 1 }
            return (numericScalar(value), j - i)
        }
        var nameEnd = j
        while nameEnd < end, nameEnd - j < 32 {
            let b = bytes[nameEnd]
            let isAlnum = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            if !isAlnum { break }
            nameEnd += 1
        }
        guard nameEnd > j else { return nil }
        let name = String(decoding: bytes[j..<nameEnd], as: UTF8.self)
        if nameEnd < end, bytes[nameEnd] == 0x3B {
            guard let scalar = named[name] else { return nil }
            return (scalar, nameEnd + 1 - i)
        }
        // Legacy references without a semicolon, as browsers accept them.
        guard legacy.contains(name), let scalar = named[name] else { return nil }
        return (scalar, nameEnd - i)
    }

    /// The scalar for a numeric reference, with the browsers' Windows-1252 fix-ups.
    static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F, let mapped = windows1252[value] { return mapped }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "laquo", "raquo"]

    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
        0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}",
        0x8B: "\u{2039}", 0x8C: "\u{0152}", 0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}",
        0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
        0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}", 0x9C: "\u{0153}",
        0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    private static let named: [String: Unicode.Scalar] = [
        // Markup and spaces
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "hairsp": "\u{200A}",
        "NonBreakingSpace": "\u{A0}", "shy": "\u{AD}", "zwsp": "\u{200B}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}",
        // Quotes, dashes, punctuation
        "laquo": "«", "raquo": "»", "ldquo": "“", "rdquo": "”", "bdquo": "„", "lsquo": "‘", "rsquo": "’",
        "sbquo": "‚", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
        "mdash": "—", "ndash": "–", "minus": "−", "hyphen": "‐", "dash": "‐", "hellip": "…", "mldr": "…",
        "bull": "•", "middot": "·", "centerdot": "·", "sect": "§", "para": "¶", "dagger": "†", "Dagger": "‡",
        "iexcl": "¡", "iquest": "¿", "colon": ":", "comma": ",", "period": ".", "excl": "!", "quest": "?",
        "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]", "lbrack": "[", "rbrack": "]", "sol": "/",
        "bsol": "\\", "ast": "*", "num": "#", "percnt": "%", "commat": "@", "semi": ";", "equals": "=",
        "plus": "+", "lowbar": "_", "verbar": "|", "vert": "|", "tilde": "˜", "circ": "ˆ",
        // Signs and currency
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "permil": "‰", "micro": "µ", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤",
        "dollar": "$", "rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓", "harr": "↔", "asymp": "≈",
        "ne": "≠", "le": "≤", "ge": "≥", "infin": "∞", "numero": "№",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "frac13": "⅓", "frac23": "⅔",
        "sup1": "¹", "sup2": "²", "sup3": "³", "ordf": "ª", "ordm": "º", "acute": "´", "uml": "¨",
        "cedil": "¸", "macr": "¯", "not": "¬", "brvbar": "¦",
        // Latin letters with diacritics that appear in names
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
        "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý", "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
        "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ",
        "Zcaron": "Ž", "zcaron": "ž", "Ccaron": "Č", "ccaron": "č",
    ]
}
