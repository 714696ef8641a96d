/// A dialogue paragraph, as Russian (and some English) copy writes direct speech without quote
/// marks: a dash opens the speaker's words and a second dash brings the attribution —
/// `— We expect four icebreakers by 2027, — Vyacheslav Ruksha, Deputy Director General.`,
/// «— Мы рассчитываем …, — отметил Вячеслав Рукша, …», «— Страховка дорогая, — добавил он.»,
/// «— Мы не против, — заметил Греф, — но условия другие.»
///
/// The opening dash marks the turn; it is not part of the quote.
enum DialogueDash {
    /// The paragraph after its opening dialogue dash (—, – or a hyphen followed by a space), or
    /// nil when it does not open with one. A dash before a quote mark is left to the quote reader.
    static func body(_ text: String) -> Substring? {
        // "—" and "–" are E2 80 94 / E2 80 93: most paragraphs are ruled out by their first byte.
        guard let lead = text.utf8.first, lead == 0xE2 || lead == UInt8(ascii: "-") else { return nil }
        let scalars = Substring(text).unicodeScalars
        guard let dash = scalars.first else { return nil }
        let afterDash = scalars.index(after: scalars.startIndex)
        if dash == "-" {
            guard afterDash < scalars.endIndex, scalars[afterDash] == " " else { return nil }
        } else {
            guard dash == "—" || dash == "–" else { return nil }
        }
        let body = Substring(scalars[afterDash...]).trimmingSpaces()
        guard let first = body.unicodeScalars.first, first != "—", first != "–", first != "-", !QuoteMarks.isOpening(first) else { return nil }
        return body
    }

    /// The words before the last spaced dash of `body` and the words after it, when that dash is
    /// among the last `window` bytes (a pronoun attribution, «добавил он», is a few words; a
    /// position before the name, «отметил глава Минтранса Виталий Савельев», a few more); nil otherwise.
    static func lastDashSplit(_ body: Substring, window: Int) -> (quote: Substring, attribution: Substring)? {
        let utf8 = body.utf8
        var start = utf8.count > window ? utf8.index(utf8.endIndex, offsetBy: -window) : utf8.startIndex
        // Start the window on a scalar's first byte.
        while start < utf8.endIndex, utf8[start] & 0xC0 == 0x80 { start = utf8.index(after: start) }
        let window = body[start...]
        var found: Range<Substring.Index>?
        for dash in spacedDashes {
            if let last = UTF8Search.ranges(of: dash, in: window).last, found.map({ last.lowerBound > $0.lowerBound }) ?? true { found = last }
        }
        guard let found else { return nil }
        let quote = body[..<found.lowerBound]
        guard quote.hasAtLeast(12) else { return nil }
        return (quote, body[found.upperBound...].trimmingSpaces())
    }

    private static let spacedDashes = [" — ", " – ", " - "].map { Array($0.utf8) }
}
