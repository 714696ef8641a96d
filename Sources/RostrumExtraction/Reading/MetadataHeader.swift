public import RostrumModel

/// A metadata field a document can declare about itself.
public enum MetadataField: String, Sendable, Hashable, CaseIterable {
    case title, event, date, source, language
}

/// The `Key: value` header lines at the top of plain text and transcripts, and the keys of a
/// Markdown front-matter block.
///
/// English keys `Event:`, `Forum:`, `Date:`, `Source:`, `URL:`, `Title:`, `Language:`; Russian
/// `Мероприятие:`, `Форум:`, `Дата:`, `Источник:`, `Название:`, `Заголовок:`, `Язык:` — in any
/// letter case. Dates are normalised to ISO (see `DateNormalizer`), languages to `Language`.
public enum MetadataHeader {
    /// The field a key names (without the colon), case-insensitively, or nil.
    public static func field(forKey key: String) -> MetadataField? {
        keys[key.lowercasedFast()]
    }

    /// Splits a header line `Key: value` with a known key; nil for any other line, and for a
    /// known key with an empty value.
    public static func parse(line: String) -> (field: MetadataField, value: String)? {
        let bytes = Array(line.utf8)
        return parse(bytes, from: 0, to: bytes.count)
    }

    /// Records `value` for `field` in `metadata` unless the field is already set. A date that is
    /// not a calendar day and a language Rostrum does not know are ignored.
    public static func apply(_ field: MetadataField, value: String, to metadata: inout DocumentMetadata) {
        switch field {
        case .title: if metadata.title == nil { metadata.title = value }
        case .event: if metadata.event == nil { metadata.event = value }
        case .source: if metadata.source == nil { metadata.source = value }
        case .date: if metadata.date == nil { metadata.date = DateNormalizer.isoDate(from: value) }
        case .language: if metadata.language == nil { metadata.language = language(named: value) }
        }
    }

    /// The language a code or name denotes: `en`, `en-US`, `English`, `английский`, `ru_RU`,
    /// `Russian`, `русский`, `zh`, `Chinese`, `中文` …; nil when unknown.
    public static func language(named name: String) -> Language? {
        var key = name.lowercasedFast()
        if let cut = key.firstIndex(where: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "," || $0 == ";" }) {
            key = String(key[..<cut])
        }
        return languages[key]
    }

    /// Reads the header lines at the top of a document (blank lines before them are skipped)
    /// into `metadata`; returns the index of the first line that is not part of the header.
    static func consume(_ bytes: [UInt8], lines: [LineScanner.Line], into metadata: inout DocumentMetadata) -> Int {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if LineScanner.firstVisible(bytes, from: line.start, to: line.end) == line.end {
                index += 1
                continue
            }
            break
        }
        let firstContent = index
        while index < lines.count {
            let line = lines[index]
            guard let (field, value) = parse(bytes, from: line.start, to: line.end) else { break }
            apply(field, value: value, to: &metadata)
            index += 1
        }
        return index == firstContent ? 0 : index
    }

    /// The index of the first line after the header lines at the top, as `consume` returns it,
    /// without interpreting the values.
    static func headerEnd(_ bytes: [UInt8], lines: [LineScanner.Line]) -> Int {
        var index = 0
        while index < lines.count, LineScanner.firstVisible(bytes, from: lines[index].start, to: lines[index].end) == lines[index].end {
            index += 1
        }
        let firstContent = index
        while index < lines.count, isHeader(bytes, from: lines[index].start, to: lines[index].end) {
            index += 1
        }
        return index == firstContent ? 0 : index
    }

    /// Whether `bytes[start..<end]` is a header line (`parse` finds one), mostly decided without
    /// building the value: a known key followed by a visible ASCII character other than a quote
    /// mark has a value that no unquoting can empty.
    static func isHeader(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        guard let (_, colon) = key(bytes, from: start, to: end) else { return false }
        let first = LineScanner.firstVisible(bytes, from: colon + 1, to: end)
        // Nothing visible: the collapsed value is empty.
        if first == end { return false }
        let b = bytes[first]
        if b < 0x80 && b != 0x22 && b != 0x27 { return true }
        return parse(bytes, from: start, to: end) != nil
    }

    /// Parses `bytes[start..<end]` as a header line.
    static func parse(_ bytes: [UInt8], from start: Int, to end: Int) -> (field: MetadataField, value: String)? {
        guard let (field, colon) = key(bytes, from: start, to: end) else { return nil }
        var value = LineScanner.collapsed(bytes, from: colon + 1, to: end)
        if isQuoted(value) { value = String(value.dropFirst().dropLast()) }
        guard !value.isEmpty else { return nil }
        return (field, value)
    }

    /// The field named by the key at the start of `bytes[start..<end]` and the index of the
    /// colon after it, when the line starts with a known key and a colon.
    static func key(_ bytes: [UInt8], from start: Int, to end: Int) -> (field: MetadataField, colon: Int)? {
        let keyStart = LineScanner.firstVisible(bytes, from: start, to: end)
        // Keys are short: look for the colon within the first 40 bytes only.
        var colon = keyStart
        let limit = min(end, keyStart + 40)
        while colon < limit && bytes[colon] != 0x3A { colon += 1 }
        guard colon < limit, colon > keyStart else { return nil }
        // Every key is one word.
        if LineScanner.hasInnerSpace(bytes, from: keyStart, to: colon) { return nil }
        switch keyTable.lookup(bytes, from: keyStart, to: LineScanner.trimmedEnd(bytes, from: keyStart, to: colon)) {
        case .found(let field):
            return (field, colon)
        case .absent:
            return nil
        case .undecided:
            let key = LineScanner.collapsed(bytes, from: keyStart, to: colon)
            guard let field = keys[key.lowercasedFast()] else { return nil }
            return (field, colon)
        }
    }

    /// True when `value` is at least two characters wrapped in matching `"` or `'`.
    private static func isQuoted(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard utf8.count >= 2, let head = utf8.first, head == 0x22 || head == 0x27 else { return false }
        guard let tail = utf8.last, tail == head else { return false }
        // Plain ASCII next to both quote marks: each mark is a character of its own.
        let second = utf8[utf8.index(after: utf8.startIndex)]
        let beforeLast = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        if second < 0x80 && beforeLast < 0x80 && second != 0x0D && beforeLast != 0x0D { return true }
        guard value.count >= 2, let first = value.first, let last = value.last else { return false }
        return (first == "\"" && last == "\"") || (first == "'" && last == "'")
    }

    private static let keys: [String: MetadataField] = [
        "event": .event, "forum": .event, "date": .date, "source": .source, "url": .source,
        "title": .title, "language": .language, "lang": .language,
        "мероприятие": .event, "форум": .event, "событие": .event, "дата": .date, "источник": .source,
        "название": .title, "заголовок": .title, "язык": .language,
    ]

    /// `keys`, looked up from the bytes of a line.
    private static let keyTable = FoldedKeyTable(keys.map { ($0.key, $0.value) })

    private static let languages: [String: Language] = [
        "en": .en, "eng": .en, "english": .en, "английский": .en, "англ": .en,
        "ru": .ru, "rus": .ru, "russian": .ru, "русский": .ru, "рус": .ru,
        "zh": .zh, "chi": .zh, "zho": .zh, "chinese": .zh, "китайский": .zh, "中文": .zh,
    ]
}
