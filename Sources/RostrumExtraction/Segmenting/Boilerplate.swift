/// Recognises the lines that belong to the publishing site rather than to the session:
/// "Read also", "For more information, visit …", share buttons, copyright footers.
public struct Boilerplate: Sendable {
    public init() {}

    private static let exactLines: Set<String> = [
        "read also", "read more", "see also", "share", "share this", "related", "related articles", "print",
        "subscribe", "back to top", "tags", "photo", "video", "more news",
        "читайте также", "читать также", "смотрите также", "поделиться", "подробнее", "фото", "видео", "теги",
        "все новости", "распечатать",
    ]

    private static let prefixes: [String] = [
        "for more information", "more information is available", "read also:", "read more:", "see also:",
        "©", "(c) ", "all rights reserved", "share on ", "follow us", "subscribe to",
        "подробнее читайте", "подробнее —", "подробнее -", "подробнее –", "подробнее на сайте", "подробнее:",
        "подробная информация —", "подробная информация", "дополнительная информация", "больше информации",
        "читайте также:", "смотрите также:", "все права защищены", "поделиться в ", "подписывайтесь",
    ]

    private static let longestExactLine = exactLines.map(\.utf8.count).max() ?? 0
    private static let prefixBytes = prefixes.map { Array($0.utf8) }
    private static let rightsReserved = Array("all rights reserved".utf8)
    private static let rightsReservedRussian = Array("все права защищены".utf8)

    /// True when the line is site furniture that should never reach a section.
    public func isBoilerplate(_ line: String) -> Bool {
        // Site furniture is short; never fold a long paragraph just to look at it.
        guard line.utf8.count < 400, let head = line.unicodeScalars.first else { return false }
        // A quotation is never site furniture (except a quoted «Читайте также»).
        if QuoteMarks.isOpening(head), head != "«" { return false }
        if head.isLowercaseFast || ("0"..."9").contains(head) { return false }
        // Only the start of a line decides, except for short footer lines.
        let isShort = line.utf8.count < 160
        var bytes = line
        if bytes.withUTF8({ Self.cannotMatch($0, isShort: isShort) }) { return false }
        return Self.matches(line, isShort: isShort)
    }

    /// The full test behind `isBoilerplate`, once the cheap guards have passed: the folded
    /// line against the exact lines, the prefixes, the rights notice and "copyright".
    static func matches(_ line: String, isShort: Bool) -> Bool {
        var bytes = line
        if let answer = bytes.withUTF8({ Self.check($0, isShort: isShort) }) { return answer }
        let lowered = isShort ? line.lowercasedFast() : Substring(Substring(line).unicodeScalars.prefix(48)).lowercasedFast()
        // Scalars, not Characters: the marks trimmed here are single scalars.
        var scalars = Substring(lowered).unicodeScalars
        while let last = scalars.last, last == ":" || last == "." || last == " " || last == "»" || last == "…" {
            scalars.removeLast()
        }
        while let first = scalars.first, first == " " || first == "«" { scalars.removeFirst() }
        let folded = Substring(scalars)
        if folded.utf8.count <= Self.longestExactLine, Self.exactLines.contains(String(folded)) { return true }
        for prefix in Self.prefixBytes where folded.utf8.starts(with: prefix) { return true }
        if isShort, !UTF8Search.ranges(of: Self.rightsReserved, in: folded).isEmpty
            || !UTF8Search.ranges(of: Self.rightsReservedRussian, in: folded).isEmpty
        {
            return true
        }
        // "Copyright 2019 Forum Foundation", not "Copyright issues remain the main obstacle".
        if folded.hasPrefix("copyright"), folded.count <= 120, !QuoteMarks.containsQuoteMark(folded) {
            let rest = folded.dropFirst("copyright".count).drop(while: { $0 == " " })
            if rest.hasPrefix("©") || rest.hasPrefix("(c)") || rest.prefix(4).allSatisfy(\.isNumber) && rest.count >= 4 { return true }
        }
        return false
    }

    private static let copyrightBytes = Array("copyright".utf8)

    /// How many leading scalars of a line `cannotMatch` compares.
    private static let leadLength = 4

    /// The first `leadLength` scalars (all of them when fewer) of every exact line, prefix and
    /// "copyright", packed by `packed(_:)`, sorted for a binary search (cheaper than hashing).
    private static let leads: [UInt64] = Array(Set(
        (Array(exactLines) + prefixes + ["copyright"]).map { packed($0.unicodeScalars.prefix(leadLength).map(\.value)) }
    )).sorted()

    /// Bit k is set when some lead has k scalars: only those counts need a search.
    private static let leadCounts: UInt64 = leads.reduce(0) { $0 | 1 << ($1 >> 56) }

    /// Whether `key` is one of `leads`.
    @inline(__always)
    private static func isLead(_ key: UInt64) -> Bool {
        leads.withUnsafeBufferPointer { sorted in
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < sorted.count && sorted[low] == key
        }
    }

    /// Up to four scalar values, 14 bits of each, with their count above them. (Values that
    /// agree in those bits share a key, which only lets more lines through to the full test.)
    @inline(__always)
    private static func packed(_ values: [UInt32]) -> UInt64 {
        var key = UInt64(values.count) << 56
        for (k, value) in values.enumerated() { key |= UInt64(value & 0x3FFF) << (14 * UInt64(k)) }
        return key
    }

    /// True when the line cannot be boilerplate, decided on its raw bytes without folding it:
    /// for no exact line, prefix or "copyright" of k scalars do the line's first min(k, 4)
    /// scalars after leading spaces and «, lower-cased, equal its first min(k, 4), and (for a
    /// short line) no rights notice occurs in it in any letter case.
    ///
    /// Lower-casing maps ASCII and basic Cyrillic scalar by scalar, so the folded line begins
    /// with the folded first scalars; a scalar outside those ranges answers false (the full test
    /// decides). A match, exact or as a prefix, leaves at least min(k, 4) scalars after trimming
    /// the end, so those are the line's own. No scalar outside ASCII lower-cases into the ASCII
    /// letters of "all rights reserved" (the Kelvin sign becomes "k"; "İ" becomes "i" with a
    /// combining dot), and only Cyrillic capitals lower-case into Cyrillic letters, so the
    /// notices are found on the raw bytes.
    static func cannotMatch(_ line: UnsafeBufferPointer<UInt8>, isShort: Bool) -> Bool {
        let n = line.count
        var i = 0
        while i < n {
            if line[i] == 0x20 {
                i += 1
            } else if line[i] == 0xC2, i + 1 < n, line[i + 1] == 0xAB {
                i += 2
            } else {
                break
            }
        }
        guard i < n else { return false }
        var key: UInt64 = 0
        var count: UInt64 = 0
        while count < UInt64(leadLength) && i < n {
            guard let (value, length) = foldedScalar(line, at: i) else { return false }
            key |= UInt64(value & 0x3FFF) << (14 * count)
            count += 1
            i += length
            if leadCounts & (1 << count) != 0 && isLead(key | count << 56) { return false }
        }
        if isShort && mayHoldRightsNotice(line) { return false }
        return true
    }

    /// Whether "all rights reserved" or «все права защищены» occurs in `line` in any letter case.
    /// Only the places where the notice's rarest letter ("v", "щ") falls are compared in full.
    private static func mayHoldRightsNotice(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = line.count
        var i = 0
        while i < n {
            // Eight bytes at a time while none of them is "v", "V", 0x89 or 0xA9.
            if i + 8 <= n, let base = line.baseAddress {
                let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if !hasZeroByte(word ^ 0x7676_7676_7676_7676) && !hasZeroByte(word ^ 0x5656_5656_5656_5656)
                    && !hasZeroByte(word ^ 0x8989_8989_8989_8989) && !hasZeroByte(word ^ 0xA9A9_A9A9_A9A9_A9A9)
                {
                    i += 8
                    continue
                }
            }
            let b = line[i]
            if b | 0x20 == 0x76 {
                // "v" is byte 16 of "all rights reserved".
                if i >= 16, matchesFolded(rightsReserved, in: line, at: i - 16) { return true }
            } else if b == 0x89 || b == 0xA9, i >= 1, line[i - 1] == (b == 0x89 ? 0xD1 : 0xD0) {
                // "щ" (D1 89) or "Щ" (D0 A9) starts at byte 22 and at byte 26 of «все права защищены».
                let start = i - 1
                if start >= 22, matchesFolded(rightsReservedRussian, in: line, at: start - 22) { return true }
            }
            i += 1
        }
        return false
    }

    /// The lower-cased value and the length in bytes of the scalar at `i`, for ASCII, U+0080–U+00BF,
    /// basic Cyrillic (U+0400–U+045F) and U+2000–U+203F; nil for any other scalar.
    @inline(__always)
    private static func foldedScalar(_ line: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let b = line[i]
        if b < 0x80 { return (UInt32(b &- 0x41 < 26 ? b | 0x20 : b), 1) }
        guard i + 1 < line.count else { return nil }
        let c = line[i + 1]
        guard c & 0xC0 == 0x80 else { return nil }
        switch b {
        case 0xC2:
            return (UInt32(c), 2)
        case 0xD0:
            let value = 0x400 | UInt32(c & 0x3F)
            // Ѐ…Џ → ѐ…џ, А…Я → а…я.
            if value < 0x410 { return (value + 0x50, 2) }
            if value < 0x430 { return (value + 0x20, 2) }
            return (value, 2)
        case 0xD1:
            let value = 0x440 | UInt32(c & 0x3F)
            return value < 0x460 ? (value, 2) : nil
        case 0xE2:
            guard c == 0x80, i + 2 < line.count, line[i + 2] & 0xC0 == 0x80 else { return nil }
            return (0x2000 | UInt32(line[i + 2] & 0x3F), 3)
        default:
            return nil
        }
    }

    /// Whether one of the eight bytes of `word` is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether `needle` (lower-case ASCII, spaces and basic Cyrillic) occurs in `text` at `i` with
    /// any letter case, compared byte by byte after folding ASCII and Cyrillic capitals.
    private static func matchesFolded(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let m = needle.count
        guard i >= 0, i + m <= text.count else { return false }
        var k = 0
        while k < m {
            let want = needle[k]
            let b = text[i + k]
            if want < 0x80 {
                if (b &- 0x41 < 26 ? b | 0x20 : b) != want { return false }
                k += 1
            } else {
                // A two-byte Cyrillic letter: fold А…П (D0 90…9F) and Р…Я (D0 A0…AF).
                let c = text[i + k + 1]
                var lead = b
                var tail = c
                if b == 0xD0 && c >= 0x90 && c < 0xA0 {
                    tail = c &+ 0x20
                } else if b == 0xD0 && c >= 0xA0 && c < 0xB0 {
                    lead = 0xD1
                    tail = c &- 0x20
                }
                if lead != want || tail != needle[k + 1] { return false }
                k += 2
            }
        }
        return true
    }

    /// `isBoilerplate` on the line's UTF-8 bytes, without building strings; nil when the line
    /// holds a scalar outside FastCase's fast path, or starts with "copyright" (the caller then
    /// takes the general path).
    private static func check(_ line: UnsafeBufferPointer<UInt8>, isShort: Bool) -> Bool? {
        // The line, or its first 48 scalars.
        var end = line.count
        if !isShort {
            var scalars = 0
            var i = 0
            while i < line.count {
                if line[i] & 0xC0 != 0x80 {
                    if scalars == 48 { break }
                    scalars += 1
                }
                i += 1
            }
            end = i
        }
        guard let lowered = FastCase.lowercasedBytes(UnsafeBufferPointer(rebasing: line[0..<end])) else { return nil }
        return lowered.withUnsafeBufferPointer { all -> Bool? in
            var start = 0
            var stop = all.count
            // Trailing ":", ".", " ", "»" (C2 BB), "…" (E2 80 A6); leading " ", "«" (C2 AB).
            while stop > start {
                let b = all[stop - 1]
                if b == UInt8(ascii: ":") || b == UInt8(ascii: ".") || b == UInt8(ascii: " ") {
                    stop -= 1
                } else if b == 0xBB, stop - start >= 2, all[stop - 2] == 0xC2 {
                    stop -= 2
                } else if b == 0xA6, stop - start >= 3, all[stop - 2] == 0x80, all[stop - 3] == 0xE2 {
                    stop -= 3
                } else {
                    break
                }
            }
            while start < stop {
                if all[start] == UInt8(ascii: " ") {
                    start += 1
                } else if all[start] == 0xC2, start + 1 < stop, all[start + 1] == 0xAB {
                    start += 2
                } else {
                    break
                }
            }
            let folded = UnsafeBufferPointer(rebasing: all[start..<stop])
            if folded.count <= longestExactLine, exactLines.contains(String(decoding: folded, as: UTF8.self)) { return true }
            for prefix in prefixBytes where folded.starts(with: prefix) { return true }
            if isShort, UTF8Text.contains(rightsReserved, in: folded) || UTF8Text.contains(rightsReservedRussian, in: folded) { return true }
            if folded.starts(with: copyrightBytes) { return nil }
            return false
        }
    }

}
