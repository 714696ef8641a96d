/// A cautious guess at the grammatical gender of a speaker's name, so that "she said" after a
/// man's quote finds the woman quoted before him.
///
/// Russian surnames and first names say it most of the time (Иванова, Анна, Ivanova, Olga); names
/// whose form says nothing (most Chinese, Korean and Japanese names) give nil.
public enum GenderGuess {
    /// The grammatical gender a pronoun or a verb form gives.
    public enum Gender: Sendable, Hashable { case female, male }

    private static let femaleSurnameEndings = ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая", "ova", "eva", "yova", "ina", "yna", "skaya", "tskaya", "aya"]
    private static let maleFirstNamesInA: Set<String> = ["илья", "никита", "кузьма", "фома", "лука", "савва", "ilya", "nikita", "luca", "joshua", "savva", "kuzma", "foma", "luka", "andrea", "mustafa", "musa", "isa"]
    private static let maleSurnameEndings = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ov", "ev", "in", "yn", "sky", "skiy", "skii"]

    /// The gender a name suggests, or nil when it does not say.
    public static func gender(of name: String) -> Gender? {
        let words = name.lowercasedFast().words()
        guard let first = words.first, let last = words.last, words.count >= 2 else { return nil }
        if femaleSurnameEndings.contains(where: { last.hasSuffix($0) }) && last.count > 4 { return .female }
        if maleSurnameEndings.contains(where: { last.hasSuffix($0) }) && last.count > 4 { return .male }
        if maleFirstNamesInA.contains(String(first)) { return .male }
        if first.count > 2, first.hasSuffix("а") || first.hasSuffix("я") || first.hasSuffix("a") { return .female }
        return nil
    }

    /// The gender of "he"/"she", «он»/«она», or of a Russian past-tense verb («ответила»).
    static func gender(ofPronounOrVerb word: String) -> Gender? {
        switch word {
        case "he", "his", "him", "он", "его", "ему": return .male
        case "she", "her", "она", "её", "ее", "ей": return .female
        default:
            if word.hasSuffix("ла") || word.hasSuffix("лась") { return .female }
            if word.hasSuffix("л") || word.hasSuffix("лся") { return .male }
            return nil
        }
    }
}
