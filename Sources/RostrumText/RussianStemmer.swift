/// The Snowball Russian stemmer: perfective gerund, reflexive, adjectival (adjective with
/// optional participle), verb and noun endings in RV; final "и"; derivational "ост(ь)" in R2;
/// superlative "ейш(е)", double "нн" and final "ь"; then the fleeting vowel of the last syllable
/// (`dropFleetingVowel`), which Snowball leaves: «грузоперевозок» and «грузоперевозки» share a stem.
/// Words of two letters are left whole («ИИ», «АО», «её»).
///
/// «инвестиции», «инвестиций», «инвестициями» → «инвестиц»; «товарооборота» → «товарооборот».
/// Input is a lower-case word with "ё" already folded to "е" (as `Folding` makes it); it works
/// on the scalar buffer in place.
public enum RussianStemmer {
    /// The stem of a lower-case Russian word (ё is treated as е).
    public static func stem(_ word: String) -> String {
        var folded = false
        var scalars: [Unicode.Scalar] = word.unicodeScalars.map { scalar in
            guard scalar == "ё" else { return scalar }
            folded = true
            return "е"
        }
        guard stem(&scalars) || folded else { return word }
        var result = String()
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    private typealias Word = [Unicode.Scalar]

    /// A suffix table: every suffix's scalars in one array, entries sorted longest first so that
    /// the first match is the longest. Entries are plain values, so scanning costs no ARC.
    private struct Table {
        struct Entry {
            let start: Int
            let count: Int
            /// Group 1 suffixes must follow "а" or "я".
            let afterAYa: Bool
        }

        let scalars: [Unicode.Scalar]
        /// Entries grouped by their last letter (а…я), longest first within a group: the group of
        /// letter `c` is `entries[groupStarts[c - "а"]..<groupStarts[c - "а" + 1]]`.
        let entries: [Entry]
        let groupStarts: [Int]
    }

    /// Letters а…я: the last letter of every suffix.
    private static let firstLetter: UInt32 = 0x430
    private static let letterCount = 32

    private static func table(_ group1: [String], _ group2: [String] = []) -> Table {
        let all = (group1.map { ($0, true) } + group2.map { ($0, false) })
            .sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
        var scalars: [Unicode.Scalar] = []
        var groups = [[Table.Entry]](repeating: [], count: letterCount)
        for (suffix, afterAYa) in all {
            let entry = Table.Entry(start: scalars.count, count: suffix.unicodeScalars.count, afterAYa: afterAYa)
            scalars.append(contentsOf: suffix.unicodeScalars)
            guard let last = suffix.unicodeScalars.last, last.value &- firstLetter < UInt32(letterCount) else { continue }
            groups[Int(last.value - firstLetter)].append(entry)
        }
        var entries: [Table.Entry] = []
        var groupStarts: [Int] = []
        for group in groups {
            groupStarts.append(entries.count)
            entries.append(contentsOf: group)
        }
        groupStarts.append(entries.count)
        return Table(scalars: scalars, entries: entries, groupStarts: groupStarts)
    }

    private static let perfectiveGerund = table(["в", "вши", "вшись"], ["ив", "ыв", "ивши", "ывши", "ившись", "ывшись"])
    private static let adjective = table([], [
        "ее", "ие", "ое", "ые", "ими", "ыми", "ей", "ий", "ой", "ый", "ем", "им", "ом", "ым", "его", "ого",
        "ему", "ому", "их", "ых", "ею", "ою", "ую", "юю", "ая", "яя",
    ])
    private static let participle = table(["ем", "нн", "вш", "ющ", "щ"], ["ивш", "ывш", "ующ"])
    private static let reflexive = table([], ["ся", "сь"])
    private static let verb = table(
        ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
        [
            "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен",
            "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю",
        ]
    )
    private static let noun = table([], [
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й",
        "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия",
        "ья", "я",
    ])
    private static let derivational = table([], ["ост", "ость"])
    private static let superlative = table([], ["ейше", "ейш"])

    @inline(__always)
    private static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "а", "е", "и", "о", "у", "ы", "э", "ю", "я": return true
        default: return false
        }
    }

    /// The longest entry of `table` that ends `w` and starts at or after `limit`.
    private static func longest(_ w: Word, _ table: Table, limit: Int) -> Table.Entry? {
        let n = w.count
        guard let last = w.last else { return nil }
        let letter = last.value &- firstLetter
        guard letter < UInt32(letterCount) else { return nil }
        let scalars = table.scalars
        let group = Int(letter)
        for position in table.groupStarts[group]..<table.groupStarts[group + 1] {
            let entry = table.entries[position]
            let m = entry.count
            guard n - m >= limit else { continue }
            var k = 0
            while k < m - 1 {
                if w[n - m + k] != scalars[entry.start + k] { break }
                k += 1
            }
            if k == m - 1 { return entry }
        }
        return nil
    }

    /// Removes the longest suffix of `table` found in RV (from `rv`), honouring the "а/я"
    /// condition of group 1 entries. Returns whether a suffix was removed.
    private static func removeLongest(_ w: inout Word, _ table: Table, rv: Int) -> Bool {
        guard let entry = longest(w, table, limit: rv) else { return false }
        let bra = w.count - entry.count
        if entry.afterAYa {
            guard bra - 1 >= rv, w[bra - 1] == "а" || w[bra - 1] == "я" else { return false }
        }
        w.removeLast(entry.count)
        return true
    }

    /// Stems `w` in place; returns whether it changed.
    @discardableResult
    static func stem(_ w: inout [Unicode.Scalar]) -> Bool {
        let n = w.count
        // Two letters are a word of their own, not a stem and an ending: «ИИ» (AI) must not become
        // «и» (and), nor «АО» «а», nor «её» «е».
        guard n > 2 else { return false }
        // Regions: RV after the first vowel; R2 as usual.
        var rv = n, p2 = n
        var k = 0
        while k < n && !isVowel(w[k]) { k += 1 }
        if k < n {
            rv = k + 1
            k += 1
            while k < n && isVowel(w[k]) { k += 1 }
            if k < n {
                k += 1
                while k < n && !isVowel(w[k]) { k += 1 }
                if k < n {
                    k += 1
                    while k < n && isVowel(w[k]) { k += 1 }
                    if k < n { p2 = k + 1 }
                }
            }
        }
        guard rv < n else { return false }

        // Step 1
        if !removeLongest(&w, perfectiveGerund, rv: rv) {
            _ = removeLongest(&w, reflexive, rv: rv)
            if removeLongest(&w, adjective, rv: rv) {
                _ = removeLongest(&w, participle, rv: rv)
            } else if !removeLongest(&w, verb, rv: rv) {
                _ = removeLongest(&w, noun, rv: rv)
            }
        }
        // Step 2: final "и"
        if w.count - 1 >= rv, w.last == "и" { w.removeLast() }
        // Step 3: derivational "ост", "ость" in R2
        if let entry = longest(w, derivational, limit: rv), w.count - entry.count >= p2 {
            w.removeLast(entry.count)
        }
        // Step 4: superlative then "нн" → "н", or "нн" → "н", or final "ь"
        if let entry = longest(w, superlative, limit: rv) {
            w.removeLast(entry.count)
            undouble(&w, rv: rv)
        } else if w.count - 1 >= rv, w.last == "н" {
            undouble(&w, rv: rv)
        } else if w.count - 1 >= rv, w.last == "ь" {
            w.removeLast()
        }
        let vowelDropped = dropFleetingVowel(&w)
        return w.count != n || vowelDropped
    }

    /// Step 5 (Rostrum's, beyond Snowball): the fleeting vowel of the last syllable goes, so that
    /// the forms with and without it share one stem: «грузоперевозок» (genitive plural) and
    /// «грузоперевозки» → «грузоперевозк», «рынок» and «рынка» → «рынк», «продавец» and «продавцы»
    /// → «продавц», «уровень» and «уровне» → «уровн»; after a vowel the «е» is «й» in the other
    /// forms: «копеек»/«копейки» → «копейк», «китаец»/«китайцы» → «китайц».
    ///
    /// It is a function of the Snowball stem alone (a stem ending in a consonant, «о» or «е», and
    /// «к» or «ц», or a consonant, «е» and «н»; at least two letters before the vowel), so every
    /// form that Snowball gave one stem still shares one, and an index of Snowball stems is brought
    /// up to date by applying it to each stored term (`fleetingVowelStem`). Returns whether it changed `w`.
    @discardableResult
    static func dropFleetingVowel(_ w: inout [Unicode.Scalar]) -> Bool {
        let n = w.count
        guard n >= 4 else { return false }
        let last = w[n - 1], vowel = w[n - 2], before = w[n - 3]
        switch last {
        case "к", "ц":
            guard vowel == "о" || vowel == "е" else { return false }
        case "н":
            guard vowel == "е" else { return false }
        default:
            return false
        }
        guard before.value &- firstLetter < UInt32(letterCount) else { return false }
        if isVowel(before) {
            guard vowel == "е", last != "н" else { return false }
            w[n - 2] = "й"
            return true
        }
        guard before != "й", before != "ь", before != "ъ" else { return false }
        w.remove(at: n - 2)
        return true
    }

    /// A stem as an earlier Rostrum (plain Snowball) made it, brought to the current stemmer's form:
    /// the fleeting vowel of `dropFleetingVowel(_:)` removed. Terms that are not basic Russian letters
    /// come back unchanged. Used to update a full-text index written before step 5.
    public static func fleetingVowelStem(_ term: String) -> String {
        var scalars = Array(term.unicodeScalars)
        guard scalars.allSatisfy({ $0.value &- firstLetter < UInt32(letterCount) }), dropFleetingVowel(&scalars) else { return term }
        var result = String()
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// Turns a final "нн" inside RV into "н".
    private static func undouble(_ w: inout Word, rv: Int) {
        let n = w.count
        if n - 2 >= rv, w[n - 1] == "н", w[n - 2] == "н" { w.removeLast() }
    }
}
