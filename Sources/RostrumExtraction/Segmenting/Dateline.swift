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
        // "Eastern Economic Forum, Vladivostok, 5 September 2024": commas separate too, unless a
        // part then stops making sense ("September 12, 2018" is one date).
        if let found = parse(text, commas: false) { return found }
        return parse(text, commas: true)
    }

    private static func parse(_ text: String, commas: Bool) -> Parts? {
        // A dateline is short and has a digit (a day or a year) in it.
        guard text.utf8.count <= 160, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var found = Parts()
        for raw in Self.parts(of: text, commas: commas) {
            let part = raw.trimming(" *_\t")
            guard !part.isEmpty else { continue }
            let words = part.split(separator: " ")
            if found.date == nil, words.count <= 6, let date = DateNormalizer.isoDate(from: part), !Self.hasEventWord(part) {
                found.date = date
            } else if found.event == nil, words.count <= 10, Self.hasEventWord(part), part.first?.isUppercase == true,
                      DateNormalizer.isoDate(from: part) == nil, !(part.last.map { ".!?:".contains($0) } ?? false) {
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
        let lower = part.lowercasedFast()
        return eventWords.contains { !UTF8Search.ranges(of: $0, in: Substring(lower)).isEmpty }
    }

    private static let eventWords = [
        "forum", "summit", "conference", "congress", "week", "expo", "exhibition", "symposium", "dialogue",
        "форум", "саммит", "конференция", "конгресс", "неделя", "выставка", "симпозиум", "диалог", "пмэф", "вэф",
    ].map { Array($0.utf8) }
}

extension Substring {
    /// The text without `characters` at either end.
    fileprivate func trimming(_ characters: String) -> String {
        let set = Set(characters)
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
