/// The line under a title that says where and when, without `Key:` labels:
/// "Eastern Economic Forum 2023 · 12 September 2023", «ПМЭФ-2019 | 6 июня 2019 года, Санкт-Петербург».
///
/// Parts are split at middle dots, bars, bullets and spaced dashes (and at commas when the line
/// makes no sense otherwise). Every part must be a date, an event (a capitalised name with a word
/// such as Forum, Summit, Week, «форум», and no day in it) or a short capitalised place; anything
/// else means the line is prose, not a dateline.
enum Dateline {
    /// What a dateline says: the event and the ISO date, either of which may be missing (not both).
    struct Parts: Equatable {
        var event: String?
        var date: String?
    }

    /// The event and date `text` names, or nil when it is not a dateline.
    static func parse(_ text: String) -> Parts? {
        // A dateline is short and has a digit (a day or a year) in it; no part of it is long.
        guard text.utf8.count <= 160, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), !hasLongPart(text) else {
            return nil
        }
        // "Eastern Economic Forum, Vladivostok, 5 September 2024": commas separate too, unless a
        // part then stops making sense ("September 12, 2018" is one date).
        if let found = parse(text, commas: false) { return withEditionYear(found) }
        // Without a comma the parts are the same, and so is the answer.
        guard text.utf8.contains(0x2C) else { return nil }
        return parse(text, commas: true).map(withEditionYear)
    }

    /// The event named as the edition of its date's year ("Eastern Economic Forum, Vladivostok,
    /// 5 September 2024" → "Eastern Economic Forum 2024"), as event names with a year are written,
    /// so that the same edition named either way is one event; a name with a year keeps it.
    private static func withEditionYear(_ parts: Parts) -> Parts {
        guard let event = parts.event, let date = parts.date, date.count >= 4, !hasYear(event) else { return parts }
        var named = parts
        named.event = event + " " + date.prefix(4)
        return named
    }

    /// Whether `name` holds a four-digit year (19xx or 20xx), alone or in "ПМЭФ-2019".
    private static func hasYear(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] &- 0x30 < 10 else { i += 1; continue }
            var j = i
            while j < bytes.count, bytes[j] &- 0x30 < 10 { j += 1 }
            if j - i == 4, (bytes[i] == 0x31 && bytes[i + 1] == 0x39) || (bytes[i] == 0x32 && bytes[i + 1] == 0x30) { return true }
            i = j
        }
        return false
    }

    private static func parse(_ text: String, commas: Bool) -> Parts? {
        // A dateline is short and has a digit (a day or a year) in it.
        guard text.utf8.count <= 160, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var copy = text
        if let answer = copy.withUTF8({ parseBytes($0, commas: commas) }) { return answer }
        return parseGeneral(text, commas: commas)
    }

    /// `parse(_:commas:)` on Characters and strings, for any text (`parseBytes` gives the same
    /// answers faster for most lines).
    static func parseGeneral(_ text: String, commas: Bool) -> Parts? {
        var found = Parts()
        for raw in Self.parts(of: text, commas: commas) {
            let part = raw.trimmingDatelineMarks()
            guard !part.isEmpty else { continue }
            let words = part.split(separator: " ")
            if found.date == nil, words.count <= 6, let date = DateNormalizer.isoDate(from: part), !Self.hasEventWord(part) {
                found.date = date
            } else if found.event == nil, words.count <= 10, part.first?.isUppercase == true,
                      !(part.last.map { ".!?:".contains($0) } ?? false), Self.hasEventWord(part), DateNormalizer.isoDate(from: part) == nil {
                found.event = part
            } else if words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }), !part.utf8.contains(0x2E) {
                continue  // a place: "Vladivostok", «Санкт-Петербург»
            } else {
                return nil
            }
        }
        guard found.date != nil || (found.event.map { $0.contains(where: \.isNumber) } ?? false) else { return nil }
        return found
    }

    /// `parse(_:commas:)` on the UTF-8 of a line made only of ASCII (no controls), U+0400–U+045F
    /// and a few marks (no-break space, « », ·, –, —, ‘ ’, “ ”, •, …); nil for any other line,
    /// which the general path reads.
    ///
    /// In such text every scalar is a Character of its own, so splitting at spaces, trimming and
    /// looking at first and last Characters can be done on bytes; a Character's `isUppercase` is
    /// then its scalar's (A–Z, U+0400–U+042F) and `isNumber` holds for the ASCII digits only.
    static func parseBytes(_ text: UnsafeBufferPointer<UInt8>, commas: Bool) -> Parts?? {
        let n = text.count
        // The character set, and where each scalar starts.
        var i = 0
        while i < n {
            let b = text[i]
            if b < 0x80 {
                guard b >= 0x20 && b != 0x7F else { return nil }
                i += 1
            } else if b == 0xD0 {
                i += 2
            } else if b == 0xD1 {
                guard i + 1 < n, text[i + 1] < 0xA0 else { return nil }
                i += 2
            } else if b == 0xC2 {
                guard i + 1 < n else { return nil }
                let c = text[i + 1]
                guard c == 0xA0 || c == 0xAB || c == 0xB7 || c == 0xBB else { return nil }
                i += 2
            } else if b == 0xE2 {
                guard i + 2 < n, text[i + 1] == 0x80 else { return nil }
                switch text[i + 2] {
                case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA2, 0xA6: i += 3
                default: return nil
                }
            } else {
                return nil
            }
        }
        var found = Parts()
        // Reads one part; false when it is neither a date, an event nor a place.
        func read(_ start: Int, _ end: Int) -> Bool {
            var s = start
            var e = end
            while s < e, isDatelineMark(text[s]) { s += 1 }
            while e > s, isDatelineMark(text[e - 1]) { e -= 1 }
            guard s < e else { return true }
            let part = UnsafeBufferPointer(rebasing: text[s..<e])
            // Words between spaces, and whether each starts with a capital or a digit.
            var words = 0
            var capitalised = true
            var k = 0
            while k < part.count {
                if part[k] == 0x20 {
                    k += 1
                    continue
                }
                words += 1
                if !startsCapitalOrDigit(part, at: k) { capitalised = false }
                while k < part.count && part[k] != 0x20 { k += 1 }
            }
            var date: String?
            var dateKnown = false
            func isoDate() -> String? {
                if !dateKnown {
                    dateKnown = true
                    // Every date has a run of four digits: without one there is no need to build the part.
                    date = DateNormalizer.hasFourDigitRun(part) ? DateNormalizer.isoDate(from: String(decoding: part, as: UTF8.self)) : nil
                }
                return date
            }
            if found.date == nil, words <= 6, let date = isoDate(), !hasEventWord(bytes: part) {
                found.date = date
            } else if found.event == nil, words <= 10, startsCapital(part, at: 0), !endsSentence(part), hasEventWord(bytes: part), isoDate() == nil {
                found.event = String(decoding: part, as: UTF8.self)
            } else if words <= 4, capitalised, !part.contains(0x2E) {
                // a place
            } else {
                return false
            }
            return true
        }
        var partStart = 0
        var previousIsSpace = true
        i = 0
        while i < n {
            let b = text[i]
            let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : 3
            var separates = false
            if b == 0x7C {
                separates = true  // |
            } else if b == 0xC2 {
                separates = text[i + 1] == 0xB7  // ·
            } else if b == 0xE2 {
                let c = text[i + 2]
                if c == 0xA2 {
                    separates = true  // •
                } else if c == 0x93 || c == 0x94 {
                    separates = previousIsSpace && (i + 3 == n || text[i + 3] == 0x20)  // spaced – or —
                }
            } else if b == 0x2C && commas {
                separates = i + 1 == n || text[i + 1] == 0x20
            }
            if separates {
                if !read(partStart, i) { return .some(nil) }
                partStart = i + length
            }
            previousIsSpace = b == 0x20
            i += length
        }
        if !read(partStart, n) { return .some(nil) }
        guard found.date != nil || (found.event.map { $0.utf8.contains { $0 &- 0x30 < 10 } } ?? false) else { return .some(nil) }
        return .some(found)
    }

    /// The marks `trimmingDatelineMarks` trims: space, `*`, `_`, tab.
    @inline(__always)
    private static func isDatelineMark(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x2A || b == 0x5F || b == 0x09
    }

    /// Whether the scalar at `k` is A–Z or U+0400–U+042F (`parseBytes`' character set).
    @inline(__always)
    private static func startsCapital(_ part: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        let b = part[k]
        if b < 0x80 { return b &- 0x41 < 26 }
        return b == 0xD0 && k + 1 < part.count && part[k + 1] < 0xB0
    }

    /// Whether the scalar at `k` is a capital or an ASCII digit (`parseBytes`' character set).
    @inline(__always)
    private static func startsCapitalOrDigit(_ part: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        part[k] &- 0x30 < 10 || startsCapital(part, at: k)
    }

    /// Whether the last scalar is ".", "!", "?" or ":".
    @inline(__always)
    private static func endsSentence(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = part.last else { return false }
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A
    }

    /// True when some stretch of `text` free of anything that could separate parts (bars, commas,
    /// middle dots, bullets, dashes) holds ten spaces that each stand between two letters or
    /// digits: whatever the separators, one part then has more than ten words, which no date,
    /// event or place has, so `parse` finds no dateline.
    ///
    /// Only spaces between ASCII letters or digits and basic Cyrillic letters count: such a space
    /// is a Character of its own, so the word split of `parse` splits there too.
    static func hasLongPart(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes -> Bool in
            let n = bytes.count
            var spaces = 0
            var i = 0
            while i < n {
                let b = bytes[i]
                switch b {
                case 0x2C, 0x7C:
                    spaces = 0
                case 0xB7:
                    if i >= 1 && bytes[i - 1] == 0xC2 { spaces = 0 }  // "·"
                case 0xA2, 0x94, 0x93:
                    // "•" (E2 80 A2), "—" (E2 80 94), "–" (E2 80 93).
                    if i >= 2 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2 { spaces = 0 }
                case 0x20:
                    if i >= 1, i + 1 < n, isWordEnd(bytes, before: i), isWordStart(bytes[i + 1]) {
                        spaces += 1
                        if spaces >= 10 { return true }
                    }
                default:
                    break
                }
                i += 1
            }
            return false
        }
    }

    /// Whether the scalar that ends just before `i` is an ASCII letter or digit or a Cyrillic letter (U+0400–U+047F).
    @inline(__always)
    private static func isWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        let b = bytes[i - 1]
        if b < 0x80 { return isASCIIWordByte(b) }
        return b < 0xC0 && i >= 2 && (bytes[i - 2] == 0xD0 || bytes[i - 2] == 0xD1)
    }

    /// Whether a scalar starting with `b` is an ASCII letter or digit or a Cyrillic letter (U+0400–U+047F).
    @inline(__always)
    private static func isWordStart(_ b: UInt8) -> Bool {
        b < 0x80 ? isASCIIWordByte(b) : (b == 0xD0 || b == 0xD1)
    }

    @inline(__always)
    private static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// `text` cut at middle dots, bars and bullets, and at dashes with a space on either side.
    static func parts(of text: String, commas: Bool) -> [Substring] {
        let scalars = text.unicodeScalars
        var parts: [Substring] = []
        var start = scalars.startIndex
        var previous: Unicode.Scalar = " "
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let spacedDash = (scalar == "—" || scalar == "–") && previous == " " && (next == scalars.endIndex || scalars[next] == " ")
            let comma = commas && scalar == "," && (next == scalars.endIndex || scalars[next] == " ")
            if scalar == "·" || scalar == "|" || scalar == "•" || spacedDash || comma {
                parts.append(Substring(scalars[start..<index]))
                start = next
            }
            previous = scalar
            index = next
        }
        parts.append(Substring(scalars[start...]))
        return parts
    }

    /// `hasEventWord` of text in `parseBytes`' character set, which `FastCase` always lower-cases.
    private static func hasEventWord(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lower = FastCase.lowercasedBytes(bytes) else {
            return hasEventWord(String(decoding: bytes, as: UTF8.self))
        }
        return lower.withUnsafeBufferPointer { lowered in eventWords.contains { UTF8Text.contains($0, in: lowered) } }
    }

    private static func hasEventWord(_ part: String) -> Bool {
        var copy = part
        // The lower-cased bytes, searched in place; the standard library folds what FastCase cannot.
        let fast = copy.withUTF8 { raw -> Bool? in
            guard let lower = FastCase.lowercasedBytes(raw) else { return nil }
            return lower.withUnsafeBufferPointer { bytes in eventWords.contains { UTF8Text.contains($0, in: bytes) } }
        }
        if let fast { return fast }
        let lower = part.lowercasedFast()
        return eventWords.contains { !UTF8Search.ranges(of: $0, in: Substring(lower)).isEmpty }
    }


    private static let eventWords = [
        "forum", "summit", "conference", "congress", "week", "expo", "exhibition", "symposium", "dialogue",
        "форум", "саммит", "конференция", "конгресс", "неделя", "выставка", "симпозиум", "диалог", "пмэф", "вэф",
    ].map { Array($0.utf8) }
}

extension Substring {
    /// The text without spaces, tabs, `*` and `_` at either end.
    fileprivate func trimmingDatelineMarks() -> String {
        var slice = self[...]
        while let first = slice.first, Self.isDatelineMark(first) { slice = slice.dropFirst() }
        while let last = slice.last, Self.isDatelineMark(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// The marks trimmed from a dateline part: space, `*`, `_`, tab.
    @inline(__always)
    private static func isDatelineMark(_ character: Character) -> Bool {
        character == " " || character == "*" || character == "_" || character == "\t"
    }
}
