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
        guard phrase.utf8.count <= 160, let head = phrase.unicodeScalars.first, head.isUppercaseFast else { return false }
        let words = phrase.words()
        guard (1...7).contains(words.count) else { return false }
        var capitalised = 0
        for word in words {
            guard let first = word.unicodeScalars.first else { continue }
            if !first.isUppercaseFast {
                if particleSet.contains(word) { continue }
                return false
            }
            var lowercase = 0
            for scalar in word.unicodeScalars {
                if scalar.isAlphabeticFast {
                    if scalar.isLowercaseFast { lowercase += 1 }
                    continue
                }
                if scalar == "-" || scalar == "'" || scalar == "’" || scalar == "." { continue }
                return false
            }
            // "Ltd." or an all-capital acronym of three or more letters is an organisation, not a name.
            if lowercase == 0, word.unicodeScalars.count >= 3, !word.utf8.contains(UInt8(ascii: "-")) {
                return false
            }
            capitalised += 1
        }
        // "He" is a pronoun alone but a Chinese surname before a given name ("He Zhenwei").
        if let first = words.first, notNameSet.contains(first), !(words.count > 1 && surnamesLikeFunctionWords.contains(first)) {
            return false
        }
        return capitalised >= 1
    }

    /// Number of words in a name.
    static func wordCount(_ phrase: Substring) -> Int {
        phrase.words().count
    }
}
