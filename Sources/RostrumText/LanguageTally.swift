public import RostrumModel

/// Counts the letters of a text given in pieces, as `LanguageDetector.detect(_:)` counts them in
/// the pieces joined, so that a caller need not build the joined sample.
///
/// The extraction pipeline judges a document's language by its title and first paragraphs;
/// joining them into one string costs more than the count itself. The tally reads UTF-8 bytes,
/// stops after `LanguageDetector.sampleBytes`, and gives the same answer as `detect` on the
/// concatenation of everything it was given.
public struct LanguageTally: Sendable {
    private var latin = 0
    private var cyrillic = 0
    private var cjk = 0
    private var bytesSeen = 0

    /// An empty tally.
    public init() {}

    /// Whether the sample is complete: further text would not be looked at.
    public var isFull: Bool { bytesSeen >= LanguageDetector.sampleBytes }

    /// Whether `language` is settled whatever the rest of the sample holds: the bytes left in it
    /// can add at most one Latin letter each, a Cyrillic letter per two and a CJK weight of three
    /// per three (rounded up), and not even that could change the answer. A caller may then stop
    /// adding text; the answer is the one the full sample gives.
    public var isDecided: Bool {
        let rest = LanguageDetector.sampleBytes - bytesSeen
        if rest <= 0 { return true }
        let latinMost = latin + rest, cyrillicMost = cyrillic + (rest + 1) / 2, cjkMost = cjk + rest + 2
        // Russian: Cyrillic stays at least the most the others can reach.
        if cyrillic >= latinMost && cyrillic >= cjkMost { return true }
        // English: Latin stays above the most Cyrillic and CJK can reach.
        if latin > cyrillicMost && latin > cjkMost { return true }
        // Chinese: CJK stays above Cyrillic and at least the most Latin can reach.
        return cjk > cyrillicMost && cjk >= latinMost
    }

    /// Counts the letters of `text`, read after everything added before.
    public mutating func add(_ text: String) {
        guard !isFull else { return }
        var text = text
        text.withUTF8 { add(utf8: $0) }
    }

    /// Counts the letters of valid UTF-8 `bytes`, read after everything added before.
    public mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let limit = LanguageDetector.sampleBytes
        var i = 0
        let n = bytes.count
        while i < n, bytesSeen < limit {
            // Eight bytes at a time while they fit in the sample and hold only ASCII and basic
            // Cyrillic (see `asciiLetters` and `cyrillicLeads`).
            if let base = bytes.baseAddress {
                while i + 8 <= n, bytesSeen + 8 <= limit {
                    let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if x & 0x8080_8080_8080_8080 == 0 {
                        latin += Self.asciiLetters(x)
                        bytesSeen += 8
                        i += 8
                        continue
                    }
                    guard let leads = Self.cyrillicLeads(x) else { break }
                    latin += Self.asciiLetters(Self.asciiBytes(x))
                    cyrillic += leads
                    // A letter whose lead byte ends the eight: its second byte is read with it,
                    // as the scalar-by-scalar count below steps over it.
                    let step = bytes[i + 7] >= 0xC0 ? 9 : 8
                    bytesSeen += step
                    i += step
                }
                if i >= n || bytesSeen >= limit { break }
            }
            let b = UInt32(bytes[i])
            // The common scalars without decoding: ASCII, and the Cyrillic block U+0400…U+047F
            // (lead bytes 0xD0, 0xD1), which `ScalarClass` counts as Cyrillic throughout.
            if b < 0x80 {
                if (b | 0x20) &- 0x61 < 26 { latin += 1 }
                bytesSeen += 1
                i += 1
                continue
            }
            if b == 0xD0 || b == 0xD1 {
                cyrillic += 1
                bytesSeen += 2
                i += 2
                continue
            }
            let v: UInt32
            let length: Int
            if b < 0x80 {
                v = b
                length = 1
            } else if b < 0xE0 {
                v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                length = 2
            } else if b < 0xF0 {
                v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                length = 3
            } else {
                v = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                length = 4
            }
            bytesSeen += length
            i += length
            switch ScalarClass.of(v) {
            case .latin: latin += 1
            case .cyrillic: cyrillic += 1
            case .cjk: cjk += 3
            default: break
            }
        }
    }

    /// How many of the eight ASCII bytes of `x` are letters, `(b | 0x20) - 0x61 < 26` for each.
    ///
    /// With every byte below 0x80, `y = x | 0x20…` keeps each byte below 0x80, so adding 0x1F
    /// (or 0x05) to each byte carries into no neighbour and sets its top bit exactly when the
    /// byte is at least 0x61 (or 0x7B).
    @inline(__always)
    static func asciiLetters(_ x: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let y = x | (ones &* 0x20)
        let atLeastA = (y &+ ones &* 0x1F) & (ones &* 0x80)
        let pastZ = (y &+ ones &* 0x05) & (ones &* 0x80)
        return (atLeastA & ~pastZ).nonzeroBitCount
    }

    /// How many of the eight bytes of `x` (read from a scalar boundary) are the lead bytes D0 or
    /// D1 of a Cyrillic letter U+0400…U+047F, when every other byte is ASCII or a continuation
    /// byte (80…BF); nil when some byte leads another scalar, which then needs decoding.
    ///
    /// Read from a scalar boundary, every continuation byte of such a word follows one of its
    /// D0/D1 leads (or, in the first bytes, none at all: the word starts on a boundary).
    @inline(__always)
    static func cyrillicLeads(_ x: UInt64) -> Int? {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // Lead bytes: the top two bits set (bit 6 moved up into bit 7's place by the shift).
        let leads = x & (x << 1) & high
        // Bytes equal to D0 or D1: zero once xored with D0 and stripped of the lowest bit;
        // `~((v & 7F…) + 7F… | v)` sets bit 7 exactly for the zero bytes of `v`.
        let v = (x ^ 0xD0D0_D0D0_D0D0_D0D0) & 0xFEFE_FEFE_FEFE_FEFE
        let zero = ~(((v & low7) &+ low7) | v) & high
        guard leads & ~zero == 0 else { return nil }
        return leads.nonzeroBitCount
    }

    /// `x` with every byte at or above 0x80 made zero (zero is not a letter for `asciiLetters`).
    @inline(__always)
    static func asciiBytes(_ x: UInt64) -> UInt64 {
        let high = x & 0x8080_8080_8080_8080
        return x & ~((high >> 7) &* 0xFF)
    }

    /// The language the letters counted so far point to (the rule of `LanguageDetector`).
    public var language: Language {
        if latin == 0 && cyrillic == 0 && cjk == 0 { return .unknown }
        if cyrillic >= latin && cyrillic >= cjk { return .ru }
        if cjk >= latin { return .zh }
        return .en
    }
}
