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
        if let found = parse(text, commas: false) { return found }
        // Without a comma the parts are the same, and so is the answer.
        guard text.utf8.contains(0x2C) else { return nil }
        return parse(text, commas: true)
    }

    private static func parse(_ text: String, commas: Bool) -> Parts? {
        // A dateline is short and has a digit (a day or a year) in it.
        guard text.utf8.count <= 160, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
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
