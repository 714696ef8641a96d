/// Where a quote is in its session's raw text, in UTF-8 bytes: the start, and the end when the
/// whole quote is there verbatim (a quote joined from several paragraphs or with an elision is not).
struct QuoteRange: Sendable, Equatable {
    var start: Int
    var end: Int?

    /// The ranges of `quotes` in `raw`, each looked for from the previous quote's start first.
    static func ranges(of quotes: [String], in raw: String) -> [QuoteRange?] {
        let rawBytes = Array(raw.utf8)
        var cursor = 0
        return quotes.map { quote in
            let range = find(quote, in: rawBytes, from: cursor)
            if let range { cursor = range.start }
            return range
        }
    }

    /// Where `quote` starts in `raw` (UTF-8 bytes), searching from `from` first; the end only
    /// when the whole text is there verbatim.
    static func find(_ quote: String, in raw: [UInt8], from: Int) -> QuoteRange? {
        let needle = Array(quote.utf8)
        guard !needle.isEmpty, needle.count <= raw.count else { return nil }
        var probe = min(needle.count, 48)
        while probe < needle.count, needle[probe] & 0xC0 == 0x80 { probe += 1 }
        func match(at i: Int, length: Int) -> Bool {
            guard i + length <= raw.count else { return false }
            var k = 0
            while k < length, raw[i + k] == needle[k] { k += 1 }
            return k == length
        }
        for start in [from, 0] {
            var i = start
            let first = needle[0]
            while i + probe <= raw.count {
                if raw[i] == first, match(at: i, length: probe) {
                    return QuoteRange(start: i, end: match(at: i, length: needle.count) ? i + needle.count : nil)
                }
                i += 1
            }
            if start == 0 { break }
        }
        return nil
    }
}
