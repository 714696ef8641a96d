/// Case and letter tests, and lower-casing, with fast paths for ASCII and basic Cyrillic.
///
/// `Unicode.Scalar.Properties` looks every scalar up in Unicode's tables and `String.lowercased()`
/// maps scalar by scalar through them; on Russian text both dominate the profile of the
/// attribution, speaker and segmenting stages. These helpers answer ASCII and the Cyrillic block
/// U+0400–U+045F with range checks and byte arithmetic, and fall back to the standard library for
/// every other scalar, so their answers are always exactly the standard library's.
enum FastCase {
    /// `String.lowercased()` of the UTF-8 bytes `bytes`, or nil when they hold a scalar outside
    /// the fast path (the caller then uses the standard library).
    static func lowercasedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: bytes.count)
        let ok = out.withUnsafeMutableBufferPointer { lowercase(bytes, into: $0) }
        return ok ? out : nil
    }

    /// The lower case of the two-byte scalar `lead trail` when it is in U+0400…U+045F (Ѐ…Џ → ѐ…џ,
    /// А…П → а…п, Р…Я → р…я, lower case unchanged), as its two UTF-8 bytes packed high byte
    /// first; nil for any other scalar. The one place the byte arithmetic of Cyrillic case lives.
    @inline(__always)
    static func lowercasedCyrillic(_ lead: UInt8, _ trail: UInt8) -> UInt16? {
        switch lead {
        case 0xD0:
            switch trail {
            case 0x80..<0x90: return 0xD100 | UInt16(trail &+ 0x10)
            case 0x90..<0xA0: return 0xD000 | UInt16(trail &+ 0x20)
            case 0xA0..<0xB0: return 0xD100 | UInt16(trail &- 0x20)
            case 0xB0..<0xC0: return 0xD000 | UInt16(trail)
            default: return nil
            }
        case 0xD1:
            return trail >= 0x80 && trail < 0xA0 ? 0xD100 | UInt16(trail) : nil
        default:
            return nil
        }
    }

    /// A basic Russian letter (А–я, Ё, ё) as the analyzer folds it: lower case, ё as е; nil for any
    /// other two-byte sequence, which sends the caller to its general path.
    static func foldedRussian(_ lead: UInt8, _ trail: UInt8) -> (lead: UInt8, tail: UInt8)? {
        switch (lead, trail) {
        case (0xD0, 0x90..<0xA0): return (0xD0, trail &+ 0x20)
        case (0xD0, 0xA0..<0xB0): return (0xD1, trail &- 0x20)
        case (0xD0, 0xB0..<0xC0): return (0xD0, trail)
        case (0xD1, 0x80..<0x90): return (0xD1, trail)
        case (0xD0, 0x81), (0xD1, 0x91): return (0xD0, 0xB5)  // Ё, ё → е
        default: return nil
        }
    }

    /// Writes `String.lowercased()` of the UTF-8 bytes `bytes` into `dst` (as many bytes as
    /// `bytes` holds); false when they hold a scalar outside the fast path or `dst` is too short.
    static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, into dst: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard dst.count >= bytes.count else { return false }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                dst[i] = b &- 0x41 < 26 ? b | 0x20 : b
                i += 1
                continue
            }
            guard i + 1 < n else { return false }
            let c = bytes[i + 1]
            switch b {
            case 0xD0, 0xD1:
                guard let lower = lowercasedCyrillic(b, c) else { return false }
                dst[i] = UInt8(truncatingIfNeeded: lower >> 8); dst[i + 1] = UInt8(truncatingIfNeeded: lower)
                i += 2
            case 0xC2:
                // U+0080…U+00BF: controls, no-break space, «, », ©, µ, ª, º — none changes.
                guard c >= 0x80 && c < 0xC0 else { return false }
                dst[i] = b; dst[i + 1] = c
                i += 2
            case 0xE2:
                // U+2000…U+203F: spaces, dashes, curly quotes, bullets, ellipsis — none changes.
                guard i + 2 < n, c == 0x80, bytes[i + 2] >= 0x80 && bytes[i + 2] < 0xC0 else { return false }
                dst[i] = b; dst[i + 1] = c; dst[i + 2] = bytes[i + 2]
                i += 3
            default:
                return false
            }
        }
        return true
    }

    /// `text.lowercased()`, through the fast path when it applies.
    static func lowercased(_ text: Substring) -> String {
        var copy = text
        let fast = copy.withUTF8 { lowercasedBytes($0) }
        if let fast { return String(decoding: fast, as: UTF8.self) }
        return text.lowercased()
    }

    /// `text.lowercased()`, through the fast path when it applies.
    static func lowercased(_ text: String) -> String {
        var copy = text
        let fast = copy.withUTF8 { lowercasedBytes($0) }
        if let fast { return String(decoding: fast, as: UTF8.self) }
        return text.lowercased()
    }
}

extension Unicode.Scalar {
    /// `properties.isUppercase`, without a table look-up for ASCII and basic Cyrillic.
    @inline(__always)
    var isUppercaseFast: Bool {
        let v = value
        if v < 0x80 { return v &- 0x41 < 26 }
        if v &- 0x400 < 0x30 { return true }
        if v &- 0x430 < 0x30 { return false }
        return properties.isUppercase
    }

    /// `properties.isLowercase`, without a table look-up for ASCII and basic Cyrillic.
    @inline(__always)
    var isLowercaseFast: Bool {
        let v = value
        if v < 0x80 { return v &- 0x61 < 26 }
        if v &- 0x400 < 0x30 { return false }
        if v &- 0x430 < 0x30 { return true }
        return properties.isLowercase
    }

    /// `properties.isAlphabetic`, without a table look-up for ASCII and basic Cyrillic.
    @inline(__always)
    var isAlphabeticFast: Bool {
        let v = value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if v &- 0x400 < 0x60 { return true }
        return properties.isAlphabetic
    }
}

extension String {
    /// `lowercased()`, with a fast path for ASCII and Russian text; the same result.
    func lowercasedFast() -> String { FastCase.lowercased(self) }
}

extension Substring {
    /// `lowercased()`, with a fast path for ASCII and Russian text; the same result.
    func lowercasedFast() -> String { FastCase.lowercased(self) }
}
