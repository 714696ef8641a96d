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
            if isShort, contains(rightsReserved, in: folded) || contains(rightsReservedRussian, in: folded) { return true }
            if folded.starts(with: copyrightBytes) { return nil }
            return false
        }
    }

    /// Whether `needle` occurs in `text`, compared byte by byte.
    private static func contains(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, text.count >= needle.count else { return false }
        var i = 0
        let last = text.count - needle.count
        while i <= last {
            if text[i] == first {
                var k = 1
                while k < needle.count, text[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
