/// Tells whether a phrase has the shape of a person's name, in Latin or Cyrillic script.
///
/// A name is one to five capitalised words (hyphens, apostrophes and initials allowed, particles
/// such as "de", "van", "bin" in lower case), without digits, and not a pronoun or function word.
public enum NameShape {
    static let particles: Set<Substring> = ["de", "da", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "y",
        "де", "да", "ди", "ван", "фон", "дер", "бин", "ибн", "аль", "эль", "ла", "ле", "дю"]
    static let notNames: Set<Substring> = [
        "The", "This", "That", "These", "Those", "It", "We", "Our", "They", "Their", "He", "She", "His", "Her", "You",
        "I", "In", "On", "At", "For", "According", "As", "But", "And", "So", "If", "When", "While", "Yet", "Also",
        "All", "Some", "Many", "Most", "One", "Participants", "Experts", "Speakers", "Today", "Now", "There", "Here",
        "What", "Why", "How", "Who", "Which", "No", "Yes", "Thank", "Thanks", "Dear", "Good", "Ladies", "Colleagues",
        "Он", "Она", "Они", "Мы", "Это", "Этот", "Эта", "В", "На", "По", "Как", "Но", "И", "А", "Если", "Когда",
        "Участники", "Эксперты", "Спикеры", "Все", "Сегодня", "Теперь", "Там", "Здесь", "Что", "Почему", "Спасибо",
        "Коллеги", "Уважаемые", "Добрый", "Да", "Нет", "Также", "При", "Для", "Из", "С", "Среди",
    ]

    static let particleSet = WordSet(particles.map(String.init))
    static let notNameSet = WordSet(notNames.map(String.init))

    static let surnamesLikeFunctionWords: Set<Substring> = ["He", "You", "Yu", "Ma", "Du"]

    /// True when `phrase` looks like a person's name.
    public static func isPersonName(_ phrase: Substring) -> Bool {
        guard phrase.utf8.count <= 160 else { return false }
        // Native text is contiguous: its bytes are read in place (see `isPersonName(bytes:)`).
        if let answer = phrase.utf8.withContiguousStorageIfAvailable({ isPersonName(bytes: $0) }), let answer { return answer }
        return isPersonNameByScalars(phrase)
    }

    /// `isPersonName` by a walk over the phrase's scalars: the reference for the byte reading.
    static func isPersonNameByScalars(_ phrase: Substring) -> Bool {
        guard phrase.utf8.count <= 160, let head = phrase.unicodeScalars.first, head.isUppercaseFast else { return false }
        // The words are read in place, split at single spaces as `words()` splits them: this runs
        // for nearly every attribution candidate, and an array of words per call was a good part
        // of its cost. Every early exit answers false, so checking words before counting them all
        // gives the same answer as counting first.
        let utf8 = phrase.utf8
        var count = 0
        var capitalised = 0
        var firstWord: Substring?
        var start = utf8.startIndex
        var index = utf8.startIndex
        while true {
            let atEnd = index == utf8.endIndex
            if atEnd || utf8[index] == UInt8(ascii: " ") {
                if start < index {
                    let word = phrase[start..<index]
                    count += 1
                    if count > 7 { return false }
                    if firstWord == nil { firstWord = word }
                    switch wordShape(word) {
                    case .rejected: return false
                    case .particle: break
                    case .capitalised: capitalised += 1
                    }
                }
                if atEnd { break }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        guard count >= 1, let first = firstWord else { return false }
        // "He" is a pronoun alone but a Chinese surname before a given name ("He Zhenwei").
        if notNameSet.contains(first), !(count > 1 && surnamesLikeFunctionWords.contains(first)) {
            return false
        }
        return capitalised >= 1
    }

    /// What one word of a candidate name is.
    private enum WordShape {
        case capitalised, particle, rejected
    }

    /// A word of a name: capitalised letters (with hyphens, apostrophes, periods), a lower-case
    /// particle, or anything else (which rejects the phrase).
    private static func wordShape(_ word: Substring) -> WordShape {
        guard let first = word.unicodeScalars.first else { return .particle }
        if !first.isUppercaseFast {
            return particleSet.contains(word) ? .particle : .rejected
        }
        var lowercase = 0
        for scalar in word.unicodeScalars {
            if scalar.isAlphabeticFast {
                if scalar.isLowercaseFast { lowercase += 1 }
                continue
            }
            if scalar == "-" || scalar == "'" || scalar == "’" || scalar == "." { continue }
            return .rejected
        }
        // "Ltd." or an all-capital acronym of three or more letters is an organisation, not a name.
        if lowercase == 0, word.unicodeScalars.count >= 3, !word.utf8.contains(UInt8(ascii: "-")) {
            return .rejected
        }
        return .capitalised
    }

    /// Number of words in a name.
    static func wordCount(_ phrase: Substring) -> Int {
        phrase.words().count
    }
}
