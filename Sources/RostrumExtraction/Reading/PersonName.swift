/// Recognises the shape of a person's name — one to five capitalised words, or the same in
/// capitals — and normalises capitals to title case ("ZHOU LIQUN" → "Zhou Liqun",
/// "ЧЖОУ ЛИЦЮНЬ" → "Чжоу Лицюнь").
///
/// Used for transcript turn labels and participants lists, where a name is all the reader
/// has to go on.
enum PersonName {
    /// The normalised name if `text` has the shape of a name, else nil.
    static func normalized(_ text: String) -> String? {
        var copy = text
        if let answer = copy.withUTF8({ normalizedOnBytes($0) }) {
            // `.some(true)`: the name, whose words are already joined by single spaces.
            guard let (isName, allCaps) = answer, isName else { return nil }
            return allCaps ? titleCased(text) : text
        }
        return normalizedGeneral(text)
    }

    /// `normalized` decided on the bytes of text made of ASCII (letters, spaces, "-", "'", ".")
    /// and U+0400–U+045F: whether it is a name and whether it is written in capitals (then
    /// title-cased), or nil when the text holds anything else (the general path decides).
    ///
    /// In such text every scalar is a Character of its own; when no space starts or ends it and
    /// none follows another, its words joined by single spaces are the text itself.
    static func normalizedOnBytes(_ text: UnsafeBufferPointer<UInt8>) -> (isName: Bool, allCaps: Bool)?? {
        let n = text.count
        guard n > 0, text[0] != 0x20, text[n - 1] != 0x20 else { return nil }
        var words = 0
        var letters = 0
        var allCaps = true
        var refused = false
        var i = 0
        while i < n {
            // One word: i is its first byte.
            let wordStart = i
            var wordEnd = i
            while wordEnd < n && text[wordEnd] != 0x20 { wordEnd += 1 }
            if wordEnd + 1 < n && text[wordEnd + 1] == 0x20 { return nil }  // two spaces
            words += 1
            if words > 5 { refused = true }
            let b = text[i]
            let upper: Bool
            if b < 0x80 {
                upper = b &- 0x41 < 26
            } else {
                guard b == 0xD0 || b == 0xD1, i + 1 < n else { return nil }
                upper = b == 0xD0 && text[i + 1] < 0xB0
            }
            var lowerASCIIOnly = true
            var k = wordStart
            while k < wordEnd {
                let c = text[k]
                if c < 0x80 {
                    if c &- 0x61 < 26 {
                        letters += 1
                        allCaps = false
                    } else if c &- 0x41 < 26 {
                        letters += 1
                        lowerASCIIOnly = false
                    } else if c == 0x2D || c == 0x27 || c == 0x2E {
                        lowerASCIIOnly = false
                    } else {
                        // A digit or other mark: not a name, unless something later needs the general path.
                        refused = true
                        lowerASCIIOnly = false
                    }
                    k += 1
                } else {
                    guard (c == 0xD0 || c == 0xD1), k + 1 < wordEnd else { return nil }
                    let d = text[k + 1]
                    if c == 0xD1 && d >= 0xA0 { return nil }
                    letters += 1
                    lowerASCIIOnly = false
                    if !(c == 0xD0 && d < 0xB0) { allCaps = false }
                    k += 2
                }
            }
            if !upper {
                // Lower-case particles ("van", "de", "bin") only inside a name.
                let inside = words > 1 && wordEnd < n
                if lowerASCIIOnly && inside && particles.contains(String(decoding: UnsafeBufferPointer(rebasing: text[wordStart..<wordEnd]), as: UTF8.self)) {
                    allCaps = false
                } else {
                    refused = true
                }
            }
            i = wordEnd + 1
        }
        if refused || letters == 0 { return .some((false, false)) }
        return .some((true, allCaps && letters > 1))
    }

    /// `normalized` on Characters and strings, for any text.
    static func normalizedGeneral(_ text: String) -> String? {
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) {
            words.append(word)
            if words.count > 5 { return nil }
        }
        guard !words.isEmpty else { return nil }
        var allCaps = true
        var letters = 0
        for (index, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first else { return nil }
            if !(first.isUppercaseFast || first.properties.generalCategory == .titlecaseLetter) {
                // Lower-case particles ("van", "de", "bin") only inside a name.
                guard index > 0, index < words.count - 1, particles.contains(String(word)) else { return nil }
                allCaps = false
            }
            for scalar in word.unicodeScalars {
                if scalar.isAlphabeticFast {
                    letters += 1
                    if scalar.isLowercaseFast { allCaps = false }
                } else if !(scalar == "-" || scalar == "'" || scalar == "’" || scalar == ".") {
                    return nil
                }
            }
        }
        guard letters > 0 else { return nil }
        let joined = words.joined(separator: " ")
        if allCaps && letters > 1 { return titleCased(joined) }
        return joined
    }

    /// True when `normalized` is certain to refuse the collapsed text of `bytes[start..<end]`,
    /// decided without building it: more than five words, a word of lower-case ASCII letters
    /// that is not a name particle ("Russia and China", "Partnership in a Changing World"), or a
    /// word after the first that starts with a lower-case Cyrillic letter («Россия и Китай»;
    /// every particle is Latin).
    static func cannotBeName(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var words = 0
        var i = start
        while i < end {
            let gapStart = i
            while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
            guard i < end else { break }
            let wordStart = i
            if wordStart > gapStart, startsWithLowercaseCyrillic(bytes, at: wordStart, end: end),
                endsWithLetterOrVisibleASCII(bytes, before: gapStart, from: start)
            {
                // The gap collapses to one space that stands alone as a Character (nothing before
                // it can prepend, nothing after it extends), so the name splits there.
                return true
            }
            var allLower = true
            var hasLetter = false
            while i < end && bytes[i] != 0x20 && bytes[i] != 0x09 {
                let b = bytes[i]
                if b >= 0x61 && b <= 0x7A || b >= 0x41 && b <= 0x5A { hasLetter = true }
                if !(b >= 0x61 && b <= 0x7A) { allLower = false }
                i += 1
            }
            if hasLetter { words += 1 }
            if words > 5 { return true }
            if allLower && !particles.contains(String(decoding: bytes[wordStart..<i], as: UTF8.self)) { return true }
        }
        return false
    }

    /// Whether the scalar at `i` is a lower-case basic Cyrillic letter (U+0430–U+045F).
    @inline(__always)
    private static func startsWithLowercaseCyrillic(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
        guard i + 1 < end else { return false }
        let b = bytes[i], c = bytes[i + 1]
        return (b == 0xD0 && c >= 0xB0 && c <= 0xBF) || (b == 0xD1 && c >= 0x80 && c <= 0x9F)
    }

    /// Whether the byte before `i` (within `start..<i`) is visible ASCII or ends a basic Cyrillic letter.
    @inline(__always)
    private static func endsWithLetterOrVisibleASCII(_ bytes: [UInt8], before i: Int, from start: Int) -> Bool {
        guard i > start else { return false }
        let b = bytes[i - 1]
        if b < 0x80 { return b > 0x20 && b < 0x7F }
        return b < 0xC0 && i - 2 >= start && (bytes[i - 2] == 0xD0 || bytes[i - 2] == 0xD1)
    }

    /// "JEAN-CLAUDE O'NEIL" → "Jean-Claude O'Neil": a capital after a space, a hyphen, or an
    /// apostrophe that follows a single letter; lower case elsewhere.
    static func titleCased(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var capitalizeNext = true
        var lettersInSegment = 0
        for character in text.lowercasedFast() {
            if character == " " || character == "-" {
                result.append(character)
                capitalizeNext = true
                lettersInSegment = 0
            } else if character == "'" || character == "’" {
                result.append(character)
                capitalizeNext = lettersInSegment == 1
                lettersInSegment = 0
            } else if capitalizeNext && character.isLetter {
                result += character.uppercased()
                capitalizeNext = false
                lettersInSegment += 1
            } else {
                result.append(character)
                if character.isLetter { lettersInSegment += 1 }
            }
        }
        return result
    }

    private static let particles: Set<String> = [
        "van", "von", "de", "del", "della", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "ibn",
        "dos", "das", "ter", "y", "zu",
    ]
}
