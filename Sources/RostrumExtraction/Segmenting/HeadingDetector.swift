/// Decides whether a plain-text line is a thematic heading.
///
/// Plain text has no markup, so a heading is recognised by its shape: short, no sentence-final
/// punctuation, not opening with a quote mark, and not an attribution ("— Name, Position").
public struct HeadingDetector: Sendable {
    public init() {}

    /// The longest line, in characters, still taken for a heading.
    public static let maximumLength = 140

    /// True when `line` looks like a heading rather than a paragraph.
    public func isHeading(_ line: String) -> Bool {
        var copy = line
        guard let (first, last) = copy.withUTF8({ Self.firstAndLastScalar($0) }) else { return false }
        // The cheap tests on the first and last scalar come first: most paragraphs end with a period.
        if QuoteMarks.isOpening(first) { return false }
        if first == "—" || first == "–" || first == "-" || first == "(" || first == "[" || first == "<" { return false }
        guard first.isUppercaseFast || ("0"..."9").contains(first) else { return false }
        switch last {
        case ".", ",", ";", ":", "!", "”", "»", "\"", "…", "“":
            // "etc." style abbreviations never end headings; a heading with a final period is rare
            // enough that treating it as a paragraph is the safer error.
            return false
        default:
            break
        }
        guard line.utf8.count <= Self.maximumLength * 2, Self.characterCount(line, atMost: Self.maximumLength) else { return false }
        let words = wordCount(line)
        if last == "?" && words > 12 { return false }
        if words > 20 { return false }
        if words > 10 && containsQuoteMark(line) { return false }
        if Self.hasSpacedDash(line) && AttributionParser.dashAttributionSplit(line) != nil { return false }
        return true
    }

    /// The first and the last scalar of valid UTF-8 `bytes`, decoded in place; nil when empty.
    static func firstAndLastScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Unicode.Scalar)? {
        guard !bytes.isEmpty else { return nil }
        var lastStart = bytes.count - 1
        while lastStart > 0 && bytes[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
        return (scalar(bytes, at: 0), scalar(bytes, at: lastStart))
    }

    /// The scalar starting at `i` (a lead byte of valid UTF-8).
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
        let b = bytes[i]
        if b < 0x80 { return Unicode.Scalar(b) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var k = 1
        while k < length && i + k < bytes.count {
            value = value << 6 | UInt32(bytes[i + k] & 0x3F)
            k += 1
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Whether `line` holds a dash with a space on either side (" — ", " – ", " - "), which
    /// `AttributionParser.dashAttributionSplit` needs before it can split anything.
    static func hasSpacedDash(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { bytes -> Bool in
            let n = bytes.count
            var i = 1
            while i + 1 < n {
                if bytes[i - 1] == 0x20 {
                    let b = bytes[i]
                    if b == 0x2D {
                        if bytes[i + 1] == 0x20 { return true }
                    } else if b == 0xE2, i + 3 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x94 || bytes[i + 2] == 0x93,
                        bytes[i + 3] == 0x20
                    {
                        return true
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// `line.count <= limit`, without walking grapheme clusters when the scalars already fit:
    /// a line never has more Characters than scalars.
    static func characterCount(_ line: String, atMost limit: Int) -> Bool {
        let utf8 = line.utf8
        if utf8.count <= limit { return true }
        // Scalars are the bytes that are not UTF-8 continuation bytes.
        var scalars = 0
        for byte in utf8 where byte & 0xC0 != 0x80 {
            scalars += 1
            if scalars > limit { return hasAtMostCharacters(line, limit) }
        }
        return true
    }

    /// `line.count <= limit`, walking at most `limit + 1` Characters instead of the whole line.
    static func hasAtMostCharacters(_ line: String, _ limit: Int) -> Bool {
        guard let index = line.index(line.startIndex, offsetBy: limit, limitedBy: line.endIndex) else { return true }
        return index == line.endIndex
    }

    /// Runs of scalars other than " ", counted on the bytes: 0x20 is the space scalar and occurs in
    /// no other scalar's encoding, so runs of other bytes are runs of other scalars.
    private func wordCount(_ line: String) -> Int {
        var copy = line
        return copy.withUTF8 { bytes in
            var count = 0
            var inWord = false
            for b in bytes {
                if b == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }

    private func containsQuoteMark(_ line: String) -> Bool {
        line.unicodeScalars.contains { QuoteMarks.isOpening($0) || QuoteMarks.isClosing($0) }
    }
}
