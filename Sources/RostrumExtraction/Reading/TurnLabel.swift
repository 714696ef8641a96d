/// The speaker label that opens a transcript turn: `Name: text` or `NAME (Position, Org): text`.
///
/// A label is one to five capitalised words (or the same in capitals) at the start of a line,
/// optionally followed by a role in parentheses, then a colon and a space. Metadata keys and
/// words that introduce something other than speech ("Note:", "Date:", "Source:", "Участники:")
/// are not labels; neither is a time ("10:30") nor a URL.
struct TurnLabel: Equatable {
    /// The name as normalised by `PersonName` ("ZHOU LIQUN" → "Zhou Liqun").
    var speaker: String
    /// The role from the parentheses, whitespace collapsed.
    var role: String?
    /// Index of the first byte of the spoken text (may equal the line end).
    var textStart: Int

    /// Parses the label at the start of `bytes[start..<end]`, if there is one.
    static func parse(_ bytes: [UInt8], from start: Int, to end: Int) -> TurnLabel? {
        let first = LineScanner.firstVisible(bytes, from: start, to: end)
        guard first < end else { return nil }
        let b0 = bytes[first]
        if b0 < 0x80 {
            guard b0 >= 0x41 && b0 <= 0x5A else { return nil }
        } else if b0 == 0xC2 || (b0 == 0xE2 && first + 1 < end && bytes[first + 1] == 0x80) {
            // U+0080–U+00BF and U+2000–U+203F (quote marks, dashes, spaces) hold no capitals.
            return nil
        } else if b0 == 0xD0 || b0 == 0xD1, first + 1 < end {
            // Cyrillic А–Я and Ѐ–Џ are capitals; а–я and ѐ–џ are not.
            let b1 = bytes[first + 1]
            if b0 == 0xD0 {
                guard b1 < 0xB0 else { return nil }
            } else if b1 < 0xA0 {
                return nil
            } else {
                let scalar = UTF8Text.scalar(bytes, at: first).0
                guard scalar.isUppercaseFast || scalar.properties.generalCategory == .titlecaseLetter else { return nil }
            }
        } else {
            let scalar = UTF8Text.scalar(bytes, at: first).0
            guard scalar.isUppercaseFast || scalar.properties.generalCategory == .titlecaseLetter else { return nil }
        }
        // Find the end of the name: a colon or an opening parenthesis, within a short span.
        var i = first
        let limit = min(end, first + 120)
        var nameEnd = -1
        while i < limit {
            let b = bytes[i]
            if b == 0x3A || b == 0x28 {
                nameEnd = i
                break
            }
            if b < 0x80 {
                let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                guard isLetter || b == 0x20 || b == 0x2D || b == 0x27 || b == 0x2E || b == 0x09 else { return nil }
            }
            i += 1
        }
        guard nameEnd > first else { return nil }
        var role: String?
        var colon = nameEnd
        if bytes[nameEnd] == 0x28 {
            var depth = 0
            var j = nameEnd
            let roleLimit = min(end, nameEnd + 300)
            var close = -1
            while j < roleLimit {
                if bytes[j] == 0x28 { depth += 1 }
                if bytes[j] == 0x29 {
                    depth -= 1
                    if depth == 0 {
                        close = j
                        break
                    }
                }
                j += 1
            }
            guard close > nameEnd else { return nil }
            let roleText = LineScanner.collapsed(bytes, from: nameEnd + 1, to: close)
            role = roleText.isEmpty ? nil : roleText
            colon = close + 1
            while colon < end && (bytes[colon] == 0x20 || bytes[colon] == 0x09) { colon += 1 }
            guard colon < end, bytes[colon] == 0x3A else { return nil }
        }
        // The colon must end the label: followed by whitespace or the end of the line.
        let afterColon = colon + 1
        if afterColon < end {
            let next = bytes[afterColon]
            guard UTF8Text.isASCIISpace(next) || UTF8Text.spaceLength(bytes, at: afterColon) > 0 else { return nil }
        }
        if PersonName.cannotBeName(bytes, from: first, to: nameEnd) { return nil }
        let rawName = LineScanner.collapsed(bytes, from: first, to: nameEnd)
        guard !rawName.isEmpty else { return nil }
        switch notSpeakerTable.lookup(bytes, from: first, to: LineScanner.trimmedEnd(bytes, from: first, to: nameEnd)) {
        case .found: return nil
        case .absent: break
        case .undecided: if notSpeakers.contains(rawName.lowercasedFast()) { return nil }
        }
        guard let speaker = PersonName.normalized(rawName) else { return nil }
        let textStart = LineScanner.firstVisible(bytes, from: afterColon, to: end)
        return TurnLabel(speaker: speaker, role: role, textStart: textStart)
    }

    /// `notSpeakers`, looked up from the bytes of a label.
    private static let notSpeakerTable = FoldedKeyTable(notSpeakers.map { ($0, true) })

    /// Words before a colon that introduce metadata, notes or lists, never a speaker.
    static let notSpeakers: Set<String> = [
        "note", "notes", "nb", "n.b.", "date", "time", "source", "sources", "event", "forum", "title", "language",
        "lang", "url", "location", "venue", "place", "agenda", "topic", "topics", "subject", "summary", "theme",
        "session", "panel", "participants", "speakers", "panelists", "panellists", "moderators", "update",
        "updated", "warning", "example", "read also", "read more", "see also", "photo", "photos", "video",
        "tags", "keywords", "author", "authors", "editor", "transcript", "key conclusions", "conclusions",
        "problems", "solutions", "proposals", "recommendations", "attention", "important", "ps", "p.s.",
        "примечание", "дата", "время", "источник", "мероприятие", "форум", "событие", "название", "заголовок",
        "язык", "место", "тема", "темы", "сессия", "участники", "спикеры", "выступающие", "докладчики",
        "модераторы", "фото", "видео", "теги", "автор", "редактор", "читайте также", "подробнее",
        "ключевые выводы", "выводы", "проблемы", "решения", "предложения", "рекомендации", "стенограмма",
        "внимание", "важно",
    ]
}
