/// Folding of text for matching: a light NFKC-style normalisation plus case folding and
/// diacritic removal, so that "Économie", "ECONOMIE" and "économie" compare equal.
///
/// What it does, scalar by scalar:
/// - case: ASCII, Latin, Cyrillic and Greek to lower case (others through Unicode's mapping);
/// - diacritics: Latin letters lose accents ("é"→"e", "ø"→"o", "ł"→"l"), ligatures and special
///   letters expand ("ß"→"ss", "æ"→"ae", "œ"→"oe", "ﬁ"→"fi"), combining accents are dropped;
/// - Russian: "ё"→"е"; "й" is kept (a decomposed "и"+breve becomes "й");
/// - compatibility forms: fullwidth ASCII ("Ａ１"→"a1"), superscript digits, ª/º;
/// - typography: curly apostrophes become "'", dashes and minus signs become "-",
///   no-break and thin spaces become " ", zero-width characters and soft hyphens vanish.
///
/// CJK characters are left as they are. The mapping is a pure function of its input.
public enum Folding {
    /// The folded form of `text`: every scalar folded, nothing else changed.
    public static func fold(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            append(scalar.value, to: &scalars)
        }
        var result = String()
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// Appends the folded form of scalar value `v` to `buffer`.
    ///
    /// Returns `true` when the output differs from the single input scalar (changed, expanded
    /// or dropped), so callers can reuse the surface text when nothing changed.
    @inline(__always)
    @discardableResult
    static func append(_ v: UInt32, to buffer: inout [Unicode.Scalar]) -> Bool {
        if v < 0x80 {
            if v &- 0x41 < 26 {
                buffer.append(Unicode.Scalar(UInt8(truncatingIfNeeded: v &+ 0x20)))
                return true
            }
            buffer.append(Unicode.Scalar(UInt8(truncatingIfNeeded: v)))
            return false
        }
        if v >= 0x430 && v <= 0x44F {  // а…я: the common Russian case
            buffer.append(scalar(v))
            return false
        }
        return appendSlow(v, to: &buffer)
    }

    @inline(__always)
    private static func scalar(_ v: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    @inline(__always)
    private static func ascii(_ byte: UInt8, to buffer: inout [Unicode.Scalar]) {
        buffer.append(Unicode.Scalar(byte))
    }

    private static func appendSlow(_ v: UInt32, to buffer: inout [Unicode.Scalar]) -> Bool {
        switch v {
        // Cyrillic
        case 0x410...0x42F:
            buffer.append(scalar(v + 0x20))
        case 0x401, 0x451, 0x400, 0x450:  // Ё ё Ѐ ѐ → е
            buffer.append("е")
        case 0x402...0x40F:
            buffer.append(scalar(v + 0x50))
        case 0x452...0x45F:
            return appendSame(v, to: &buffer)
        case 0x460...0x52F:
            return appendLowercased(v, to: &buffer)
        // Combining diacritics: dropped, except a breve that turns "и" into "й".
        case 0x306:
            if buffer.last == "и" {
                buffer[buffer.count - 1] = "й"
            } else if buffer.last == "у" {
                buffer[buffer.count - 1] = "ў"
            }
        case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            break
        // Latin-1 supplement
        case 0xC0...0xFF:
            appendTable(latin1[Int(v - 0xC0)], original: v, to: &buffer)
        case 0xA0:
            ascii(0x20, to: &buffer)
        case 0xAD:
            break
        case 0xAA:
            ascii(UInt8(ascii: "a"), to: &buffer)
        case 0xBA:
            ascii(UInt8(ascii: "o"), to: &buffer)
        case 0xB2:
            ascii(UInt8(ascii: "2"), to: &buffer)
        case 0xB3:
            ascii(UInt8(ascii: "3"), to: &buffer)
        case 0xB9:
            ascii(UInt8(ascii: "1"), to: &buffer)
        case 0xB5:
            buffer.append("μ")
        // Latin Extended-A and parts of B
        case 0x100...0x17F:
            appendTable(latinExtendedA[Int(v - 0x100)], original: v, to: &buffer)
        case 0x180:
            ascii(UInt8(ascii: "b"), to: &buffer)
        case 0x192:
            ascii(UInt8(ascii: "f"), to: &buffer)
        case 0x1A0, 0x1A1:
            ascii(UInt8(ascii: "o"), to: &buffer)
        case 0x1AF, 0x1B0:
            ascii(UInt8(ascii: "u"), to: &buffer)
        case 0x1CD, 0x1CE:
            ascii(UInt8(ascii: "a"), to: &buffer)
        case 0x1CF, 0x1D0:
            ascii(UInt8(ascii: "i"), to: &buffer)
        case 0x1D1, 0x1D2:
            ascii(UInt8(ascii: "o"), to: &buffer)
        case 0x1D3...0x1DC:
            ascii(UInt8(ascii: "u"), to: &buffer)
        case 0x218, 0x219:
            ascii(UInt8(ascii: "s"), to: &buffer)
        case 0x21A, 0x21B:
            ascii(UInt8(ascii: "t"), to: &buffer)
        // Latin Extended Additional (incl. Vietnamese)
        case 0x1E00...0x1EF9:
            appendTable(latinExtendedAdditional[Int(v - 0x1E00)], original: v, to: &buffer)
        // Greek: lower case without tonos/dialytika, final sigma as sigma
        case 0x386, 0x3AC: buffer.append("α")
        case 0x388, 0x3AD: buffer.append("ε")
        case 0x389, 0x3AE: buffer.append("η")
        case 0x38A, 0x3AA, 0x3AF, 0x390, 0x3CA: buffer.append("ι")
        case 0x38C, 0x3CC: buffer.append("ο")
        case 0x38E, 0x3AB, 0x3CD, 0x3B0, 0x3CB: buffer.append("υ")
        case 0x38F, 0x3CE: buffer.append("ω")
        case 0x3C2: buffer.append("σ")
        case 0x391...0x3A9:
            buffer.append(scalar(v + 0x20))
        case 0x3B1...0x3C9:
            return appendSame(v, to: &buffer)
        // Typography
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0xFF07:
            ascii(UInt8(ascii: "'"), to: &buffer)
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            ascii(UInt8(ascii: "-"), to: &buffer)
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            ascii(0x20, to: &buffer)
        case 0x200B...0x200D, 0x2060, 0xFEFF:
            break
        case 0x2070:
            ascii(UInt8(ascii: "0"), to: &buffer)
        case 0x2074...0x2079:
            ascii(UInt8(truncatingIfNeeded: v - 0x2074 + 0x34), to: &buffer)
        // Ligatures
        case 0xFB00...0xFB06:
            let expansions = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"]
            for byte in expansions[Int(v - 0xFB00)].utf8 { ascii(byte, to: &buffer) }
        // Fullwidth ASCII
        case 0xFF01...0xFF5E:
            let narrow = v - 0xFEE0
            let lowered = (narrow >= 0x41 && narrow <= 0x5A) ? narrow + 0x20 : narrow
            ascii(UInt8(truncatingIfNeeded: lowered), to: &buffer)
        default:
            if ScalarClass.isCJK(v) { return appendSame(v, to: &buffer) }
            guard let s = Unicode.Scalar(v) else { return true }
            let properties = s.properties
            if properties.generalCategory == .decimalNumber, let value = properties.numericValue,
               value >= 0, value <= 9 {
                ascii(UInt8(ascii: "0") + UInt8(value), to: &buffer)
                return true
            }
            return appendLowercased(v, to: &buffer)
        }
        return true
    }

    private static func appendSame(_ v: UInt32, to buffer: inout [Unicode.Scalar]) -> Bool {
        buffer.append(scalar(v))
        return false
    }

    private static func appendLowercased(_ v: UInt32, to buffer: inout [Unicode.Scalar]) -> Bool {
        guard let s = Unicode.Scalar(v) else { return true }
        guard s.properties.changesWhenLowercased else {
            buffer.append(s)
            return false
        }
        buffer.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        return true
    }

    /// Appends a table entry: a base letter, an expansion code or "keep" ('*').
    @inline(__always)
    private static func appendTable(_ code: UInt8, original: UInt32, to buffer: inout [Unicode.Scalar]) {
        switch code {
        case UInt8(ascii: "1"): ascii(UInt8(ascii: "a"), to: &buffer); ascii(UInt8(ascii: "e"), to: &buffer)
        case UInt8(ascii: "2"): ascii(UInt8(ascii: "t"), to: &buffer); ascii(UInt8(ascii: "h"), to: &buffer)
        case UInt8(ascii: "3"): ascii(UInt8(ascii: "s"), to: &buffer); ascii(UInt8(ascii: "s"), to: &buffer)
        case UInt8(ascii: "4"): ascii(UInt8(ascii: "i"), to: &buffer); ascii(UInt8(ascii: "j"), to: &buffer)
        case UInt8(ascii: "5"): ascii(UInt8(ascii: "o"), to: &buffer); ascii(UInt8(ascii: "e"), to: &buffer)
        case UInt8(ascii: "*"): buffer.append(scalar(original))
        default: ascii(code, to: &buffer)
        }
    }

    /// Base letters of U+00C0…U+00FF. Codes: 1=ae 2=th 3=ss *=unchanged.
    static let latin1: [UInt8] = Array("aaaaaa1ceeeeiiiidnooooo*ouuuuy23aaaaaa1ceeeeiiiidnooooo*ouuuuy2y".utf8)

    /// Base letters of U+0100…U+017F. Codes: 4=ij 5=oe.
    static let latinExtendedA: [UInt8] = Array((
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii44jjkkkllllllllll"
            + "nnnnnnnnnoooooo55rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    ).utf8)

    /// Base letters of U+1E00…U+1EF9. Codes: 3=ss *=unchanged.
    static let latinExtendedAdditional: [UInt8] = Array((
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmm"
            + "nnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwww"
            + "xxxxyyzzzzzzhtwyasss3*"
            + "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiii"
            + "oooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy"
    ).utf8)
}
