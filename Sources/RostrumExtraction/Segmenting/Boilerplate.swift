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
}
