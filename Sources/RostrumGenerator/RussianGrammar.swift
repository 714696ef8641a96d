/// The bits of Russian grammar the generator needs: plural forms after numbers, genitive of
/// names, and past-tense verb agreement.
enum RussianGrammar {
    /// Grammatical gender (or plural) of a subject, for verb agreement.
    enum Gender: Sendable { case masculine, feminine, neuter, plural }

    /// "1 проект", "2 проекта", "5 проектов".
    static func plural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let n100 = n % 100
        if (11...14).contains(n100) { return many }
        switch n % 10 {
        case 1: return one
        case 2, 3, 4: return few
        default: return many
        }
    }

    /// True when the noun after `n` takes the genitive plural, so that a preposition such as
    /// «более» or «около» does not change its form.
    static func takesManyForm(_ n: Int) -> Bool {
        let n100 = n % 100
        if (11...14).contains(n100) { return true }
        let last = n % 10
        return last == 0 || last >= 5
    }

    /// Picks the verb form for the subject's gender: (masculine, feminine, neuter, plural).
    static func agree(_ forms: (String, String, String, String), _ gender: Gender) -> String {
        switch gender {
        case .masculine: forms.0
        case .feminine: forms.1
        case .neuter: forms.2
        case .plural: forms.3
        }
    }

    /// Past tense by the speaker's sex: "отметил" / "отметила".
    static func past(_ masculine: String, female: Bool) -> String { female ? masculine + "а" : masculine }

    private static let consonants: Set<Character> = Set("бвгджзклмнпрстфхцчшщ")
    private static let hushing: Set<Character> = Set("гкхжшщч")

    /// The genitive of one word of a name, by the rules Russian applies to native and foreign names.
    static func genitive(_ word: String, female: Bool, isSurname: Bool, declinable: Bool = true) -> String {
        guard declinable, let last = word.last else { return word }
        if female {
            if word.hasSuffix("ая") { return String(word.dropLast(2)) + "ой" }
            if word.hasSuffix("ия") || word.hasSuffix("ья") { return String(word.dropLast()) + "и" }
            if last == "а" {
                if isSurname, word.hasSuffix("ова") || word.hasSuffix("ева") || word.hasSuffix("ёва")
                    || word.hasSuffix("ина") || word.hasSuffix("ына")
                {
                    return String(word.dropLast()) + "ой"
                }
                let before = word.dropLast().last
                if let b = before, hushing.contains(b) { return String(word.dropLast()) + "и" }
                return String(word.dropLast()) + "ы"
            }
            return word
        }
        if word.hasSuffix("ский") || word.hasSuffix("цкий") { return String(word.dropLast(2)) + "ого" }
        if last == "й" || last == "ь" { return String(word.dropLast()) + "я" }
        if consonants.contains(last) { return word + "а" }
        return word
    }
}
