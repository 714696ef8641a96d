/// Brings a Russian name in the genitive case («По словам Алексея Чекункова», «По словам Ирины
/// Ольховской») back to the nominative («Алексей Чекунков», «Ирина Ольховская»), and compares
/// names across cases.
public enum RussianNameCase {
    /// True when `genitive` is `nominative` in another case: each word shares all but its last
    /// two letters, or is the nominative's genitive by the rules below («Ковальского», «Льва»).
    public static func matches(genitive: String, nominative: String) -> Bool {
        guard mayMatch(genitive, nominative) else { return false }
        let g = genitive.lowercasedFast().words()
        let n = nominative.lowercasedFast().words()
        guard g.count == n.count, !g.isEmpty else { return false }
        for (a, b) in zip(g, n) where a != b {
            let common = zip(a, b).prefix(while: { $0 == $1 }).count
            if common >= 2, common >= max(a.count, b.count) - 2 { continue }
            // The rules only when the words start alike: most pairs compared are different names.
            guard common >= 1, Self.nominative(ofWord: String(a)) == b else { return false }
        }
        return true
    }

    /// False when `matches(genitive:nominative:)` is surely false, found from the bytes without
    /// lower-casing: both names plain (`UTF8Bytes.isPlain`: every Character one scalar) and a
    /// different number of words, or a pair of words whose first letters differ in any case.
    /// Most names a genitive is compared with are other people's, and this lets them go.
    static func mayMatch(_ genitive: String, _ nominative: String) -> Bool {
        let answer = genitive.utf8.withContiguousStorageIfAvailable { g in
            nominative.utf8.withContiguousStorageIfAvailable { n in mayMatch(g, n) }
        }
        return (answer ?? nil) ?? true
    }

    private static let unknownCase: UInt32 = .max

    private static func mayMatch(_ g: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard UTF8Bytes.isPlain(g), UTF8Bytes.isPlain(n) else { return true }
        var i = 0
        var j = 0
        while true {
            while i < g.count && g[i] == 0x20 { i += 1 }
            while j < n.count && n[j] == 0x20 { j += 1 }
            let gDone = i >= g.count
            let nDone = j >= n.count
            if gDone || nDone { return gDone && nDone }
            let a = folded(g, i)
            let b = folded(n, j)
            if a != b && a != unknownCase && b != unknownCase { return false }
            while i < g.count && g[i] != 0x20 { i += 1 }
            while j < n.count && n[j] != 0x20 { j += 1 }
        }
    }

    /// The lower-case form of the plain scalar at `i` (ASCII, or two bytes led by 0xD0/0xD1), as
    /// `lowercased()` gives it, packed in an integer; `unknownCase` for the historic letters
    /// U+0460…U+047F, whose case this does not map.
    private static func folded(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        let lead = b[i]
        if lead < 0x80 { return UInt32(lead &- 0x41 < 26 ? lead | 0x20 : lead) }
        guard i + 1 < b.count else { return unknownCase }
        let c = b[i + 1]
        if lead == 0xD0 || lead == 0xD1 {
            return FastCase.lowercasedCyrillic(lead, c).map(UInt32.init) ?? unknownCase
        }
        return UInt32(lead) << 8 | UInt32(c)
    }

    /// Genitive endings and their nominatives, longest first; a word must keep at least two
    /// letters before the ending.
    ///
    /// Feminine surnames: possessive ones (-ова, -ева, -ёва, -ина, -ына) take -ой in the genitive
    /// and give it back as -а; adjectival ones (-ская, -цкая, and any other -ая: Толстая, Горькая)
    /// take -ой too and give it back as -ая. Masculine surnames never end in -ой in the genitive
    /// (Толстой → Толстого), so the -ой rules cannot break them.
    private static let rules: [(String, String)] = [
        ("ского", "ский"), ("цкого", "цкий"), ("ской", "ская"), ("цкой", "цкая"),
        ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
        ("ой", "ая"), ("ова", "ов"), ("ёва", "ёв"), ("ева", "ев"),
        ("ина", "ин"), ("ына", "ын"), ("ея", "ей"), ("ия", "ий"), ("ьи", "ья"), ("ии", "ия"), ("ы", "а"),
        // After к, г, х, ж, ч, ш, щ the genitive of -а is written -и: Ольги, Рукши, Гайдамаки.
        ("ки", "ка"), ("ги", "га"), ("хи", "ха"), ("жи", "жа"), ("чи", "ча"), ("ши", "ша"), ("щи", "ща"),
        ("а", ""), ("я", "ь"),
    ]

    /// First names whose vowel drops in the other cases: «Павла» is «Павел», «Льва» is «Лев».
    /// Compared as bytes: hashing a Cyrillic String normalises it first.
    private static let fleetingVowels: [(genitive: String, nominative: String)] = [
        ("Павла", "Павел"), ("Льва", "Лев"), ("павла", "павел"), ("льва", "лев"),
    ]

    /// A best guess at the nominative of a genitive name, word by word.
    public static func nominative(ofGenitive name: String) -> String {
        name.words().map { nominative(ofWord: String($0)) }.joined(separator: " ")
    }

    /// The nominative of one word of a genitive name.
    private static func nominative(ofWord w: String) -> String {
        for pair in fleetingVowels where w.utf8.elementsEqual(pair.genitive.utf8) { return pair.nominative }
        // Names in -й, short ones too: «Вэя» → «Вэй», «Тая» → «Тай».
        for (suffix, replacement) in [("ая", "ай"), ("эя", "эй"), ("оя", "ой"), ("уя", "уй")] where w.hasSuffix(suffix) && w.count > suffix.count {
            return String(w.dropLast(suffix.count)) + replacement
        }
        for (suffix, replacement) in rules where w.hasSuffix(suffix) && w.count > suffix.count + 1 {
            return String(w.dropLast(suffix.count)) + replacement
        }
        return w
    }
}
