import RostrumText

/// Chinese names written in Cyrillic by the Palladius system, read back as Hanyu Pinyin, so that
/// «Чжан Вэймин» meets "Zhang Weiming" and «Ван Цзяньго» meets "Wang Jianguo".
///
/// A name converts only when `pinyinName` accepts it, so Russian names («Александр Воронин»:
/// «-ов», «-ин» after a consonant are no syllables) keep their ordinary transliteration. The
/// letters are case-folded Cyrillic (ё folded to е).
enum Palladius {
    /// The pinyin of `words` (a folded Cyrillic name) when they read as a Chinese name, else nil:
    /// one to three words, one at either end a common Chinese surname, every word Palladius
    /// syllables, and every other word either one syllable («Пин») or marked as Palladius by a
    /// spelling Russian names do not use («цз», «чж», «э», «ь», «юй», «ао», «оу», «ся», «сю»…). The
    /// guards keep «Анна Ли» ("Anna Li", not "Angna") and Japanese names of open syllables
    /// («Таро Ямада») on ordinary transliteration.
    static func pinyinName(_ words: [String]) -> [String]? {
        guard (1...3).contains(words.count), let first = words.first, let last = words.last,
              ChineseSurnames.cyrillic.contains(first) || ChineseSurnames.cyrillic.contains(last) else { return nil }
        var out: [String] = []
        for (index, word) in words.enumerated() {
            guard let syllables = syllables(word) else { return nil }
            let isSurname = (index == 0 || index == words.count - 1) && ChineseSurnames.cyrillic.contains(word)
            if !isSurname, syllables.count > 1, !markers.contains(where: { word.contains($0) }) { return nil }
            out.append(syllables.joined())
        }
        return out
    }

    /// Letter groups that Palladius writes and Russian names do not.
    static let markers = ["цз", "чж", "э", "ь", "юй", "юэ", "ао", "оу", "ся", "сю", "ци", "цю", "ця", "уа", "уй"]


    /// The pinyin syllables of a folded Cyrillic word that is a run of Palladius syllables, else nil.
    static func syllables(_ word: String) -> [String]? {
        let scalars = Array(word.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 24 else { return nil }
        var out: [String] = []
        return parse(scalars, 0, &out) ? out : nil
    }

    /// Splits `w[from...]` into syllables, longest first, backtracking; appends their pinyin.
    private static func parse(_ w: [Unicode.Scalar], _ from: Int, _ out: inout [String]) -> Bool {
        if from == w.count { return true }
        for initial in initials where matches(w, from, initial.cyrillic) {
            let start = from + initial.cyrillic.count
            for length in stride(from: min(maxFinal, w.count - start), through: 1, by: -1) {
                var key = ""
                key.unicodeScalars.append(contentsOf: w[start..<(start + length)])
                guard let final = finals[key], let syllable = syllable(initial, final) else { continue }
                out.append(syllable)
                if parse(w, start + length, &out) { return true }
                out.removeLast()
            }
        }
        return false
    }

    @inline(__always)
    private static func matches(_ w: [Unicode.Scalar], _ at: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        guard at + prefix.count <= w.count else { return false }
        for k in 0..<prefix.count where w[at + k] != prefix[k] { return false }
        return true
    }

    /// A Palladius initial: its Cyrillic letters, its pinyin before ordinary finals, and before
    /// finals in i/ü (цз → z or j, ц → c or q, с → s or x).
    private struct Initial {
        let cyrillic: [Unicode.Scalar]
        let plain: String
        let palatal: String
    }

    private static func initial(_ cyrillic: String, _ plain: String, _ palatal: String? = nil) -> Initial {
        Initial(cyrillic: Array(cyrillic.unicodeScalars), plain: plain, palatal: palatal ?? plain)
    }

    /// Longest first; the empty initial last.
    private static let initials: [Initial] = [
        initial("чж", "zh"), initial("цз", "z", "j"),
        initial("б", "b"), initial("п", "p"), initial("м", "m"), initial("ф", "f"), initial("д", "d"),
        initial("т", "t"), initial("н", "n"), initial("л", "l"), initial("г", "g"), initial("к", "k"),
        initial("х", "h"), initial("ц", "c", "q"), initial("с", "s", "x"), initial("ж", "r"),
        initial("ч", "ch"), initial("ш", "sh"), initial("", ""),
    ]

    /// Palladius finals → pinyin finals (written as after a consonant; `syllable` adjusts).
    private static let finals: [String: String] = [
        "а": "a", "о": "o", "э": "e", "ай": "ai", "эй": "ei", "ао": "ao", "оу": "ou", "ань": "an", "энь": "en",
        "ан": "ang", "эн": "eng", "ун": "ong", "эр": "er", "у": "u", "уа": "ua", "уо": "uo", "уай": "uai",
        "уй": "ui", "уэй": "ui", "уань": "uan", "унь": "un", "уан": "uang", "и": "i", "я": "ia",
        "ы": "ɨ", "е": "ie", "яо": "iao", "ю": "iu", "янь": "ian", "инь": "in", "ян": "iang", "ин": "ing", "юн": "iong",
        "юй": "ü", "юэ": "üe", "юань": "üan", "юнь": "ün", "ва": "wa", "во": "wo", "вай": "wai", "вэй": "wei",
        "вань": "wan", "вэнь": "wen", "ван": "wang", "вэн": "weng",
    ]
    private static let maxFinal = 4

    /// The pinyin syllable of `initial` and `final`, or nil when Palladius has no such syllable.
    private static func syllable(_ initial: Initial, _ final: String) -> String? {
        let palatal = final.hasPrefix("i") || final.hasPrefix("ü")
        if final == "ɨ" {
            // цзы, цы, сы: zi, ci, si; no other initial takes «ы».
            return ["z", "c", "s"].contains(initial.plain) ? initial.plain + "i" : nil
        }
        if final.hasPrefix("w") {
            return initial.plain.isEmpty ? final : nil
        }
        if initial.plain.isEmpty {
            switch final {
            case "i": return "yi"
            case "ie": return "ye"
            case "iu": return "you"
            case "in", "ing": return "y" + final
            case "u": return "wu"
            case "ü", "üe", "üan", "ün": return "yu" + final.dropFirst()
            case "ong", "ui", "un", "uan", "uang", "uai", "ua", "uo": return nil
            default:
                return palatal ? "y" + final.dropFirst() : final
            }
        }
        let letters: String
        switch initial.plain {
        case "z", "c", "s":
            // цзи, ци, си: ji, qi, xi (and the other i- and ü-finals); цза, ца, са: za, ca, sa.
            letters = palatal ? initial.palatal : initial.plain
        default:
            letters = initial.plain
        }
        var pinyinFinal = final
        if final == "o", !["b", "p", "m", "f"].contains(initial.plain) { pinyinFinal = "uo" }
        if pinyinFinal.hasPrefix("ü") {
            // ju, qu, xu; lü and nü are written lu and nu once folded.
            pinyinFinal = "u" + pinyinFinal.dropFirst()
        }
        return letters + pinyinFinal
    }
}
