/// Brings a Russian name in the genitive case («По словам Алексея Чекункова») back to the
/// nominative («Алексей Чекунков»), and compares names across cases.
public enum RussianNameCase {
    /// True when `genitive` is `nominative` in another case: each word shares all but its last
    /// two letters.
    public static func matches(genitive: String, nominative: String) -> Bool {
        let g = genitive.lowercasedFast().words()
        let n = nominative.lowercasedFast().words()
        guard g.count == n.count, !g.isEmpty else { return false }
        for (a, b) in zip(g, n) where a != b {
            let common = zip(a, b).prefix(while: { $0 == $1 }).count
            guard common >= 2, common >= max(a.count, b.count) - 2 else { return false }
        }
        return true
    }

    /// A best guess at the nominative of a genitive name, word by word.
    public static func nominative(ofGenitive name: String) -> String {
        name.words().map { word -> String in
            let w = String(word)
            let rules: [(String, String)] = [
                ("ского", "ский"), ("цкого", "цкий"), ("ой", "а"), ("ова", "ов"), ("ёва", "ёв"), ("ева", "ев"),
                ("ина", "ин"), ("ына", "ын"), ("ея", "ей"), ("ия", "ий"), ("ьи", "ья"), ("ии", "ия"), ("ы", "а"),
                ("ки", "ка"), ("ги", "га"), ("а", ""), ("я", "ь"),
            ]
            // Names in -й, short ones too: «Вэя» → «Вэй», «Тая» → «Тай».
            for (suffix, replacement) in [("ая", "ай"), ("эя", "эй"), ("оя", "ой"), ("уя", "уй")] where w.hasSuffix(suffix) && w.count > suffix.count {
                return String(w.dropLast(suffix.count)) + replacement
            }
            for (suffix, replacement) in rules where w.hasSuffix(suffix) && w.count > suffix.count + 1 {
                return String(w.dropLast(suffix.count)) + replacement
            }
            return w
        }.joined(separator: " ")
    }
}
