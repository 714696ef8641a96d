/// The line under a title that says where and when, without `Key:` labels:
/// "Eastern Economic Forum 2023 · 12 September 2023", «ПМЭФ-2019 | 6 июня 2019 года, Санкт-Петербург».
///
/// Parts are split at middle dots, bars, bullets and spaced dashes. Every part must be a date, an
/// event (a capitalised name with a word such as Forum, Summit, Week, «форум», and no day in it)
/// or a short capitalised place; anything else means the line is prose, not a dateline.
enum Dateline {
    /// What a dateline says: the event and the ISO date, either of which may be missing (not both).
    struct Parts: Equatable {
        var event: String?
        var date: String?
    }

    /// The event and date `text` names, or nil when it is not a dateline.
    static func parse(_ text: String) -> Parts? {
        guard text.utf8.count <= 160 else { return nil }
        var parts: [Substring] = [Substring(text)]
        for separator in [" · ", "·", " | ", " • ", " — ", " – "] {
            parts = parts.flatMap { $0.split(separator: separator) }
        }
        var found = Parts()
        for raw in parts {
            let part = raw.trimmingCharacters(in: " *_\t")
            guard !part.isEmpty else { continue }
            let words = part.split(separator: " ")
            if found.date == nil, words.count <= 6, let date = DateNormalizer.isoDate(from: part), !Self.hasEventWord(part) {
                found.date = date
            } else if found.event == nil, words.count <= 10, Self.hasEventWord(part), part.first?.isUppercase == true,
                      DateNormalizer.isoDate(from: part) == nil, !(part.last.map { ".!?:".contains($0) } ?? false) {
                found.event = part
            } else if words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }), !part.contains(".") {
                continue  // a place: "Vladivostok", «Санкт-Петербург»
            } else {
                return nil
            }
        }
        guard found.date != nil || (found.event.map { $0.contains(where: \.isNumber) } ?? false) else { return nil }
        return found
    }

    private static func hasEventWord(_ part: String) -> Bool {
        let lower = part.lowercasedFast()
        return eventWords.contains { lower.contains($0) }
    }

    private static let eventWords = [
        "forum", "summit", "conference", "congress", "week", "expo", "exhibition", "symposium", "dialogue",
        "форум", "саммит", "конференция", "конгресс", "неделя", "выставка", "симпозиум", "диалог", "пмэф", "вэф",
    ]
}

extension Substring {
    /// The text without `characters` at either end.
    fileprivate func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
