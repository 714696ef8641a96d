/// What capitalisation a lexicon token demands of the text.
///
/// A lexicon entry written "US" must not match the pronoun "us", and "Turkey" must not match
/// the bird: a capitalised word in the lexicon needs a capital in the text, an all-capitals
/// abbreviation needs all capitals. Lower-case lexicon words match any case.
enum CaseRule: UInt8, Sendable {
    case any, capitalized, upper

    /// The rule that the lexicon spelling `pattern` implies.
    init(pattern: String) {
        var letters = 0
        var firstUpper = false
        var anyLower = false
        for scalar in pattern.unicodeScalars where scalar.isAlphabeticFast {
            if letters == 0 { firstUpper = scalar.isUppercaseFast }
            if scalar.isLowercaseFast { anyLower = true }
            letters += 1
        }
        if !firstUpper {
            self = .any
        } else if letters >= 2 && !anyLower {
            self = .upper
        } else {
            self = .capitalized
        }
    }

    /// Whether the text spelling `surface` satisfies the rule.
    func admits(_ surface: String) -> Bool {
        switch self {
        case .any:
            return true
        case .capitalized:
            return surface.unicodeScalars.first { $0.isAlphabeticFast }?.isUppercaseFast ?? false
        case .upper:
            var sawLetter = false
            for scalar in surface.unicodeScalars where scalar.isAlphabeticFast {
                if scalar.isLowercaseFast { return false }
                sawLetter = true
            }
            return sawLetter
        }
    }

    /// `admits(_:)` for a spelling given as valid UTF-8, without making a string: the same answer.
    func admits(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .any:
            return true
        case .capitalized:
            var i = 0
            while i < utf8.count {
                let (scalar, length) = Self.decode(utf8, at: i)
                if scalar.isAlphabeticFast { return scalar.isUppercaseFast }
                i += length
            }
            return false
        case .upper:
            var sawLetter = false
            var i = 0
            while i < utf8.count {
                let (scalar, length) = Self.decode(utf8, at: i)
                if scalar.isAlphabeticFast {
                    if scalar.isLowercaseFast { return false }
                    sawLetter = true
                }
                i += length
            }
            return sawLetter
        }
    }

    /// The scalar starting at byte `i` of valid UTF-8 and its length in bytes; U+FFFD for a
    /// sequence cut short by the end of the buffer.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[i])
        let n = bytes.count
        var value: UInt32
        var length: Int
        if lead < 0x80 {
            return (Unicode.Scalar(UInt8(lead)), 1)
        } else if lead < 0xE0, i + 1 < n {
            value = ((lead & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
            length = 2
        } else if lead < 0xF0, i + 2 < n {
            value = ((lead & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
            length = 3
        } else if i + 3 < n {
            value = ((lead & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
            length = 4
        } else {
            return ("\u{FFFD}", n - i)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
