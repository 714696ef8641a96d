/// Recognises the shape of a person's name — one to five capitalised words, or the same in
/// capitals — and normalises capitals to title case ("ZHOU LIQUN" → "Zhou Liqun",
/// "ЧЖОУ ЛИЦЮНЬ" → "Чжоу Лицюнь").
///
/// Used for transcript turn labels and participants lists, where a name is all the reader
/// has to go on.
enum PersonName {
    /// The normalised name if `text` has the shape of a name, else nil.
    static func normalized(_ text: String) -> String? {
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
            if !(first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter) {
                // Lower-case particles ("van", "de", "bin") only inside a name.
                guard index > 0, index < words.count - 1, particles.contains(String(word)) else { return nil }
                allCaps = false
            }
            for scalar in word.unicodeScalars {
                if scalar.properties.isAlphabetic {
                    letters += 1
                    if scalar.properties.isLowercase { allCaps = false }
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

    /// "JEAN-CLAUDE O'NEIL" → "Jean-Claude O'Neil": a capital after a space, a hyphen, or an
    /// apostrophe that follows a single letter; lower case elsewhere.
    static func titleCased(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var capitalizeNext = true
        var lettersInSegment = 0
        for character in text.lowercased() {
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
